#include "ConsultCommand.h"

#include "CliCommon.h"
#include "export/consultation/JudgementSheet.h"
#include "modules/BoardModules.h"
#include "plugins/BoardPlugins.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {

int sheet(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::ConsultCommand", "Writes the one-sheet judgement of a consultation meeting as PDF: warnings in force, "
                                 "threatened objects by township, forces and materials, decisions and tasks, with a map."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("consult"), QCoreApplication::translate("onemap::ConsultCommand", "the verb"));
  p.addPositionalArgument(QStringLiteral("sheet"), QCoreApplication::translate("onemap::ConsultCommand", "the action"));
  p.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ConsultCommand", "Situation store to read."), QCoreApplication::translate("onemap::ConsultCommand", "FILE")});
  p.addOption({QStringLiteral("consultation"), QCoreApplication::translate("onemap::ConsultCommand", "Id of the consultation meeting."), QCoreApplication::translate("onemap::ConsultCommand", "ID")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::ConsultCommand", "The .pdf to write."), QCoreApplication::translate("onemap::ConsultCommand", "FILE")});
  p.addOption({QStringLiteral("as-of"), QCoreApplication::translate("onemap::ConsultCommand", "Day that decides warnings in force and overdue tasks, YYYY-MM-DD (default today)."),
               QCoreApplication::translate("onemap::ConsultCommand", "DATE")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  if (!p.isSet(QStringLiteral("consultation")))
    return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--consultation is required"));
  bool ok = false;
  const qint64 id = p.value(QStringLiteral("consultation")).toLongLong(&ok);
  if (!ok || id <= 0)
    return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--consultation must be a consultation id (a positive number), not %1").arg(p.value(QStringLiteral("consultation"))));
  const QString outPath = p.value(QStringLiteral("out"));
  if (outPath.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--out is required"));
  if (QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
    return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--out must end in .pdf, not %1").arg(outPath));
  QDate asOf = QDate::currentDate();
  if (p.isSet(QStringLiteral("as-of"))) {
    asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--as-of must be YYYY-MM-DD, not %1").arg(p.value(QStringLiteral("as-of"))));
  }
  const QString storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath();
  // The hazard plugins' tables are brought up to date: their sections are on the sheet.
  for (const QString &problem : BoardPlugins::start(storePath))
    cli::err() << problem << Qt::endl;
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  if (Status s = writeJudgementSheet(*store.value(), id, outPath, asOf); !s)
    return cli::failure(s.message());
  cli::err() << QCoreApplication::translate("onemap::ConsultCommand", "wrote %1").arg(outPath) << Qt::endl;
  return 0;
}

} // namespace

int runConsult(const QStringList &arguments)
{
  if (arguments.value(2) == QLatin1String("sheet"))
    return sheet(arguments);
  // The wall is the consultation module's: the board core has no wall.
  if (arguments.value(2) == QLatin1String("wall")) {
    const int code = BoardModules::runCommand(QStringLiteral("consult"), QStringLiteral("wall"), arguments);
    if (code >= 0)
      return code;
    return cli::failure(QCoreApplication::translate("onemap::ConsultCommand", "the consultation module is not installed (consult.so in %1)")
                          .arg(BoardModules::defaultSearchPaths().join(QLatin1Char(':'))));
  }
  return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "consult needs an action: sheet or wall (onemap consult sheet --help)"));
}

} // namespace onemap
