#pragma once
// `onemap transfer plan|list|reassign|report|status`: transfer plans made
// headless (who moves from an area to which shelter by which road), their
// lists per township, reassignment by hand and the reports of a response.
#include <QStringList>

namespace onemap {

int runTransfer(const QStringList &arguments);

} // namespace onemap
