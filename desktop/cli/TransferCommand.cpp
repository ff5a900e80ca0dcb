#include "TransferCommand.h"

#include "CliCommon.h"
#include "ImpactCommand.h"
#include "TransferFiles.h"
#include "export/transfer/TransferLabels.h"
#include "export/transfer/TransferStatusCsv.h"
#include "network/Road.h"
#include "shelters/Shelter.h"
#include "store/Store.h"
#include "transfer/TransferPlanner.h"
#include "transfer/TransferPlans.h"
#include "transfer/TransferTracking.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <qgsfeedback.h>

namespace onemap {

namespace {


void addCommon(QCommandLineParser &p, const QString &action)
{
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("transfer"), QCoreApplication::translate("onemap::TransferCommand", "the verb"));
  p.addPositionalArgument(action, QCoreApplication::translate("onemap::TransferCommand", "the action"));
  p.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::TransferCommand", "Situation store."), QCoreApplication::translate("onemap::TransferCommand", "FILE")});
  p.addOption({QStringLiteral("by"), QCoreApplication::translate("onemap::TransferCommand", "Who does it (default the login name)."), QCoreApplication::translate("onemap::TransferCommand", "NAME")});
}

Result<std::unique_ptr<Store>> openStore(const QCommandLineParser &p)
{
  return Store::open(p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath());
}

//! A positive id option, or 0 with the usage error printed.
qint64 idOption(const QCommandLineParser &p, const QString &name)
{
  bool ok = false;
  const qint64 id = p.value(name).toLongLong(&ok);
  if (!p.isSet(name) || !ok || id <= 0) {
    cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--%1 must be a positive id, not \"%2\"").arg(name, p.value(name)));
    return 0;
  }
  return id;
}

void printPlan(Store &store, qint64 planId)
{
  TransferPlans plans(store);
  ImpactTable towns;
  towns.title = QCoreApplication::translate("onemap::TransferCommand", "Transfer plan %1 by township").arg(planId);
  towns.headers = QStringList {QCoreApplication::translate("onemap::TransferCommand", "Township"), QCoreApplication::translate("onemap::TransferCommand", "People"), QCoreApplication::translate("onemap::TransferCommand", "Placed"), QCoreApplication::translate("onemap::TransferCommand", "Not placed")};
  towns.numeric = {false, true, true, true};
  ImpactTable unplaced;
  unplaced.title = QCoreApplication::translate("onemap::TransferCommand", "Not placed");
  unplaced.headers = QStringList {QCoreApplication::translate("onemap::TransferCommand", "Township"), QCoreApplication::translate("onemap::TransferCommand", "Source"), QCoreApplication::translate("onemap::TransferCommand", "People"), QCoreApplication::translate("onemap::TransferCommand", "Reason")};
  unplaced.numeric = {false, false, true, false};
  for (const TownshipTransferList &t : plans.byTownship(planId)) {
    towns.rows << QStringList {t.townshipName, QString::number(t.people), QString::number(t.placed), QString::number(t.people - t.placed)};
    for (const TransferAssignment &r : t.rows)
      if (r.shelterId == 0)
        unplaced.rows << QStringList {t.townshipName, r.sourceName, QString::number(r.people), TransferLabels::unplacedReason(r.unplacedReason)};
  }
  printTable(towns);
  if (!unplaced.rows.isEmpty())
    printTable(unplaced, 50);
}

