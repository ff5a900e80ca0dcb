#pragma once
// `onemap cap watch DIR --store S [--archive D] [--quarantine D] [--once]`:
// CAP files dropped into DIR are ingested within seconds and leave it (see
// CapFolderWatcher). Runs until SIGINT/SIGTERM, then exits 0 after the
// message in hand; --once drains the folder and exits (1 if any was rejected).
class QCommandLineParser;

namespace onemap {

int runCapWatch(const QCommandLineParser &parser);

} // namespace onemap
