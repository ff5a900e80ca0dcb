#include "ShelterCommand.h"

#include "CliCommon.h"
#include "ImpactCommand.h"
#include "ShelterFiles.h"
#include "export/transfer/ShelterBalanceReport.h"
#include "routing/ShelterCoverage.h"
#include "shelters/Shelter.h"
#include "store/Store.h"
#include "transfer/RoadCuts.h"
#include "transfer/ShelterBalance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <qgsfeedback.h>

namespace onemap {

namespace {

void addCommon(QCommandLineParser &p, const QString &action)
{
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("shelter"), QCoreApplication::translate("onemap::ShelterCommand", "the verb"));
  p.addPositionalArgument(action, QCoreApplication::translate("onemap::ShelterCommand", "the action"));
  p.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ShelterCommand", "Situation store."), QCoreApplication::translate("onemap::ShelterCommand", "FILE")});
  p.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::ShelterCommand", "Write the result to a .csv or .pdf instead of printing it."), QCoreApplication::translate("onemap::ShelterCommand", "FILE")});
}

bool outOk(const QCommandLineParser &p)
{
  const QString suffix = QFileInfo(p.value(QStringLiteral("out"))).suffix().toLower();
  return !p.isSet(QStringLiteral("out")) || suffix == QLatin1String("csv") || suffix == QLatin1String("pdf");
}

Result<std::unique_ptr<Store>> openStore(const QCommandLineParser &p)
{
  return Store::open(p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath());
}

int coverage(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::ShelterCommand", "Shelter coverage: the area and people within a walk of an open shelter along the roads "
                                                          "(cut roads avoided), the villages left uncovered and those without a shelter of their own."));
  addCommon(p, QStringLiteral("coverage"));
  p.addOption({QStringLiteral("minutes"), QCoreApplication::translate("onemap::ShelterCommand", "Walking time in minutes (default 5)."), QCoreApplication::translate("onemap::ShelterCommand", "N"), QStringLiteral("5")});
  p.addOption({QStringLiteral("walk-kmh"), QCoreApplication::translate("onemap::ShelterCommand", "Walking speed in km/h (default 5)."), QCoreApplication::translate("onemap::ShelterCommand", "KMH"), QStringLiteral("5")});
  p.addOption({QStringLiteral("off-road"), QCoreApplication::translate("onemap::ShelterCommand", "Longest straight walk off the roads in metres at either end (default 100; 0: no limit, plain disks around the shelters)."), QCoreApplication::translate("onemap::ShelterCommand", "M"), QStringLiteral("100")});
  p.addOption({QStringLiteral("classes"), QCoreApplication::translate("onemap::ShelterCommand", "Shelter classes counted, comma separated (default all)."), QCoreApplication::translate("onemap::ShelterCommand", "LIST")});
  p.addOption({QStringLiteral("cut-warnings"), QCoreApplication::translate("onemap::ShelterCommand", "Also avoid roads inside active red and orange warning areas.")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  if (!outOk(p))
    return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--out must end in .csv or .pdf, not %1").arg(p.value(QStringLiteral("out"))));
  CoverageOptions options;
  bool ok = false;
  options.minutes = p.value(QStringLiteral("minutes")).toDouble(&ok);
  if (!ok || options.minutes <= 0 || options.minutes > 120)
    return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--minutes must be between 0 and 120, not \"%1\"").arg(p.value(QStringLiteral("minutes"))));
  options.walkKmh = p.value(QStringLiteral("walk-kmh")).toDouble(&ok);
  if (!ok || options.walkKmh < 0.5 || options.walkKmh > 20)
    return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--walk-kmh must be a speed between 0.5 and 20, not \"%1\"").arg(p.value(QStringLiteral("walk-kmh"))));
  options.offRoadMetres = p.value(QStringLiteral("off-road")).toDouble(&ok);
  if (!ok || options.offRoadMetres < 0 || options.offRoadMetres > 5000)
    return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--off-road must be metres between 0 and 5000, not \"%1\"").arg(p.value(QStringLiteral("off-road"))));
  for (const QString &c : p.value(QStringLiteral("classes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!Shelter::classes().contains(c.trimmed()))
      return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--classes: \"%1\" is not a shelter class (%2)").arg(c, Shelter::classes().join(QLatin1Char(','))));
    options.shelterClasses << c.trimmed();
  }
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  RoadCutOptions cutOptions;
  cutOptions.severeWarnings = p.isSet(QStringLiteral("cut-warnings"));
  Result<QSet<qint64>> cuts = roadCuts(*store.value(), cutOptions);
  if (!cuts)
    return cli::failure(cuts.message());
  options.cutRoads = cuts.value();
  QgsFeedback feedback;
  Result<CoverageResult> result = shelterCoverage(*store.value(), options, &feedback);
  if (!result)
    return cli::failure(result.message());
  const CoverageResult &c = result.value();
  if (p.isSet(QStringLiteral("out"))) {
    if (Status s = writeCoverageFile(*store.value(), c, options, p.value(QStringLiteral("out"))); !s)
      return cli::failure(s.message());
    cli::out() << QCoreApplication::translate("onemap::ShelterCommand", "wrote %1").arg(p.value(QStringLiteral("out"))) << Qt::endl;
    return 0;
  }
  cli::out() << QCoreApplication::translate("onemap::ShelterCommand", "%1 shelters; within a %2-minute walk at %3 km/h: %4 of %5 km² (%6%), %7 of %8 people (%9%)")
                  .arg(c.shelters)
                  .arg(options.minutes)
                  .arg(options.walkKmh)
                  .arg(c.coveredKm2, 0, 'f', 2)
                  .arg(c.countyKm2, 0, 'f', 1)
                  .arg(c.countyKm2 > 0 ? 100.0 * c.coveredKm2 / c.countyKm2 : 0, 0, 'f', 1)
                  .arg(c.coveredPopulation)
                  .arg(c.population)
                  .arg(c.population > 0 ? 100.0 * c.coveredPopulation / c.population : 0, 0, 'f', 1)
             << Qt::endl;
  printTable(coverageVillageTable(c), 60);
  return 0;
}