int plan(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::TransferCommand", "Plans the transfer of everyone threatened in an area: each hidden-danger point and village "
                                 "to the nearest shelter by road with room left (no shelter over capacity, none standing in "
                                 "the hazard itself), routes avoiding cut roads. The plan is stored unless --dry-run."));
  addCommon(p, QStringLiteral("plan"));
  p.addOption({QStringLiteral("area"), QCoreApplication::translate("onemap::TransferCommand", "Area: warning:ID, zone:CODE, township:CODE|NAME or county."), QCoreApplication::translate("onemap::TransferCommand", "AREA")});
  p.addOption({QStringLiteral("mode"), QCoreApplication::translate("onemap::TransferCommand", "walk (default) or drive."), QCoreApplication::translate("onemap::TransferCommand", "MODE"), QStringLiteral("walk")});
  p.addOption({QStringLiteral("walk-kmh"), QCoreApplication::translate("onemap::TransferCommand", "Walking speed in km/h (default 5)."), QCoreApplication::translate("onemap::TransferCommand", "KMH"), QStringLiteral("5")});
  p.addOption({QStringLiteral("drive-kmh"), QCoreApplication::translate("onemap::TransferCommand", "Driving speed of a road class, CLASS=KMH (national 60, provincial 50, county 40, township 30, village 20 by default). Repeatable."), QCoreApplication::translate("onemap::TransferCommand", "CLASS=KMH")});
  p.addOption({QStringLiteral("classes"), QCoreApplication::translate("onemap::TransferCommand", "Shelter classes allowed, comma separated (I,II,III,village,temporary; default all)."), QCoreApplication::translate("onemap::TransferCommand", "LIST")});
  p.addOption({QStringLiteral("cut-warnings"), QCoreApplication::translate("onemap::TransferCommand", "Also avoid roads inside active red and orange warning areas.")});
  p.addOption({QStringLiteral("cut-zone"), QCoreApplication::translate("onemap::TransferCommand", "Also avoid roads crossing this risk zone (code). Repeatable."), QCoreApplication::translate("onemap::TransferCommand", "CODE")});
  p.addOption({QStringLiteral("ignore-marked-cuts"), QCoreApplication::translate("onemap::TransferCommand", "Route over roads marked cut in the ledger too.")});
  p.addOption({QStringLiteral("hazard"), QCoreApplication::translate("onemap::TransferCommand", "Hazard deciding shelter suitability (default the area's)."), QCoreApplication::translate("onemap::TransferCommand", "HAZARD")});
  p.addOption({QStringLiteral("name"), QCoreApplication::translate("onemap::TransferCommand", "Name of the plan."), QCoreApplication::translate("onemap::TransferCommand", "TEXT")});
  p.addOption({QStringLiteral("note"), QCoreApplication::translate("onemap::TransferCommand", "Note stored with the plan."), QCoreApplication::translate("onemap::TransferCommand", "TEXT")});
  p.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("onemap::TransferCommand", "Plan and print, store nothing.")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::TransferCommand", "Also write the transfer list to a .pdf, .xlsx or .csv."), QCoreApplication::translate("onemap::TransferCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  if (!p.isSet(QStringLiteral("area")))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--area is required (warning:ID, zone:CODE, township:CODE|NAME or county)"));
  TransferPlanOptions options;
  if (!TravelSpeeds::modeFromCode(p.value(QStringLiteral("mode")), options.mode))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--mode must be walk or drive, not \"%1\"").arg(p.value(QStringLiteral("mode"))));
  bool ok = false;
  options.speeds.walkKmh = p.value(QStringLiteral("walk-kmh")).toDouble(&ok);
  if (!ok || options.speeds.walkKmh < 0.5 || options.speeds.walkKmh > 20)
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--walk-kmh must be a speed between 0.5 and 20, not \"%1\"").arg(p.value(QStringLiteral("walk-kmh"))));
  for (const QString &pair : p.values(QStringLiteral("drive-kmh"))) {
    const QString roadClass = pair.section(QLatin1Char('='), 0, 0).trimmed();
    const double kmh = pair.section(QLatin1Char('='), 1).trimmed().toDouble(&ok);
    if (!Road::classes().contains(roadClass) || !ok || kmh < 1 || kmh > 150)
      return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--drive-kmh must be CLASS=KMH with a road class (%1) and a speed from 1 to 150, not \"%2\"")
                               .arg(Road::classes().join(QLatin1Char(',')), pair));
    options.speeds.driveKmh.insert(roadClass, kmh);
  }
  for (const QString &c : p.value(QStringLiteral("classes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!Shelter::classes().contains(c.trimmed()))
      return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--classes: \"%1\" is not a shelter class (%2)").arg(c, Shelter::classes().join(QLatin1Char(','))));
    options.shelterClasses << c.trimmed();
  }
  const QString outPath = p.value(QStringLiteral("out"));
  if (p.isSet(QStringLiteral("out")) && !transferListFormats().contains(QFileInfo(outPath).suffix().toLower()))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--out must end in .pdf, .xlsx or .csv, not %1").arg(outPath));
  options.cuts.markedCut = !p.isSet(QStringLiteral("ignore-marked-cuts"));
  options.cuts.severeWarnings = p.isSet(QStringLiteral("cut-warnings"));
  options.cuts.zoneCodes = p.values(QStringLiteral("cut-zone"));
  options.hazard = p.value(QStringLiteral("hazard"));
  options.name = p.value(QStringLiteral("name"));
  options.note = p.value(QStringLiteral("note"));
  options.actor = cli::actor(p);

  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  Result<TransferArea> area = TransferArea::parse(*store.value(), p.value(QStringLiteral("area")));
  if (!area)
    return cli::failure(area.message());
  options.area = area.value();

  QgsFeedback feedback;
  int shown = -1;
  QObject::connect(&feedback, &QgsFeedback::progressChanged, [&shown](double percent) {
    if (static_cast<int>(percent) / 10 > shown) {
      shown = static_cast<int>(percent) / 10;
      cli::err() << QCoreApplication::translate("onemap::TransferCommand", "planning… %1%").arg(shown * 10) << Qt::endl;
    }
  });
  const bool dryRun = p.isSet(QStringLiteral("dry-run"));
  Result<TransferPlanOutcome> made = makeTransferPlan(*store.value(), options, &feedback, !dryRun);
  if (!made)
    return cli::failure(made.message());
  const TransferPlanOutcome &o = made.value();
  cli::out() << QCoreApplication::translate("onemap::TransferCommand", "%1: %2 people from %3 points and villages; %4 placed, %5 not placed; "
                                            "%6 shelters usable, %7 unsuitable; %8 roads avoided")
                  .arg(o.plan.name).arg(o.people).arg(o.demands).arg(o.placed).arg(o.unplaced).arg(o.sheltersUsable).arg(o.sheltersUnsuitable).arg(o.cutRoads)
             << Qt::endl;
  if (dryRun)
    return 0;
  cli::out() << QCoreApplication::translate("onemap::TransferCommand", "stored as plan %1").arg(o.planId) << Qt::endl;
  printPlan(*store.value(), o.planId);
  if (p.isSet(QStringLiteral("out"))) {
    if (Status s = writeTransferListFile(*store.value(), o.planId, outPath); !s)
      return cli::failure(s.message());
    cli::out() << QCoreApplication::translate("onemap::TransferCommand", "wrote %1").arg(outPath) << Qt::endl;
  }
  return 0;
}

