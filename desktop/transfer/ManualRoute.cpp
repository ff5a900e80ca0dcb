#include "ManualRoute.h"

#include "ReassignDialog.h"
#include "routing/NetworkShelterSearch.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/TransferPlan.h"

namespace onemap::ManualRoute {

namespace {

bool shelterPoint(Store &store, qint64 shelterId, QgsPointXY &out)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT X(geom), Y(geom) FROM shelters WHERE id = ?"));
  q.bind(1, shelterId);
  if (!q.next() || q.isNull(0))
    return false;
  out = QgsPointXY(q.real(0), q.real(1));
  return true;
}

} // namespace

RoadNetworkOptions planOptions(Store &store, qint64 planId)
{
  RoadNetworkOptions options;
  if (const Result<TransferPlan> plan = TransferPlanTable(store).get(planId)) {
    TravelSpeeds::modeFromCode(plan.value().travelMode, options.mode);
    if (plan.value().walkKmh > 0)
      options.speeds.walkKmh = plan.value().walkKmh;
    for (const QString &id : plan.value().cutRoadIds.split(QLatin1Char(','), Qt::SkipEmptyParts))
      options.cutRoads.insert(id.trimmed().toLongLong());
  }
  return options;
}

QVector<Reach> byTravelTime(Store &store, const TransferAssignment &row, const QVector<qint64> &shelterIds)
{
  double lon = 0, lat = 0;
  if (!ReassignDialog::sourcePoint(store, row, lon, lat))
    return {};
  // Tie 0 is the group, tie 1 + i shelter i (those without a location are not targets).
  QVector<QgsPointXY> ties {QgsPointXY(lon, lat)};
  QVector<int> shelterTies;
  QVector<bool> usable;
  for (qint64 id : shelterIds) {
    QgsPointXY p;
    usable << shelterPoint(store, id, p);
    shelterTies << ties.size();
    ties << p;
  }
  const auto network = RoadNetwork::fromStore(store, planOptions(store, row.planId), ties);
  if (!network)
    return {};
  const ShelterTargets targets(*network.value(), shelterTies, usable);
  NetworkShelterSearch search(*network.value(), targets, 0);
  QVector<Reach> out;
  int shelter = -1;
  double minutes = 0;
  while (search.next(shelter, minutes))
    out << Reach {shelterIds[shelter], minutes, search.routeTo(shelter).metres};
  return out;
}

Route compute(Store &store, const TransferAssignment &row, qint64 shelterId)
{
  double fromLon = 0, fromLat = 0;
  QgsPointXY to;
  if (!ReassignDialog::sourcePoint(store, row, fromLon, fromLat) || !shelterPoint(store, shelterId, to))
    return Route();
  const auto network = RoadNetwork::fromStore(store, planOptions(store, row.planId), {QgsPointXY(fromLon, fromLat), to});
  if (!network)
    return Route();
  return network.value()->route(0, 1);
}

} // namespace onemap::ManualRoute
