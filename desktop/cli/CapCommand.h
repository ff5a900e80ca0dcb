#pragma once
// `onemap cap ingest --store S [--archive DIR] [--quarantine DIR] FILE...`:
// CAP warning messages into the store. Accepted files are archived as
// received, rejected ones moved to quarantine beside a .reason file.
#include <QStringList>

namespace onemap {

int runCap(const QStringList &arguments);

} // namespace onemap