int list(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::TransferCommand", "Lists the stored transfer plans, or prints one plan by township and writes its transfer list."));
  addCommon(p, QStringLiteral("list"));
  p.addOption({QStringLiteral("plan"), QCoreApplication::translate("onemap::TransferCommand", "Plan id (without it: all plans)."), QCoreApplication::translate("onemap::TransferCommand", "ID")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::TransferCommand", "Write the plan's transfer list to a .pdf, .xlsx or .csv."), QCoreApplication::translate("onemap::TransferCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  TransferPlans plans(*store.value());
  if (!p.isSet(QStringLiteral("plan"))) {
    ImpactTable t;
    t.title = QCoreApplication::translate("onemap::TransferCommand", "Transfer plans");
    t.headers = QStringList {QCoreApplication::translate("onemap::TransferCommand", "Id"), QCoreApplication::translate("onemap::TransferCommand", "Name"), QCoreApplication::translate("onemap::TransferCommand", "Area"), QCoreApplication::translate("onemap::TransferCommand", "Mode"), QCoreApplication::translate("onemap::TransferCommand", "Made"), QCoreApplication::translate("onemap::TransferCommand", "By")};
    t.numeric = {true, false, false, false, false, false};
    for (const TransferPlan &plan : plans.plans())
      t.rows << QStringList {QString::number(plan.id), plan.name, plan.areaLabel, plan.travelMode, plan.createdAt, plan.createdBy};
    printTable(t);
    return 0;
  }
  const qint64 planId = idOption(p, QStringLiteral("plan"));
  if (planId == 0)
    return 2;
  if (Result<TransferPlan> plan = plans.plan(planId); !plan)
    return cli::failure(plan.message());
  const QString outPath = p.value(QStringLiteral("out"));
  if (p.isSet(QStringLiteral("out"))) {
    if (!transferListFormats().contains(QFileInfo(outPath).suffix().toLower()))
      return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--out must end in .pdf, .xlsx or .csv, not %1").arg(outPath));
    if (Status s = writeTransferListFile(*store.value(), planId, outPath); !s)
      return cli::failure(s.message());
    cli::out() << QCoreApplication::translate("onemap::TransferCommand", "wrote %1").arg(outPath) << Qt::endl;
    return 0;
  }
  printPlan(*store.value(), planId);
  return 0;
}

int reassign(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::TransferCommand", "Sends a plan row's people (or some of them) to another shelter by hand; refused when the shelter would be over capacity. Audited."));
  addCommon(p, QStringLiteral("reassign"));
  p.addOption({QStringLiteral("row"), QCoreApplication::translate("onemap::TransferCommand", "Id of the plan row (transfer_assignments)."), QCoreApplication::translate("onemap::TransferCommand", "ID")});
  p.addOption({QStringLiteral("shelter"), QCoreApplication::translate("onemap::TransferCommand", "Id of the shelter to send them to."), QCoreApplication::translate("onemap::TransferCommand", "ID")});
  p.addOption({QStringLiteral("people"), QCoreApplication::translate("onemap::TransferCommand", "How many of the row's people move (default all)."), QCoreApplication::translate("onemap::TransferCommand", "N")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  const qint64 rowId = idOption(p, QStringLiteral("row"));
  if (rowId == 0)
    return 2;
  const qint64 shelterId = idOption(p, QStringLiteral("shelter"));
  if (shelterId == 0)
    return 2;
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  Result<TransferAssignment> row = TransferAssignmentTable(*store.value()).get(rowId);
  if (!row)
    return cli::failure(row.message());
  qint64 people = row.value().people;
  if (p.isSet(QStringLiteral("people"))) {
    bool ok = false;
    people = p.value(QStringLiteral("people")).toLongLong(&ok);
    if (!ok || people <= 0 || people > row.value().people)
      return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--people must be between 1 and %1, not \"%2\"").arg(row.value().people).arg(p.value(QStringLiteral("people"))));
  }
  if (Status s = TransferPlans(*store.value()).reassign(rowId, shelterId, people, cli::actor(p)); !s)
    return cli::failure(s.message());
  cli::out() << QCoreApplication::translate("onemap::TransferCommand", "row %1: %2 people now go to shelter %3").arg(rowId).arg(people).arg(shelterId) << Qt::endl;
  return 0;
}

int report(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::TransferCommand", "Records a village's transfer report in a response: people moved, responsible persons at post, "
                                 "people returned and whether returns were assessed."));
  addCommon(p, QStringLiteral("report"));
  p.addOption({QStringLiteral("plan"), QCoreApplication::translate("onemap::TransferCommand", "Plan id."), QCoreApplication::translate("onemap::TransferCommand", "ID")});
  p.addOption({QStringLiteral("village"), QCoreApplication::translate("onemap::TransferCommand", "Village admin code."), QCoreApplication::translate("onemap::TransferCommand", "CODE")});
  p.addOption({QStringLiteral("transferred"), QCoreApplication::translate("onemap::TransferCommand", "People moved so far."), QCoreApplication::translate("onemap::TransferCommand", "N")});
  p.addOption({QStringLiteral("at-post"), QCoreApplication::translate("onemap::TransferCommand", "Responsible persons at their post."), QCoreApplication::translate("onemap::TransferCommand", "N"), QStringLiteral("0")});
  p.addOption({QStringLiteral("returned"), QCoreApplication::translate("onemap::TransferCommand", "People gone back home."), QCoreApplication::translate("onemap::TransferCommand", "N"), QStringLiteral("0")});
  p.addOption({QStringLiteral("returns-assessed"), QCoreApplication::translate("onemap::TransferCommand", "Homes were checked safe before anyone returned.")});
  p.addOption({QStringLiteral("note"), QCoreApplication::translate("onemap::TransferCommand", "Note."), QCoreApplication::translate("onemap::TransferCommand", "TEXT")});
  p.addOption({QStringLiteral("at"), QCoreApplication::translate("onemap::TransferCommand", "When reported, ISO date-time (default now)."), QCoreApplication::translate("onemap::TransferCommand", "TIME")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  TransferReport r;
  r.planId = idOption(p, QStringLiteral("plan"));
  if (r.planId == 0)
    return 2;
  r.villageCode = p.value(QStringLiteral("village")).trimmed();
  if (r.villageCode.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--village is required"));
  const auto count = [&p](const char *name, qint64 &out) {
    bool ok = false;
    out = p.value(QString::fromLatin1(name)).toLongLong(&ok);
    return ok && out >= 0;
  };
  if (!p.isSet(QStringLiteral("transferred")) || !count("transferred", r.transferred))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--transferred must be a count of people, not \"%1\"").arg(p.value(QStringLiteral("transferred"))));
  if (!count("at-post", r.personsAtPost))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--at-post must be a count, not \"%1\"").arg(p.value(QStringLiteral("at-post"))));
  if (!count("returned", r.returned))
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--returned must be a count, not \"%1\"").arg(p.value(QStringLiteral("returned"))));
  r.returnsAssessed = p.isSet(QStringLiteral("returns-assessed"));
  r.note = p.value(QStringLiteral("note"));
  r.reportedBy = cli::actor(p);
  const QDateTime at = p.isSet(QStringLiteral("at")) ? QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate) : QDateTime::currentDateTime();
  if (!at.isValid())
    return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "--at must be an ISO date-time, not \"%1\"").arg(p.value(QStringLiteral("at"))));
  r.reportedAt = at.toString(Qt::ISODate);
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  Result<qint64> id = TransferTracking(*store.value()).report(r, r.reportedBy);
  if (!id)
    return cli::failure(id.message());
  cli::out() << QCoreApplication::translate("onemap::TransferCommand", "report %1 recorded").arg(id.value()) << Qt::endl;
  return 0;
}

