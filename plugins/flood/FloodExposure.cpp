#include "FloodExposure.h"

#include "store/SqlStatement.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace onemap::flood {

qint64 arealWeight(qint64 population, double pieceArea, double unitArea)
{
  if (population <= 0 || unitArea <= 0 || pieceArea <= 0)
    return 0;
  return std::llround(double(population) * std::min(1.0, pieceArea / unitArea));
}

namespace {

struct Shelter
{
  qint64 id;
  qint64 places;
};

//! Open shelters within kShelterReachMetres of \a pieceWkb and outside the
//! zone \a zoneWkb (a shelter under water is no refuge). The planar
//! 0.05-degree test only spares the geodesic distance for far shelters.
QVector<Shelter> sheltersNear(sqlite3 *db, const QByteArray &pieceWkb, const QByteArray &zoneWkb, QString *error)
{
  SqlStatement q(db, QStringLiteral(
    "SELECT s.id, MAX(s.capacity - s.occupancy, 0) FROM shelters s, "
    "  (SELECT ST_GeomFromWKB(?1, 4490) AS p, ST_GeomFromWKB(?2, 4490) AS z) g "
    "WHERE s.is_open = 1 AND s.geom IS NOT NULL AND ST_Distance(s.geom, g.p) <= 0.05 "
    "  AND ST_Distance(s.geom, g.p, 1) <= ?3 AND ST_Intersects(s.geom, g.z) = 0 ORDER BY s.id"));
  q.bind(1, pieceWkb).bind(2, zoneWkb).bind(3, kShelterReachMetres);
  QVector<Shelter> out;
  while (q.next())
    out << Shelter {q.int64(0), q.int64(1)};
  if (q.hasError() && error->isEmpty())
    *error = QStringLiteral("shelters: %1").arg(q.error());
  return out;
}

//! The kinds of zone over \a pieceWkb (a village's part of the zone) with the
//! rarest flood of each: the duty officer's "which water, how bad".
QStringList zoneKindsOver(sqlite3 *db, const QByteArray &pieceWkb)
{
  SqlStatement q(db, QStringLiteral(
    "SELECT z.kind, MAX(z.return_period) FROM flood_zones z, (SELECT ST_GeomFromWKB(?1, 4490) AS p) a "
    "WHERE z.geom IS NOT NULL AND ST_Intersects(z.geom, a.p) = 1 AND ST_Area(ST_Intersection(z.geom, a.p), 1) >= ?2 "
    "GROUP BY z.kind ORDER BY z.kind DESC"));
  q.bind(1, pieceWkb).bind(2, kMinOverlapM2);
  QStringList out;
  while (q.next())
    out << q.text(0) + QLatin1Char(':') + QString::number(q.int64(1));
  return out;
}

} // namespace