int balance(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::ShelterCommand", "Shelter balance per township: people to move (a plan's, or the threatened people of open "
                                                          "hidden-danger points) against the room left in open shelters; the shortfall."));
  addCommon(p, QStringLiteral("balance"));
  p.addOption({QStringLiteral("plan"), QCoreApplication::translate("onemap::ShelterCommand", "Transfer plan whose people are counted."), QCoreApplication::translate("onemap::ShelterCommand", "ID")});
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  if (!outOk(p))
    return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--out must end in .csv or .pdf, not %1").arg(p.value(QStringLiteral("out"))));
  qint64 planId = 0;
  if (p.isSet(QStringLiteral("plan"))) {
    bool ok = false;
    planId = p.value(QStringLiteral("plan")).toLongLong(&ok);
    if (!ok || planId <= 0)
      return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "--plan must be a plan id, not \"%1\"").arg(p.value(QStringLiteral("plan"))));
  }
  auto store = openStore(p);
  if (!store)
    return cli::failure(store.message());
  Result<QVector<TownshipBalance>> rows = shelterBalance(*store.value(), planId);
  if (!rows)
    return cli::failure(rows.message());
  if (p.isSet(QStringLiteral("out"))) {
    if (Status s = writeBalanceFile(*store.value(), planId, p.value(QStringLiteral("out"))); !s)
      return cli::failure(s.message());
    cli::out() << QCoreApplication::translate("onemap::ShelterCommand", "wrote %1").arg(p.value(QStringLiteral("out"))) << Qt::endl;
    return 0;
  }
  printSheet(ShelterBalanceReport::sheet(rows.value()));
  return 0;
}

} // namespace

int runShelter(const QStringList &arguments)
{
  const QString action = arguments.value(2);
  if (action == QLatin1String("coverage"))
    return coverage(arguments);
  if (action == QLatin1String("balance"))
    return balance(arguments);
  return cli::usageError(QCoreApplication::translate("onemap::ShelterCommand", "shelter needs an action: coverage or balance (onemap shelter coverage --help)"));
}

} // namespace onemap
