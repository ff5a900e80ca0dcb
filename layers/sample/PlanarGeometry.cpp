#include "PlanarGeometry.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace onemap::planar {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRad = kPi / 180.0;
constexpr double kKmPerDegree = kEarthRadiusKm * kRad;

double segmentDistance(Pt p, Pt a, Pt b)
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::max(0.0, std::min(1.0, t));
  return distance(p, {a.x + t * dx, a.y + t * dy});
}

void appendRing(QString &out, const Ring &ring)
{
  out += QLatin1Char('(');
  for (int i = 0; i <= ring.size(); ++i) {
    const Pt &p = ring[i % ring.size()];
    if (i)
      out += QLatin1Char(',');
    out += wktNumber(p.x) + QLatin1Char(' ') + wktNumber(p.y);
  }
  out += QLatin1Char(')');
}

} // namespace

LocalFrame::LocalFrame(Pt originLonLat)
  : mOrigin(originLonLat), mKx(kKmPerDegree * std::cos(originLonLat.y * kRad)), mKy(kKmPerDegree)
{
}

Pt LocalFrame::toKm(Pt p) const { return {(p.x - mOrigin.x) * mKx, (p.y - mOrigin.y) * mKy}; }
Pt LocalFrame::toLonLat(Pt p) const { return {mOrigin.x + p.x / mKx, mOrigin.y + p.y / mKy}; }

Ring LocalFrame::toKm(const Ring &ring) const
{
  Ring out;
  out.reserve(ring.size());
  for (const Pt &p : ring)
    out << toKm(p);
  return out;
}

Ring LocalFrame::toLonLat(const Ring &ring) const
{
  Ring out;
  out.reserve(ring.size());
  for (const Pt &p : ring)
    out << toLonLat(p);
  return out;
}

MultiPolygon LocalFrame::toKm(const MultiPolygon &shape) const
{
  MultiPolygon out;
  for (const Polygon &poly : shape) {
    Polygon p {toKm(poly.outer), {}};
    for (const Ring &hole : poly.holes)
      p.holes << toKm(hole);
    out << p;
  }
  return out;
}

double LocalFrame::distanceKm(Pt a, Pt b) const { return distance(toKm(a), toKm(b)); }

Pt snap7(Pt p) { return {std::round(p.x * 1e7) / 1e7, std::round(p.y * 1e7) / 1e7}; }

double distance(Pt a, Pt b) { return std::hypot(b.x - a.x, b.y - a.y); }

Box bounds(const Ring &ring)
{
  Box b {ring.value(0).x, ring.value(0).y, ring.value(0).x, ring.value(0).y};
  for (const Pt &p : ring) {
    b.minX = std::min(b.minX, p.x);
    b.minY = std::min(b.minY, p.y);
    b.maxX = std::max(b.maxX, p.x);
    b.maxY = std::max(b.maxY, p.y);
  }
  return b;
}

Box bounds(const MultiPolygon &shape)
{
  if (shape.isEmpty())
    return {};
  Box b = bounds(shape.first().outer);
  for (const Polygon &poly : shape) {
    const Box pb = bounds(poly.outer);
    b = {std::min(b.minX, pb.minX), std::min(b.minY, pb.minY), std::max(b.maxX, pb.maxX), std::max(b.maxY, pb.maxY)};
  }
  return b;
}

