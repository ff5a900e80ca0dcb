#include "RingSet.h"

#include <ogr_api.h>
#include <algorithm>

namespace onemap {

namespace {
// True when a ray from (x, y) crosses the ring an odd number of times.
bool ringParity(const QVector<double> &xy, double x, double y)
{
  bool odd = false;
  const double *p = xy.constData();
  const int n = xy.size() / 2;
  for (int i = 0, j = n - 1; i < n; j = i++) {
    const double xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1];
    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
      odd = !odd;
  }
  return odd;
}
} // namespace

bool RingSet::addWkb(const QByteArray &wkb)
{
  OGRGeometryH g = nullptr;
  if (wkb.isEmpty() || OGR_G_CreateFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g, wkb.size()) != OGRERR_NONE || !g)
    return false;
  // Walk polygons -> rings -> points whatever the nesting (POLYGON or MULTIPOLYGON).
  QVector<OGRGeometryH> parts;
  if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPolygon)
    parts << g;
  else
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
      parts << OGR_G_GetGeometryRef(g, i);
  for (OGRGeometryH part : parts)
    for (int r = 0; r < OGR_G_GetGeometryCount(part); ++r) {
      OGRGeometryH ring = OGR_G_GetGeometryRef(part, r);
      const int n = OGR_G_GetPointCount(ring);
      if (n < 4)
        continue;
      QVector<double> xy;
      xy.reserve(2 * n);
      for (int i = 0; i < n; ++i) {
        const double x = OGR_G_GetX(ring, i), y = OGR_G_GetY(ring, i);
        xy << x << y;
        if (rings.isEmpty() && i == 0) {
          minX = maxX = x;
          minY = maxY = y;
        }
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
      }
      rings << xy;
    }
  OGR_G_DestroyGeometry(g);
  return true;
}

bool RingSet::contains(double x, double y) const
{
  if (rings.isEmpty() || x < minX || x > maxX || y < minY || y > maxY)
    return false;
  bool inside = false;
  for (const QVector<double> &ring : rings)
    inside ^= ringParity(ring, x, y);
  return inside;
}

} // namespace onemap