int status(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::TransferCommand", "Per village of a plan: people planned and moved, responsible persons at post, returns; what lags first."));
  addCommon(p, QStringLiteral("status"));
  p.addOption({QStringLiteral("plan"), QCoreApplication::translate("onemap::TransferCommand", "Plan id."), QCoreApplication::translate("onemap::TransferCommand", "ID")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::TransferCommand", "Write the table to a .csv instead of printing it."), QCoreApplication::translate("onemap::TransferCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  const qint64 planId = idOption(p, QStringLiteral("plan"));
  if (planId == 0)
    return 2;
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  if (Result<TransferPlan> plan = TransferPlans(*store.value()).plan(planId); !plan)
    return cli::failure(plan.message());
  const QVector<VillageTransferStatus> rows = TransferTracking(*store.value()).status(planId);
  if (p.isSet(QStringLiteral("out"))) {
    if (Status s = writeTransferStatusCsv(rows, p.value(QStringLiteral("out"))); !s)
      return cli::failure(s.message());
    cli::out() << QCoreApplication::translate("onemap::TransferCommand", "wrote %1").arg(p.value(QStringLiteral("out"))) << Qt::endl;
    return 0;
  }
  printSheet(TransferStatusCsv::sheet(rows));
  return 0;
}

} // namespace

int runTransfer(const QStringList &arguments)
{
  const QString action = arguments.value(2);
  if (action == QLatin1String("plan"))
    return plan(arguments);
  if (action == QLatin1String("list"))
    return list(arguments);
  if (action == QLatin1String("reassign"))
    return reassign(arguments);
  if (action == QLatin1String("report"))
    return report(arguments);
  if (action == QLatin1String("status"))
    return status(arguments);
  return cli::usageError(QCoreApplication::translate("onemap::TransferCommand", "transfer needs an action: plan, list, reassign, report or status (onemap transfer plan --help)"));
}

} // namespace onemap
