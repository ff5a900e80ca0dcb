#include "ConsultCommand.h"

#include "CliCommon.h"
#include "consultation/Consultations.h"
#include "export/consultation/JudgementSheet.h"
#include "modules/BoardModules.h"
#include "plugins/BoardPlugins.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

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

// `consult new`: a meeting from an agenda template, as the board's dialog makes it.
int create(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::ConsultCommand", "Makes a consultation meeting from an agenda template and prints its id."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("consult"), QCoreApplication::translate("onemap::ConsultCommand", "the verb"));
  p.addPositionalArgument(QStringLiteral("new"), QCoreApplication::translate("onemap::ConsultCommand", "the action"));
  p.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ConsultCommand", "Situation store to write."), QCoreApplication::translate("onemap::ConsultCommand", "FILE")});
  p.addOption({QStringLiteral("template"), QCoreApplication::translate("onemap::ConsultCommand", "Built-in template key: annual_outlook, seasonal_stage/<stage> or rolling_event/<hazard> (default rolling_event/rainstorm)."),
               QCoreApplication::translate("onemap::ConsultCommand", "KEY")});
  p.addOption({QStringLiteral("title"), QCoreApplication::translate("onemap::ConsultCommand", "Meeting title (default: the template's name and the date)."), QCoreApplication::translate("onemap::ConsultCommand", "TEXT")});
  p.addOption({QStringLiteral("date"), QCoreApplication::translate("onemap::ConsultCommand", "Day held, YYYY-MM-DD (default today)."), QCoreApplication::translate("onemap::ConsultCommand", "DATE")});
  p.addOption({QStringLiteral("place"), QCoreApplication::translate("onemap::ConsultCommand", "Where it is held."), QCoreApplication::translate("onemap::ConsultCommand", "TEXT")});
  p.addOption({QStringLiteral("chair"), QCoreApplication::translate("onemap::ConsultCommand", "Who chairs it."), QCoreApplication::translate("onemap::ConsultCommand", "TEXT")});
  p.addOption({QStringLiteral("attendees"), QCoreApplication::translate("onemap::ConsultCommand", "Attending units or people, separated by commas."), QCoreApplication::translate("onemap::ConsultCommand", "LIST")});
  p.addOption({QStringLiteral("warning"), QCoreApplication::translate("onemap::ConsultCommand", "Id of the warning the meeting is about."), QCoreApplication::translate("onemap::ConsultCommand", "ID")});
  p.addOption({QStringLiteral("by"), QCoreApplication::translate("onemap::ConsultCommand", "Who records it (default: the login name)."), QCoreApplication::translate("onemap::ConsultCommand", "NAME")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  const QString key = p.isSet(QStringLiteral("template")) ? p.value(QStringLiteral("template")) : QStringLiteral("rolling_event/rainstorm");
  Result<AgendaTemplate> agenda = AgendaTemplates::builtIn(key);
  if (!agenda)
    return cli::usageError(agenda.message());
  QDate day = QDate::currentDate();
  if (p.isSet(QStringLiteral("date"))) {
    day = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--date must be YYYY-MM-DD, not %1").arg(p.value(QStringLiteral("date"))));
  }
  Consultation header;
  header.kind = agenda.value().kind;
  header.hazard = agenda.value().hazard;
  header.heldOn = day.toString(Qt::ISODate);
  header.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : agenda.value().name + QLatin1Char(' ') + header.heldOn;
  header.place = p.value(QStringLiteral("place"));
  header.chair = p.value(QStringLiteral("chair"));
  for (const QString &a : p.value(QStringLiteral("attendees")).split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
    header.attendees << a.trimmed();
  if (p.isSet(QStringLiteral("warning"))) {
    bool ok = false;
    header.warningId = p.value(QStringLiteral("warning")).toLongLong(&ok);
    if (!ok || header.warningId <= 0)
      return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "--warning must be a warning id (a positive number), not %1").arg(p.value(QStringLiteral("warning"))));
  }
  const QString storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  Result<Consultation> made = Consultations(*store.value()).createFromTemplate(agenda.value(), header, cli::actor(p));
  if (!made)
    return cli::failure(made.message());
  cli::out() << made.value().id << Qt::endl;
  return 0;
}

// `consult list`: the stored meetings, newest first, with their open/overdue tasks.
int list(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::ConsultCommand", "Lists the consultation meetings in the store, newest first."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("consult"), QCoreApplication::translate("onemap::ConsultCommand", "the verb"));
  p.addPositionalArgument(QStringLiteral("list"), QCoreApplication::translate("onemap::ConsultCommand", "the action"));
  p.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ConsultCommand", "Situation store to read."), QCoreApplication::translate("onemap::ConsultCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  const QString storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  Consultations consultations(*store.value());
  QHash<qint64, int> overdue;
  for (const OverdueTask &t : consultations.overdueTasks(QDate::currentDate()))
    ++overdue[t.task.consultationId];
  for (const Consultation &c : consultations.list())
    cli::out() << c.id << '\t' << c.heldOn << '\t' << c.status << '\t' << c.title << '\t'
               << QCoreApplication::translate("onemap::ConsultCommand", "%1 overdue task(s)").arg(overdue.value(c.id)) << Qt::endl;
  return 0;
}

} // namespace

int runConsult(const QStringList &arguments)
{
  if (arguments.value(2) == QLatin1String("sheet"))
    return sheet(arguments);
  if (arguments.value(2) == QLatin1String("new"))
    return create(arguments);
  if (arguments.value(2) == QLatin1String("list"))
    return list(arguments);
  // The wall is the consultation module's: the board core has no wall.
  if (arguments.value(2) == QLatin1String("wall")) {
    const int code = BoardModules::runCommand(QStringLiteral("consult"), QStringLiteral("wall"), arguments);
    if (code >= 0)
      return code;
    return cli::failure(QCoreApplication::translate("onemap::ConsultCommand", "the consultation module is not installed (consult.so in %1)")
                          .arg(BoardModules::defaultSearchPaths().join(QLatin1Char(':'))));
  }
  return cli::usageError(QCoreApplication::translate("onemap::ConsultCommand", "consult needs an action: new, list, sheet or wall (onemap consult sheet --help)"));
}

} // namespace onemap