bool contains(const Ring &ring, Pt p)
{
  bool inside = false;
  for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Pt &a = ring[i], &b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

bool contains(const MultiPolygon &shape, Pt p)
{
  for (const Polygon &poly : shape) {
    if (!contains(poly.outer, p))
      continue;
    bool inHole = false;
    for (const Ring &hole : poly.holes)
      inHole = inHole || contains(hole, p);
    if (!inHole)
      return true;
  }
  return false;
}

double distanceToBoundary(const MultiPolygon &shape, Pt p)
{
  double best = INFINITY;
  auto visit = [&](const Ring &ring) {
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
      best = std::min(best, segmentDistance(p, ring[j], ring[i]));
  };
  for (const Polygon &poly : shape) {
    visit(poly.outer);
    for (const Ring &hole : poly.holes)
      visit(hole);
  }
  return best;
}

Ring clipToHalfPlane(const Ring &convex, Pt keep, Pt other)
{
  // Points nearer keep than other satisfy p.n <= c.
  const Pt n {other.x - keep.x, other.y - keep.y};
  const double c = 0.5 * (other.x * other.x + other.y * other.y - keep.x * keep.x - keep.y * keep.y);
  Ring out;
  for (int i = 0; i < convex.size(); ++i) {
    const Pt &cur = convex[i];
    const Pt &nxt = convex[(i + 1) % convex.size()];
    const double dc = cur.x * n.x + cur.y * n.y - c;
    const double dn = nxt.x * n.x + nxt.y * n.y - c;
    if (dc <= 0)
      out << cur;
    if ((dc < 0 && dn > 0) || (dc > 0 && dn < 0)) {
      const double t = dc / (dc - dn);
      out << Pt {cur.x + t * (nxt.x - cur.x), cur.y + t * (nxt.y - cur.y)};
    }
  }
  return out;
}

QVector<Ring> voronoiCells(const QVector<Pt> &seeds, const Box &box)
{
  QVector<Ring> cells;
  cells.reserve(seeds.size());
  for (int i = 0; i < seeds.size(); ++i) {
    Ring cell = box.ring();
    for (int j = 0; j < seeds.size() && cell.size() >= 3; ++j)
      if (j != i)
        cell = clipToHalfPlane(cell, seeds[i], seeds[j]);
    cells << cell;
  }
  return cells;
}

double planarArea(const Ring &ring)
{
  double twice = 0;
  for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return std::abs(twice) / 2;
}

double planarArea(const MultiPolygon &shape)
{
  double area = 0;
  for (const Polygon &poly : shape) {
    area += planarArea(poly.outer);
    for (const Ring &hole : poly.holes)
      area -= planarArea(hole);
  }
  return area;
}

double sphericalAreaKm2(const MultiPolygon &shape)
{
  // Along an edge straight in lon/lat, lat is linear in lon, so the integral of
  // sin(lat) dlon is exact: dlon * sin(mean lat) * sinc(dlat / 2).
  auto ringArea = [](const Ring &ring) {
    double sum = 0;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const double lon1 = ring[j].x * kRad, lat1 = ring[j].y * kRad;
      const double lon2 = ring[i].x * kRad, lat2 = ring[i].y * kRad;
      const double half = (lat2 - lat1) / 2;
      const double sinc = half == 0 ? 1.0 : std::sin(half) / half;
      sum += (lon2 - lon1) * std::sin((lat1 + lat2) / 2) * sinc;
    }
    return std::abs(sum) * kEarthRadiusKm * kEarthRadiusKm;
  };
  double area = 0;
  for (const Polygon &poly : shape) {
    area += ringArea(poly.outer);
    for (const Ring &hole : poly.holes)
      area -= ringArea(hole);
  }
  return area;
}

double haversineM(Pt a, Pt b)
{
  const double dLat = (b.y - a.y) * kRad, dLon = (b.x - a.x) * kRad;
  const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(a.y * kRad) * std::cos(b.y * kRad) * std::pow(std::sin(dLon / 2), 2);
  return 2 * kEarthRadiusKm * 1000.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

double lengthM(const Line &line)
{
  double sum = 0;
  for (int i = 1; i < line.size(); ++i)
    sum += haversineM(line[i - 1], line[i]);
  return sum;
}

Pt alongLine(const Line &line, double t)
{
  if (line.size() < 2)
    return line.value(0);
  const double pos = std::max(0.0, std::min(1.0, t)) * (line.size() - 1);
  const int i = std::min(static_cast<int>(pos), line.size() - 2);
  const double f = pos - i;
  return {line[i].x + f * (line[i + 1].x - line[i].x), line[i].y + f * (line[i + 1].y - line[i].y)};
}

QString wktNumber(double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); }

QString toWkt(const MultiPolygon &shape)
{
  QString out = QStringLiteral("MULTIPOLYGON(");
  for (int i = 0; i < shape.size(); ++i) {
    if (i)
      out += QLatin1Char(',');
    out += QLatin1Char('(');
    appendRing(out, shape[i].outer);
    for (const Ring &hole : shape[i].holes) {
      out += QLatin1Char(',');
      appendRing(out, hole);
    }
    out += QLatin1Char(')');
  }
  return out + QLatin1Char(')');
}

QString toWkt(const Line &line)
{
  QString out = QStringLiteral("LINESTRING(");
  for (int i = 0; i < line.size(); ++i) {
    if (i)
      out += QLatin1Char(',');
    out += wktNumber(line[i].x) + QLatin1Char(' ') + wktNumber(line[i].y);
  }
  return out + QLatin1Char(')');
}

} // namespace onemap::planar