FloodImpact floodImpact(sqlite3 *db, qint64 warningId)
{
  FloodImpact r;
  // The zone the warning covers: the union of the flood zones it meets, cut
  // to its area. Computed once and handed on as WKB.
  SqlStatement u(db, QStringLiteral(
    "SELECT AsBinary(w.geom), AsBinary(ST_Intersection(w.geom, (SELECT ST_Union(z.geom) FROM flood_zones z "
    "                                    WHERE z.geom IS NOT NULL AND ST_Intersects(z.geom, w.geom) = 1))) "
    "FROM warnings w WHERE w.id = ?1 AND w.hazard IN ('flood', 'rainstorm') AND w.geom IS NOT NULL"));
  u.bind(1, warningId);
  if (!u.next()) {
    r.error = u.error();
    return r;
  }
  r.applies = true;
  const QByteArray warning = u.value(0).toByteArray();
  const QByteArray zone = u.isNull(1) ? QByteArray() : u.value(1).toByteArray();

  QMap<QString, TownshipImpact> towns;
  auto town = [&](const QString &code) -> TownshipImpact & {
    TownshipImpact &t = towns[code];
    t.code = code;
    return t;
  };

  if (!zone.isEmpty()) {
    SqlStatement v(db, QStringLiteral(
      "SELECT v.id, v.code, v.name, COALESCE(v.parent_code, ''), COALESCE(t.name, ''), COALESCE(v.population, 0), "
      "       ST_Area(v.geom, 1), ST_Area(ST_Intersection(v.geom, z.g), 1), AsBinary(ST_Intersection(v.geom, z.g)) "
      "FROM admin_units v LEFT JOIN admin_units t ON t.code = v.parent_code, (SELECT ST_GeomFromWKB(?1, 4490) AS g) z "
      "WHERE v.level = 'village' AND v.geom IS NOT NULL AND ST_Intersects(v.geom, z.g) = 1"));
    v.bind(1, zone);
    while (v.next()) {
      VillageExposure e;
      e.id = v.int64(0);
      e.code = v.text(1);
      e.name = v.text(2);
      e.townshipCode = v.text(3);
      e.townshipName = v.text(4);
      e.population = v.int64(5);
      e.villageAreaM2 = v.real(6);
      e.zoneAreaM2 = v.isNull(7) ? 0 : v.real(7);
      if (e.zoneAreaM2 < kMinOverlapM2)
        continue;
      e.people = arealWeight(e.population, e.zoneAreaM2, e.villageAreaM2);
      e.zoneKinds = zoneKindsOver(db, v.value(8).toByteArray());
      TownshipImpact &t = town(e.townshipCode);
      t.name = e.townshipName;
      t.villages += 1;
      t.people += e.people;
      r.villages << e;
    }
    if (v.hasError())
      r.error = QStringLiteral("villages: %1").arg(v.error());
    std::sort(r.villages.begin(), r.villages.end(), [](const VillageExposure &a, const VillageExposure &b) {
      return a.people != b.people ? a.people > b.people : a.code < b.code;
    });

    // Shelters per township: near that township's part of the zone.
    QMap<qint64, qint64> allShelters;
    for (auto it = towns.begin(); it != towns.end(); ++it) {
      SqlStatement p(db, QStringLiteral("SELECT AsBinary(ST_Intersection(t.geom, ST_GeomFromWKB(?1, 4490))) FROM admin_units t "
                                        "WHERE t.code = ?2 AND t.geom IS NOT NULL"));
      p.bind(1, zone).bind(2, it.key());
      if (!p.next() || p.isNull(0))
        continue;
      for (const Shelter &s : sheltersNear(db, p.value(0).toByteArray(), zone, &r.error)) {
        it->shelters += 1;
        it->shelterPlaces += s.places;
        allShelters.insert(s.id, s.places);
      }
    }
    r.total.shelters = allShelters.size();
    for (qint64 places : allShelters)
      r.total.shelterPlaces += places;
  }

  SqlStatement g(db, QStringLiteral(
    "SELECT id, name, COALESCE(township_code, ''), catchment_km2, villages_at_risk, people FROM flood_gullies, "
    "  (SELECT ST_GeomFromWKB(?1, 4490) AS w) a WHERE geom IS NOT NULL AND ST_Intersects(geom, a.w) = 1"));
  g.bind(1, warning);
  while (g.next()) {
    r.gullies << GullyThreat {g.int64(0), g.text(1), g.text(2), g.real(3), g.int64(4), g.int64(5)};
    town(g.text(2)).gullies += 1;
  }
  if (g.hasError())
    r.error = QStringLiteral("flood_gullies: %1").arg(g.error());
  std::sort(r.gullies.begin(), r.gullies.end(), [](const GullyThreat &a, const GullyThreat &b) {
    return a.people != b.people ? a.people > b.people : a.id < b.id;
  });

  // 超警: latest reading above 警戒水位; the township from the station's village code.
  SqlStatement s(db, QStringLiteral(
    "SELECT s.name, CASE WHEN length(s.village_code) = 12 THEN substr(s.village_code, 1, 9) || '000' ELSE '' END, "
    "       s.latest_value, l.warning_level "
    "FROM stations s JOIN flood_gauge_levels l ON l.station_id = s.id, (SELECT ST_GeomFromWKB(?1, 4490) AS w) a "
    "WHERE s.kind = 'river_level' AND s.latest_value > l.warning_level AND s.geom IS NOT NULL "
    "  AND ST_Intersects(s.geom, a.w) = 1 ORDER BY s.latest_value - l.warning_level DESC, s.id"));
  s.bind(1, warning);
  while (s.next()) {
    town(s.text(1)).gaugesOver += 1;
    r.gaugesOver << QStringLiteral("%1: %2 / %3 m").arg(s.text(0)).arg(s.real(2), 0, 'f', 2).arg(s.real(3), 0, 'f', 2);
  }
  if (s.hasError())
    r.error = QStringLiteral("stations: %1").arg(s.error());

  SqlStatement res(db, QStringLiteral(
    "SELECT name, COALESCE(township_code, ''), current_level, flood_limit_level FROM flood_reservoirs, "
    "  (SELECT ST_GeomFromWKB(?1, 4490) AS w) a "
    "WHERE current_level > flood_limit_level AND geom IS NOT NULL AND ST_Intersects(geom, a.w) = 1 "
    "ORDER BY current_level - flood_limit_level DESC, id"));
  res.bind(1, warning);
  while (res.next()) {
    town(res.text(1)).reservoirsOver += 1;
    r.reservoirsOver << QStringLiteral("%1: %2 / %3 m").arg(res.text(0)).arg(res.real(2), 0, 'f', 2).arg(res.real(3), 0, 'f', 2);
  }
  if (res.hasError())
    r.error = QStringLiteral("flood_reservoirs: %1").arg(res.error());

  // Township names for rows that came from gullies, gauges or reservoirs only.
  for (auto it = towns.begin(); it != towns.end(); ++it) {
    if (it->name.isEmpty()) {
      SqlStatement n(db, QStringLiteral("SELECT name FROM admin_units WHERE code = ?1"));
      n.bind(1, it.key());
      it->name = n.next() ? n.text(0) : it.key();
    }
    r.total.villages += it->villages;
    r.total.people += it->people;
    r.total.gullies += it->gullies;
    r.total.gaugesOver += it->gaugesOver;
    r.total.reservoirsOver += it->reservoirsOver;
    r.townships << *it;
  }
  return r;
}

} // namespace onemap::flood
