#pragma once
// `onemap cap poll URL --store S --interval SECONDS [--once] [--allow-prefix URL]...`:
// fetches a CAP document or an Atom/RSS CAP feed (http, https, file) every
// interval. Linked alerts are fetched only under an --allow-prefix. Runs until
// SIGINT/SIGTERM (exit 0); --once polls one round (exit 1 on any error or rejection).
class QCommandLineParser;

namespace onemap {

int runCapPoll(const QCommandLineParser &parser);

} // namespace onemap
