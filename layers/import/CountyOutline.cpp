#include "CountyOutline.h"

#include "RingParity.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <ogr_api.h>
#include <algorithm>

namespace onemap {

CountyOutline CountyOutline::load(Store &store)
{
  CountyOutline out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT name, AsBinary(geom) FROM admin_units WHERE level = 'county' AND geom IS NOT NULL"));
  bool first = true;
  while (q.next()) {
    out.mName = q.text(0);
    const QByteArray wkb = q.value(1).toByteArray();
    OGRGeometryH g = nullptr;
    if (OGR_G_CreateFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g, wkb.size()) != OGRERR_NONE || !g)
      continue;
    // Walk polygons -> rings -> points whatever the nesting (POLYGON or MULTIPOLYGON).
    QVector<OGRGeometryH> polygons;
    if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPolygon)
      polygons << g;
    else
      for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        polygons << OGR_G_GetGeometryRef(g, i);
    for (OGRGeometryH poly : polygons) {
      for (int r = 0; r < OGR_G_GetGeometryCount(poly); ++r) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(poly, r);
        Ring out1;
        const int n = OGR_G_GetPointCount(ring);
        out1.xy.reserve(2 * n);
        for (int i = 0; i < n; ++i) {
          const double x = OGR_G_GetX(ring, i), y = OGR_G_GetY(ring, i);
          out1.xy << x << y;
          if (first) {
            out.mMinX = out.mMaxX = x;
            out.mMinY = out.mMaxY = y;
            first = false;
          }
          out.mMinX = std::min(out.mMinX, x);
          out.mMaxX = std::max(out.mMaxX, x);
          out.mMinY = std::min(out.mMinY, y);
          out.mMaxY = std::max(out.mMaxY, y);
        }
        if (n >= 4)
          out.mRings << out1;
      }
    }
    OGR_G_DestroyGeometry(g);
  }
  return out;
}

bool CountyOutline::contains(double x, double y) const
{
  if (mRings.isEmpty() || x < mMinX || x > mMaxX || y < mMinY || y > mMaxY)
    return false;
  bool inside = false;
  for (const Ring &ring : mRings)
    inside ^= ringParity(ring.xy, x, y);
  return inside;
}

} // namespace onemap
