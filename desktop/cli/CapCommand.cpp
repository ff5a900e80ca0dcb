#include "CapCommand.h"

#include "CapCallsCommand.h"
#include "CapIngestCommand.h"
#include "CapPollCommand.h"
#include "CapWatchCommand.h"
#include "CliCommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

int runCap(const QStringList &arguments)
{
  if (isCapCallsAction(arguments))
    return runCapCalls(arguments);
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::CapCommand", "Ingest CAP 1.1/1.2 warning messages (GB/T 35965.1 identifiers) into the store: named files (ingest), a drop folder (watch) or a CAP URL or Atom/RSS feed (poll)."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("cap"), QCoreApplication::translate("onemap::CapCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("onemap::CapCommand", "ingest, watch, poll, calls or ack"));
  parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("onemap::CapCommand", "ingest: CAP files; watch: the folder; poll: the URL"), QStringLiteral("FILE...|DIR|URL"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::CapCommand", "Situation store to write."), QCoreApplication::translate("onemap::CapCommand", "FILE")});
  parser.addOption({QStringLiteral("archive"), QCoreApplication::translate("onemap::CapCommand", "Folder for accepted messages as received (default: <store>.cap-archive)."), QCoreApplication::translate("onemap::CapCommand", "DIR")});
  parser.addOption({QStringLiteral("quarantine"), QCoreApplication::translate("onemap::CapCommand", "Folder for rejected messages and their .reason files (default: <store>.cap-quarantine)."), QCoreApplication::translate("onemap::CapCommand", "DIR")});
  parser.addOption({QStringLiteral("once"), QCoreApplication::translate("onemap::CapCommand", "watch: drain the folder and exit; poll: poll one round and exit.")});
  parser.addOption({QStringLiteral("interval"), QCoreApplication::translate("onemap::CapCommand", "poll: seconds between rounds."), QCoreApplication::translate("onemap::CapCommand", "SECONDS")});
  parser.addOption({QStringLiteral("timeout"), QCoreApplication::translate("onemap::CapCommand", "poll: seconds to wait for an answer (default 30)."), QCoreApplication::translate("onemap::CapCommand", "SECONDS")});
  parser.addOption({QStringLiteral("allow-prefix"), QCoreApplication::translate("onemap::CapCommand", "poll: fetch alerts a feed links to when the link starts with this URL (repeatable); other links are never fetched."), QCoreApplication::translate("onemap::CapCommand", "URL")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  const QString action = parser.positionalArguments().value(1);
  if (action == QLatin1String("ingest"))
    return runCapIngest(parser);
  else if (action == QLatin1String("watch"))
    return runCapWatch(parser);
  else if (action == QLatin1String("poll"))
    return runCapPoll(parser);
  return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "unknown cap action %1 (actions: ingest, watch, poll, calls, ack; try onemap cap --help)").arg(action));
}

} // namespace onemap
