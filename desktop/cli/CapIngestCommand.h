#pragma once
// `onemap cap ingest --store S [--archive D] [--quarantine D] FILE...`: the
// named files go through the inbox; accepted ones stay where they are (a copy
// is archived), rejected ones are moved to quarantine. Exit 1 when any was
// rejected or could not be archived.
class QCommandLineParser;

namespace onemap {

int runCapIngest(const QCommandLineParser &parser);

} // namespace onemap
