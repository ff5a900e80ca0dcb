#include "ShelterSites.h"

#include "TransferSql.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>

namespace onemap {

// Suitability: a shelter must not stand where the plan's hazard strikes.
// It is unsuitable when it lies in (or on the edge of) a risk zone of one of
// zoneHazardsFor(area.hazard), or inside the plan's own area when that area
// is a risk zone, whatever its hazard. Unsuitable shelters are still listed
// (with the zone named) so the board can show why they were passed over.

QStringList zoneHazardsFor(const QString &hazard)
{
  // Rain brings floods and landslides; a typhoon's damage at a county
  // shelter is its flooding; other hazards have no census zones to avoid.
  if (hazard == QLatin1String("rainstorm"))
    return {QStringLiteral("flood"), QStringLiteral("geological")};
  if (hazard == QLatin1String("typhoon") || hazard == QLatin1String("flood"))
    return {QStringLiteral("flood")};
  if (hazard == QLatin1String("geological"))
    return {QStringLiteral("geological")};
  if (hazard == QLatin1String("forest_fire"))
    return {QStringLiteral("forest_fire")};
  return {};
}

Result<QVector<ShelterSite>> shelterSites(Store &store, const TransferArea &area, const QStringList &classes)
{
  const QStringList zoneHazards = zoneHazardsFor(area.hazard);
  const bool areaIsZone = area.kind == TransferArea::Kind::Zone;
  QByteArray areaBlob;
  if (areaIsZone) {
    const Result<QByteArray> blob = TransferSql::geometryBlob(store, area.wkt);
    if (!blob)
      return blob.status();
    areaBlob = blob.value();
  }

  // ?1: the area (or NULL); ?2..: the classes; then the zone hazards.
  QStringList classMarks, hazardMarks;
  int n = 2;
  for (int i = 0; i < classes.size(); ++i)
    classMarks << QStringLiteral("?%1").arg(n++);
  for (int i = 0; i < zoneHazards.size(); ++i)
    hazardMarks << QStringLiteral("?%1").arg(n++);
  const QString zoneHit = hazardMarks.isEmpty()
                            ? QStringLiteral("NULL")
                            : QStringLiteral("(SELECT z.code || '|' || z.hazard FROM risk_zones z WHERE z.hazard IN (%1) AND %2 "
                                             "AND ST_Intersects(s.geom, z.geom) ORDER BY z.code LIMIT 1)")
                                .arg(hazardMarks.join(QStringLiteral(", ")), TransferSql::indexed("risk_zones", "z", QStringLiteral("s.geom")));
  QString sql = QStringLiteral("SELECT s.id, s.code, s.name, s.shelter_class, %1, %2, s.capacity - s.occupancy, X(s.geom), Y(s.geom), %3, "
                               "CASE WHEN ?1 IS NULL THEN 0 ELSE ST_Intersects(s.geom, ?1) END "
                               "FROM shelters s WHERE s.is_open = 1 AND s.capacity > s.occupancy")
                  .arg(TransferSql::villageOf("s"), TransferSql::townshipOf("s"), zoneHit);
  if (!classMarks.isEmpty())
    sql += QStringLiteral(" AND s.shelter_class IN (%1)").arg(classMarks.join(QStringLiteral(", ")));
  sql += QStringLiteral(" ORDER BY s.code");

  SqlStatement q(store.handle(), sql);
  q.bind(1, areaIsZone ? QVariant(areaBlob) : QVariant());
  int b = 2;
  for (const QString &c : classes)
    q.bind(b++, c);
  for (const QString &h : zoneHazards)
    q.bind(b++, h);
  QVector<ShelterSite> out;
  while (q.next()) {
    ShelterSite s;
    s.id = q.int64(0);
    s.code = q.text(1);
    s.name = q.text(2);
    s.shelterClass = q.text(3);
    s.villageCode = q.text(4);
    s.townshipCode = q.text(5);
    s.freeCapacity = std::max<qint64>(0, q.int64(6));
    s.lon = q.real(7);
    s.lat = q.real(8);
    const QString zone = q.text(9);
    if (!zone.isEmpty()) {
      const QString code = zone.section(QLatin1Char('|'), 0, 0);
      const QString hazard = zone.section(QLatin1Char('|'), 1);
      s.suitable = false;
      s.unsuitableReason = QCoreApplication::translate("onemap::ShelterSites", "inside %1 zone %2").arg(hazard, code);
    } else if (q.int64(10) == 1) {
      s.suitable = false;
      s.unsuitableReason = QCoreApplication::translate("onemap::ShelterSites", "inside the plan's zone %1").arg(area.ref);
    }
    out << s;
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::ShelterSites", "shelters: %1").arg(q.error()));
  return out;
}

} // namespace onemap
