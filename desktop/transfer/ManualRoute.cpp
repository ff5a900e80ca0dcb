#include "ManualRoute.h"

#include "ReassignDialog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/TransferPlan.h"

#include <QStringList>

namespace onemap::ManualRoute {

Route compute(Store &store, const TransferAssignment &row, qint64 shelterId)
{
  double fromLon = 0, fromLat = 0;
  if (!ReassignDialog::sourcePoint(store, row, fromLon, fromLat))
    return Route();
  SqlStatement q(store.handle(), QStringLiteral("SELECT X(geom), Y(geom) FROM shelters WHERE id = ?"));
  q.bind(1, shelterId);
  if (!q.next() || q.isNull(0))
    return Route();
  const QgsPointXY to(q.real(0), q.real(1));

  RoadNetworkOptions options;
  if (const Result<TransferPlan> plan = TransferPlanTable(store).get(row.planId)) {
    TravelSpeeds::modeFromCode(plan.value().travelMode, options.mode);
    if (plan.value().walkKmh > 0)
      options.speeds.walkKmh = plan.value().walkKmh;
    for (const QString &id : plan.value().cutRoadIds.split(QLatin1Char(','), Qt::SkipEmptyParts))
      options.cutRoads.insert(id.trimmed().toLongLong());
  }
  const auto network = RoadNetwork::fromStore(store, options, {QgsPointXY(fromLon, fromLat), to});
  if (!network)
    return Route();
  return network.value()->route(0, 1);
}

QString wkt(const Route &route)
{
  if (!route.found || route.path.size() < 2)
    return QString();
  QStringList points;
  for (const QgsPointXY &p : route.path)
    points << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 7).arg(p.y(), 0, 'f', 7);
  return QStringLiteral("LINESTRING(%1)").arg(points.join(QStringLiteral(", ")));
}

} // namespace onemap::ManualRoute
