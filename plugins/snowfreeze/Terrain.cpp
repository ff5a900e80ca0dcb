#include "Terrain.h"

#include "store/SqlStatement.h"

#include <algorithm>
#include <cmath>

namespace onemap::snowfreeze {

namespace {
constexpr double kPi = 3.14159265358979323846;

double clamp01(double v) { return std::max(0.0, std::min(1.0, v)); }

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
  const double dx = b.x() - a.x(), dy = b.y() - a.y();
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
  t = clamp01(t);
  const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
  return std::sqrt(ex * ex + ey * ey);
}
} // namespace

Terrain::Terrain(QPointF originLonLat, double radiusKm, const QVector<RiverLine> &rivers)
  : mOrigin(originLonLat), mRadiusKm(std::max(1.0, radiusKm))
{
  mKx = 111.32 * std::cos(originLonLat.y() * kPi / 180.0);
  mKy = 110.57;
  for (const RiverLine &r : rivers) {
    // The main river has a wide valley floor (the seat's basin), streams a narrow one.
    const double halfWidth = r.rank <= 1 ? 3.0 : r.rank == 2 ? 1.5 : 0.6;
    QVector<QPointF> km;
    for (const QPointF &p : r.lonLat)
      km << toKm(p.x(), p.y());
    if (km.size() >= 2)
      mRiversKm << qMakePair(halfWidth, km);
  }
}

QPointF Terrain::toKm(double lon, double lat) const { return {(lon - mOrigin.x()) * mKx, (lat - mOrigin.y()) * mKy}; }

double Terrain::altitudeM(double lon, double lat) const
{
  const QPointF p = toKm(lon, lat);
  // Distance beyond the nearest valley floor; no river at all = open upland.
  double beyondFloor = mRiversKm.isEmpty() ? 15.0 : INFINITY;
  for (const auto &river : mRiversKm)
    for (int i = 0; i + 1 < river.second.size(); ++i)
      beyondFloor = std::min(beyondFloor, std::max(0.0, segmentDistance(p, river.second[i], river.second[i + 1]) - river.first));
  const double valley = 1.0 - std::exp(-beyondFloor / 5.0);
  // Rises towards the north-west (135 degrees from east).
  const double tilt = clamp01(0.5 + 0.5 * (p.x() * std::cos(0.75 * kPi) + p.y() * std::sin(0.75 * kPi)) / mRadiusKm);
  const double ridge = 0.5 + 0.5 * std::sin(2 * kPi * p.x() / 17.0 + 0.7) * std::cos(2 * kPi * p.y() / 23.0 + 1.3);
  // Concave: broad valleys and slopes, narrow high ridges, as in a dissected plateau.
  return std::round(1000.0 + 1800.0 * std::pow(clamp01(0.2 * tilt + 0.6 * valley + 0.2 * valley * ridge), 3.0));
}

void Terrain::rangeAlong(const QVector<QPointF> &lonLat, double *minM, double *maxM, QPointF *highest) const
{
  double lo = INFINITY, hi = -INFINITY;
  auto visit = [&](QPointF p) {
    const double a = altitudeM(p.x(), p.y());
    lo = std::min(lo, a);
    if (a > hi) {
      hi = a;
      if (highest)
        *highest = p;
    }
  };
  for (int i = 0; i < lonLat.size(); ++i) {
    visit(lonLat[i]);
    if (i + 1 < lonLat.size()) {
      const QPointF a = toKm(lonLat[i].x(), lonLat[i].y()), b = toKm(lonLat[i + 1].x(), lonLat[i + 1].y());
      const int steps = int(std::hypot(b.x() - a.x(), b.y() - a.y()) / 0.2);
      for (int k = 1; k < steps; ++k) {
        const double t = double(k) / steps;
        visit(lonLat[i] + (lonLat[i + 1] - lonLat[i]) * t);
      }
    }
  }
  *minM = lo;
  *maxM = hi;
}

std::optional<Terrain> Terrain::fromStore(sqlite3 *db, QString *error)
{
  SqlStatement c(db, QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)), MbrMinX(geom), MbrMaxX(geom), "
                                    "MbrMinY(geom), MbrMaxY(geom) FROM admin_units WHERE level = ?1 AND geom IS NOT NULL "
                                    "ORDER BY code LIMIT 1"));
  c.bind(1, QStringLiteral("county"));
  if (!c.next()) {
    if (error)
      *error = c.hasError() ? c.error() : QStringLiteral("snow terrain: no county outline in admin_units");
    return std::nullopt;
  }
  const QPointF origin(c.real(0), c.real(1));
  const double kx = 111.32 * std::cos(origin.y() * kPi / 180.0);
  const double radius = 0.5 * std::max((c.real(3) - c.real(2)) * kx, (c.real(5) - c.real(4)) * 110.57);
  QVector<RiverLine> rivers;
  SqlStatement r(db, QStringLiteral("SELECT COALESCE(river_rank, 3), AsText(geom) FROM rivers WHERE geom IS NOT NULL ORDER BY id"));
  while (r.next())
    rivers << RiverLine {int(r.int64(0)), parseLineString(r.text(1))};
  if (r.hasError()) {
    if (error)
      *error = r.error();
    return std::nullopt;
  }
  return Terrain(origin, radius, rivers);
}

QVector<QPointF> parseLineString(const QString &wkt)
{
  QVector<QPointF> out;
  if (!wkt.startsWith(QLatin1String("LINESTRING"), Qt::CaseInsensitive))
    return out;
  const int open = wkt.indexOf(QLatin1Char('(')), close = wkt.lastIndexOf(QLatin1Char(')'));
  if (open < 0 || close <= open)
    return out;
  for (const QString &pair : wkt.mid(open + 1, close - open - 1).split(QLatin1Char(','))) {
    const QStringList xy = pair.simplified().split(QLatin1Char(' '));
    if (xy.size() >= 2)
      out << QPointF(xy[0].toDouble(), xy[1].toDouble());
  }
  return out;
}

QString lineStringWkt(const QVector<QPointF> &lonLat)
{
  QStringList parts;
  for (const QPointF &p : lonLat)
    parts << QString::number(p.x(), 'g', 17) + QLatin1Char(' ') + QString::number(p.y(), 'g', 17);
  return QStringLiteral("LINESTRING(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace onemap::snowfreeze
