#pragma once
// `onemap cap ACTION ...`: CAP warning messages into the store.
//   ingest --store S [--archive DIR] [--quarantine DIR] FILE...
//   watch DIR --store S [--archive DIR] [--quarantine DIR] [--once]
//   poll URL --store S --interval SECONDS [--once] [--allow-prefix URL]... [--timeout SECONDS]
// Accepted messages are archived as received, rejected ones quarantined
// beside a .reason file (CapInbox); the actions live in Cap*Command.cpp.
#include <QStringList>

namespace onemap {

int runCap(const QStringList &arguments);

} // namespace onemap
