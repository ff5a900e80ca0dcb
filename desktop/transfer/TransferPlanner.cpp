#include "TransferPlanner.h"

#include "routing/NetworkShelterSearch.h"
#include "store/Store.h"
#include "transfer/ShelterAssignment.h"
#include "transfer/ShelterSites.h"
#include "transfer/TransferDemands.h"
#include "transfer/TransferPlans.h"

#include <QCoreApplication>
#include <QDateTime>
#include <qgsfeedback.h>

#include <algorithm>

namespace onemap {

namespace {

// Forwards to a search the planner keeps, so the routes of what was taken can
// be read after the assignment without searching again.
class KeptSearch : public ShelterSearch
{
public:
  explicit KeptSearch(NetworkShelterSearch *search) : mSearch(search) {}
  bool next(int &shelter, double &cost) override { return mSearch->next(shelter, cost); }

private:
  NetworkShelterSearch *mSearch;
};

QString idList(const QSet<qint64> &ids)
{
  QList<qint64> sorted(ids.cbegin(), ids.cend());
  std::sort(sorted.begin(), sorted.end());
  QStringList out;
  for (qint64 id : sorted)
    out << QString::number(id);
  return out.join(QLatin1Char(','));
}

TransferAssignment rowFor(const TransferDemand &d)
{
  TransferAssignment row;
  row.sourceKind = d.kind;
  row.sourceCode = d.code;
  row.sourceName = d.name;
  row.villageCode = d.villageCode;
  row.townshipCode = d.townshipCode;
  row.riskType = d.riskType;
  row.responsiblePerson = d.responsiblePerson;
  row.responsiblePhone = d.responsiblePhone;
  return row;
}

} // namespace

Result<TransferPlanOutcome> makeTransferPlan(Store &store, const TransferPlanOptions &options, QgsFeedback *feedback, bool save)
{
  auto cancelled = [&] { return feedback && feedback->isCanceled(); };
  auto progress = [&](double percent) {
    if (feedback)
      feedback->setProgress(percent);
  };
  const QString cancelMessage = QCoreApplication::translate("onemap::TransferPlanner", "transfer plan cancelled");

  TransferPlanOutcome outcome;
  Result<QVector<TransferDemand>> demands = transferDemands(store, options.area);
  if (!demands)
    return demands.status();
  // Suitability follows the area's hazard; a hazard named for the plan replaces it.
  TransferArea siteArea = options.area;
  if (!options.hazard.isEmpty())
    siteArea.hazard = options.hazard;
  Result<QVector<ShelterSite>> sites = shelterSites(store, siteArea, options.shelterClasses);
  if (!sites)
    return sites.status();
  Result<QSet<qint64>> cuts = roadCuts(store, options.cuts);
  if (!cuts)
    return cuts.status();
  progress(5);
  if (cancelled())
    return Status::failure(cancelMessage);

  const QVector<TransferDemand> &who = demands.value();
  const QVector<ShelterSite> &where = sites.value();
  QVector<QgsPointXY> ties;
  ties.reserve(who.size() + where.size());
  for (const TransferDemand &d : who)
    ties << QgsPointXY(d.lon, d.lat);
  for (const ShelterSite &s : where)
    ties << QgsPointXY(s.lon, s.lat);

  RoadNetworkOptions networkOptions;
  networkOptions.mode = options.mode;
  networkOptions.speeds = options.speeds;
  networkOptions.cutRoads = cuts.value();
  Result<std::unique_ptr<RoadNetwork>> network = RoadNetwork::fromStore(store, networkOptions, ties, feedback);
  if (!network)
    return network.status();
  progress(30);
  if (cancelled())
    return Status::failure(cancelMessage);

  QVector<int> shelterTies(where.size());
  QVector<bool> usable(where.size());
  QVector<qint64> capacity(where.size());
  for (int i = 0; i < where.size(); ++i) {
    shelterTies[i] = who.size() + i;
    usable[i] = where[i].suitable && where[i].freeCapacity > 0;
    capacity[i] = usable[i] ? where[i].freeCapacity : 0;
    outcome.sheltersUsable += usable[i] ? 1 : 0;
    outcome.sheltersUnsuitable += where[i].suitable ? 0 : 1;
  }
  const ShelterTargets targets(*network.value(), shelterTies, usable);

  QVector<qint64> people(who.size());
  for (int i = 0; i < who.size(); ++i)
    people[i] = who[i].people;
  std::vector<std::unique_ptr<NetworkShelterSearch>> searches(who.size());
  const AssignmentResult assigned = assignShelters(
    people, capacity,
    [&](int demand) -> std::unique_ptr<ShelterSearch> {
      searches[demand] = std::make_unique<NetworkShelterSearch>(*network.value(), targets, demand);
      return std::make_unique<KeptSearch>(searches[demand].get());
    },
    [&](int done) {
      progress(30 + 60.0 * done / std::max(1, static_cast<int>(who.size())));
      return !cancelled();
    });
  if (assigned.cancelled || cancelled())
    return Status::failure(cancelMessage);

  for (const Placement &p : assigned.placements) {
    TransferAssignment row = rowFor(who[p.demand]);
    row.people = p.people;
    if (p.shelter < 0) {
      row.unplacedReason = p.noShelterReachable ? QStringLiteral("no_shelter_reachable") : QStringLiteral("capacity_exhausted");
      outcome.unplaced += p.people;
    } else {
      const ShelterSite &s = where[p.shelter];
      row.shelterId = s.id;
      row.shelterName = s.name;
      const Route route = searches[p.demand]->routeTo(p.shelter);
      row.routeMinutes = route.minutes;
      row.routeM = route.metres;
      row.routeWkt = route.toWkt();
      outcome.placed += p.people;
    }
    outcome.rows << row;
  }
  searches.clear();
  outcome.people = outcome.placed + outcome.unplaced;
  outcome.demands = who.size();
  outcome.cutRoads = cuts.value().size();

  TransferPlan &plan = outcome.plan;
  const QDateTime now = QDateTime::currentDateTime();
  plan.areaKind = TransferArea::kindCode(options.area.kind);
  plan.areaRef = options.area.ref;
  plan.areaLabel = options.area.label;
  plan.hazard = options.hazard.isEmpty() ? options.area.hazard : options.hazard;
  plan.travelMode = TravelSpeeds::modeCode(options.mode);
  plan.walkKmh = options.speeds.walkKmh;
  plan.shelterClasses = options.shelterClasses.join(QLatin1Char(','));
  plan.cutRoadIds = idList(cuts.value());
  plan.createdAt = now.toString(Qt::ISODate);
  plan.createdBy = options.actor;
  plan.note = options.note;
  plan.areaWkt = options.area.wkt;
  plan.name = !options.name.isEmpty()
                ? options.name
                : QCoreApplication::translate("onemap::TransferPlanner", "%1 transfer plan %2").arg(options.area.label, now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
  progress(95);
  if (save) {
    Result<qint64> id = TransferPlans(store).save(plan, outcome.rows, options.actor);
    if (!id)
      return id.status();
    outcome.planId = id.value();
    plan.id = id.value();
    for (TransferAssignment &row : outcome.rows)
      row.planId = id.value();
  }
  progress(100);
  return outcome;
}

} // namespace onemap
