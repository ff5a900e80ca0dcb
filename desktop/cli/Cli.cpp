#include "Cli.h"

#include "BoardCommand.h"
#include "CapCommand.h"
#include "CliCommon.h"
#include "DangerCommand.h"
#include "EventCommand.h"
#include "ExportCommand.h"
#include "ImpactCommand.h"
#include "PluginsCommand.h"
#include "ShelterCommand.h"
#include "StatsCommand.h"
#include "TransferCommand.h"
#include "ConsultCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "NoticeCommand.h"
#include "app/QgisRuntime.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace onemap {

namespace {
QString languageFrom(const QStringList &args)
{
  for (int i = 0; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
      return args[i + 1];
    if (args[i].startsWith(QLatin1String("--lang=")))
      return args[i].mid(7);
  }
  return QStringLiteral("zh");
}
} // namespace

int runCli(int argc, char **argv)
{
  QStringList args;
  for (int i = 0; i < argc; ++i)
    args << QString::fromLocal8Bit(argv[i]);
  const QString verb = args.size() > 1 && !args[1].startsWith(QLatin1Char('-')) ? args[1] : QString();
  const bool board = verb.isEmpty();
  // Batch verbs and help need no display: draw offscreen unless told otherwise.
  const bool help = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
  if ((!board || help) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");

  const QString language = languageFrom(args);
  if (language != QLatin1String("zh") && language != QLatin1String("en")) {
    cli::err() << "onemap: unknown language " << language << " (use zh or en)" << Qt::endl;
    return 2;
  }
  // `cap calls` may draw the call sheet (fonts need the GUI application).
  const bool capCalls = verb == QLatin1String("cap") && args.value(2) == QLatin1String("calls");
  // Qt itself reads "-plugin NAME" (generic input plugins) and warns about
  // `event --plugin ID`: the application gets the arguments without it.
  std::vector<char *> qtArgs;
  for (int i = 0; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (verb == QLatin1String("event") && (a == "--plugin" || a == "-plugin")) {
      ++i;
      continue;
    }
    if (verb == QLatin1String("event") && (a.startsWith("--plugin=") || a.startsWith("-plugin=")))
      continue;
    qtArgs.push_back(argv[i]);
  }
  int qtArgc = static_cast<int>(qtArgs.size());
  qtArgs.push_back(nullptr);
  QgisRuntime runtime(qtArgc, qtArgs.data(), (verb != QLatin1String("init") && verb != QLatin1String("import") && verb != QLatin1String("cap")) || capCalls, language);
  QCoreApplication::setApplicationVersion(QStringLiteral(ONEMAP_VERSION));

  if (board)
    return runBoard(args);
  if (verb == QLatin1String("init"))
    return runInit(args);
  if (verb == QLatin1String("export"))
    return runExport(args);
  if (verb == QLatin1String("danger"))
    return runDanger(args);
  if (verb == QLatin1String("notice"))
    return runNotice(args);
  if (verb == QLatin1String("import"))
    return runImport(args);
  if (verb == QLatin1String("cap"))
    return runCap(args);
  if (verb == QLatin1String("impact"))
    return runImpact(args);
  if (verb == QLatin1String("plugins"))
    return runPlugins(args);
  if (verb == QLatin1String("stats"))
    return runStats(args);
  if (verb == QLatin1String("event"))
    return runEvent(args);
  if (verb == QLatin1String("transfer"))
    return runTransfer(args);
  if (verb == QLatin1String("shelter"))
    return runShelter(args);
  if (verb == QLatin1String("consult"))
    return runConsult(args);
  return cli::usageError(QCoreApplication::translate("onemap::cli", "unknown command %1 (commands: init, export, import, danger, notice, cap, impact, plugins, event, stats, transfer, shelter, consult; none opens the board)").arg(verb));
}

} // namespace onemap
