#pragma once
// `onemap notice danger|township --store S --code C --out F.pdf [--date D]`:
// the rectification-supervision or risk-reminder sheet as a PDF.
#include <QStringList>

namespace onemap {

int runNotice(const QStringList &arguments);

} // namespace onemap
