#include "RoadCuts.h"

#include "TransferSql.h"
#include "network/Road.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace onemap {

// A warning is active at asOf when its status is 'active', it has started
// (effective, else sent, at or before asOf; an unreadable time counts as
// started) and has not expired (expires empty, unreadable or after asOf).
// Roads "in" an area are those meeting it (ST_Intersects): a road that
// crosses a flooded reach is cut even when most of it lies outside.

namespace {

bool activeAt(const QString &start, const QString &expires, const QDateTime &asOf)
{
  const QDateTime from = QDateTime::fromString(start, Qt::ISODate);
  const QDateTime until = QDateTime::fromString(expires, Qt::ISODate);
  if (from.isValid() && from > asOf)
    return false;
  return !until.isValid() || until > asOf;
}

} // namespace

Result<QSet<qint64>> roadCuts(Store &store, const RoadCutOptions &options)
{
  QSet<qint64> out;
  if (options.markedCut) {
    SqlStatement q(store.handle(), QStringLiteral("SELECT id FROM roads WHERE is_cut = 1"));
    while (q.next())
      out.insert(q.int64(0));
    if (q.hasError())
      return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "roads: %1").arg(q.error()));
  }
  if (options.severeWarnings) {
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (!options.asOf.isEmpty()) {
      asOf = QDateTime::fromString(options.asOf, Qt::ISODate);
      if (!asOf.isValid())
        return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "\"%1\" is not an ISO date-time").arg(options.asOf));
    }
    QVector<qint64> active;
    SqlStatement w(store.handle(), QStringLiteral("SELECT id, COALESCE(effective, sent), expires FROM warnings "
                                                  "WHERE status = 'active' AND level IN ('orange', 'red') AND geom IS NOT NULL ORDER BY id"));
    while (w.next())
      if (activeAt(w.text(1), w.text(2), asOf))
        active << w.int64(0);
    SqlStatement q(store.handle(), QStringLiteral("SELECT r.id FROM roads r, warnings w WHERE w.id = ?1 AND %1 AND ST_Intersects(r.geom, w.geom)")
                                     .arg(TransferSql::indexed("roads", "r", QStringLiteral("w.geom"))));
    for (qint64 id : active) {
      q.reset();
      q.bind(1, id);
      while (q.next())
        out.insert(q.int64(0));
      if (q.hasError())
        return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "warning %1: cannot find the roads in its area: %2").arg(id).arg(q.error()));
    }
  }
  if (!options.zoneCodes.isEmpty()) {
    SqlStatement exists(store.handle(), QStringLiteral("SELECT count(*) FROM risk_zones WHERE code = ?1"));
    SqlStatement q(store.handle(), QStringLiteral("SELECT r.id FROM roads r, risk_zones z WHERE z.code = ?1 AND %1 AND ST_Intersects(r.geom, z.geom)")
                                     .arg(TransferSql::indexed("roads", "r", QStringLiteral("z.geom"))));
    for (const QString &code : options.zoneCodes) {
      exists.reset();
      exists.bind(1, code);
      if (!exists.next() || exists.int64(0) == 0)
        return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "no risk zone with code \"%1\"").arg(code));
      q.reset();
      q.bind(1, code);
      while (q.next())
        out.insert(q.int64(0));
      if (q.hasError())
        return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "risk zone %1: cannot find the roads in it: %2").arg(code, q.error()));
    }
  }
  return out;
}

Status setRoadCut(Store &store, qint64 roadId, bool cut, const QString &actor)
{
  Roads roads(store);
  Result<Road> road = roads.get(roadId);
  if (!road)
    return Status::failure(QCoreApplication::translate("onemap::RoadCuts", "no road with id %1").arg(roadId));
  if (road.value().isCut == cut)
    return Status(); // nothing changes, nothing to audit
  Road changed = road.value();
  changed.isCut = cut;
  return roads.update(changed, actor);
}

} // namespace onemap
