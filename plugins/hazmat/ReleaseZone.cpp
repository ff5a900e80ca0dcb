#include "ReleaseZone.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace onemap::hazmat {

namespace {
constexpr double kEarthRadiusM = 6371008.8; // IUGG mean radius

QString point(double lon, double lat)
{
  return QStringLiteral("%1 %2").arg(lon, 0, 'f', 8).arg(lat, 0, 'f', 8);
}
} // namespace

void toLonLat(double lon0, double lat0, double eastM, double northM, double &lon, double &lat)
{
  const double k = M_PI / 180.0 * kEarthRadiusM;
  lon = lon0 + eastM / (k * std::cos(qDegreesToRadians(lat0)));
  lat = lat0 + northM / k;
}

void toLocalM(double lon0, double lat0, double lon, double lat, double &eastM, double &northM)
{
  const double k = M_PI / 180.0 * kEarthRadiusM;
  eastM = (lon - lon0) * k * std::cos(qDegreesToRadians(lat0));
  northM = (lat - lat0) * k;
}

double downwindAzimuthDeg(const ReleaseZone &z)
{
  return std::fmod(z.windFromDeg + 180.0, 360.0);
}

QVector<QPointF> protectiveCornersM(const ReleaseZone &z)
{
  // Unit vectors: d downwind, c to the right of d (clockwise 90 degrees).
  const double az = qDegreesToRadians(downwindAzimuthDeg(z));
  const QPointF d(std::sin(az), std::cos(az));
  const QPointF c(std::cos(az), -std::sin(az));
  const double half = z.protectiveM / 2, len = z.protectiveM;
  return {-c * half, c * half, c * half + d * len, -c * half + d * len};
}

QString isolationWkt(const ReleaseZone &z, int vertices)
{
  QStringList pts;
  for (int i = 0; i <= vertices; ++i) {
    const double t = 2 * M_PI * (i % vertices) / vertices;
    double lon = 0, lat = 0;
    toLonLat(z.lon, z.lat, z.isolationM * std::sin(t), z.isolationM * std::cos(t), lon, lat);
    pts << point(lon, lat);
  }
  return QStringLiteral("POLYGON((%1))").arg(pts.join(QStringLiteral(", ")));
}

QString protectiveWkt(const ReleaseZone &z)
{
  QVector<QPointF> c = protectiveCornersM(z);
  c << c.first();
  QStringList pts;
  for (const QPointF &p : c) {
    double lon = 0, lat = 0;
    toLonLat(z.lon, z.lat, p.x(), p.y(), lon, lat);
    pts << point(lon, lat);
  }
  return QStringLiteral("POLYGON((%1))").arg(pts.join(QStringLiteral(", ")));
}

Result<QString> zoneWkt(sqlite3 *db, const ReleaseZone &z)
{
  if (!(z.isolationM > 0) || !(z.protectiveM > 0) || !std::isfinite(z.lon) || !std::isfinite(z.lat))
    return Status::failure(QCoreApplication::translate("onemap::ReleaseZone", "release zone: the point and both distances must be positive numbers"));
  // AsText keeps 6 decimals (~0.1 m), too coarse for the areal weights: 9.
  SqlStatement q(db, QStringLiteral("SELECT AsWkt(CastToMultiPolygon(ST_Union(GeomFromText(?1, 4490), GeomFromText(?2, 4490))), 9)"));
  q.bind(1, isolationWkt(z)).bind(2, protectiveWkt(z));
  if (!q.next() || q.isNull(0))
    return Status::failure(QCoreApplication::translate("onemap::ReleaseZone", "release zone: cannot build the area: %1").arg(q.error()));
  return q.text(0);
}

Result<QVector<VillageShare>> villagesInArea(sqlite3 *db, const QString &wkt)
{
  // Areas are compared in degrees: both are taken at the same latitude, so
  // the ratio is the ratio of areas on the ground to well under 1 %.
  SqlStatement q(db, QStringLiteral(
    "SELECT v.code, v.name, COALESCE(v.parent_code, ''), COALESCE(t.name, ''), COALESCE(v.population, 0), "
    "       COALESCE(v.households, 0), ST_Area(ST_Intersection(v.geom, z.g)) / ST_Area(v.geom), v.id "
    "FROM (SELECT GeomFromText(?1, 4490) AS g) z "
    "JOIN admin_units v ON v.level = ?2 AND v.geom IS NOT NULL AND MbrIntersects(v.geom, z.g) = 1 "
    "LEFT JOIN admin_units t ON t.code = v.parent_code "
    "WHERE ST_Intersects(v.geom, z.g) = 1"));
  q.bind(1, wkt).bind(2, QStringLiteral("village"));
  QVector<VillageShare> out;
  while (q.next()) {
    VillageShare s;
    s.code = q.text(0);
    s.name = q.text(1);
    s.townshipCode = q.text(2);
    s.townshipName = q.text(3);
    s.population = q.int64(4);
    s.households = q.int64(5);
    s.fraction = std::clamp(q.real(6), 0.0, 1.0);
    s.id = q.int64(7);
    if (s.fraction > 0)
      out << s;
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::ReleaseZone", "cannot read the villages of admin_units: %1").arg(q.error()));
  std::sort(out.begin(), out.end(), [](const VillageShare &a, const VillageShare &b) {
    return a.people() != b.people() ? a.people() > b.people() : a.code < b.code;
  });
  return out;
}

} // namespace onemap::hazmat
