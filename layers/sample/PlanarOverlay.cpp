#include "PlanarGeometry.h"

// The overlay half of PlanarGeometry: conversions to and from OGR geometries
// and the operations GEOS does for us.
#include <memory>
#include <ogr_geometry.h>

namespace onemap::planar {

namespace {

struct OgrDeleter
{
  void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrPtr = std::unique_ptr<OGRGeometry, OgrDeleter>;

OGRLinearRing *toOgrRing(const Ring &ring)
{
  auto *out = new OGRLinearRing;
  out->setNumPoints(ring.size() + 1);
  for (int i = 0; i < ring.size(); ++i)
    out->setPoint(i, ring[i].x, ring[i].y);
  out->setPoint(ring.size(), ring[0].x, ring[0].y);
  return out;
}

OgrPtr toOgr(const MultiPolygon &shape)
{
  auto *multi = new OGRMultiPolygon;
  for (const Polygon &poly : shape) {
    if (poly.outer.size() < 3)
      continue;
    auto *p = new OGRPolygon;
    p->addRingDirectly(toOgrRing(poly.outer));
    for (const Ring &hole : poly.holes)
      if (hole.size() >= 3)
        p->addRingDirectly(toOgrRing(hole));
    multi->addGeometryDirectly(p);
  }
  return OgrPtr(multi);
}

OgrPtr toOgr(const Line &line)
{
  auto *out = new OGRLineString;
  out->setNumPoints(line.size());
  for (int i = 0; i < line.size(); ++i)
    out->setPoint(i, line[i].x, line[i].y);
  return OgrPtr(out);
}

Ring fromOgrRing(const OGRLinearRing *ring)
{
  Ring out;
  const int n = ring ? ring->getNumPoints() : 0;
  out.reserve(n);
  for (int i = 0; i < n; ++i)
    out << Pt {ring->getX(i), ring->getY(i)};
  if (out.size() > 1 && out.first() == out.last())
    out.removeLast();
  return out;
}

// Overlays of touching shapes also return points and lines: only areas count.
void collectPolygons(const OGRGeometry *g, MultiPolygon &out)
{
  if (!g)
    return;
  switch (wkbFlatten(g->getGeometryType())) {
  case wkbPolygon: {
    const auto *poly = g->toPolygon();
    Polygon p;
    p.outer = fromOgrRing(poly->getExteriorRing());
    for (int i = 0; i < poly->getNumInteriorRings(); ++i) {
      Ring hole = fromOgrRing(poly->getInteriorRing(i));
      if (hole.size() >= 3 && planarArea(hole) > 0)
        p.holes << hole;
    }
    if (p.outer.size() >= 3 && planarArea(p.outer) > 0)
      out << p;
    break;
  }
  case wkbMultiPolygon:
  case wkbGeometryCollection: {
    const auto *collection = static_cast<const OGRGeometryCollection *>(g);
    for (int i = 0; i < collection->getNumGeometries(); ++i)
      collectPolygons(collection->getGeometryRef(i), out);
    break;
  }
  default:
    break;
  }
}

void collectLines(const OGRGeometry *g, QVector<Line> &out)
{
  if (!g)
    return;
  switch (wkbFlatten(g->getGeometryType())) {
  case wkbLineString: {
    const auto *ls = g->toLineString();
    Line line;
    for (int i = 0; i < ls->getNumPoints(); ++i)
      line << Pt {ls->getX(i), ls->getY(i)};
    if (line.size() >= 2)
      out << line;
    break;
  }
  case wkbMultiLineString:
  case wkbGeometryCollection: {
    const auto *collection = static_cast<const OGRGeometryCollection *>(g);
    for (int i = 0; i < collection->getNumGeometries(); ++i)
      collectLines(collection->getGeometryRef(i), out);
    break;
  }
  default:
    break;
  }
}

MultiPolygon fromOgr(const OGRGeometry *g)
{
  MultiPolygon out;
  collectPolygons(g, out);
  return out;
}

} // namespace

MultiPolygon intersection(const MultiPolygon &a, const MultiPolygon &b)
{
  const OgrPtr ga = toOgr(a), gb = toOgr(b);
  return fromOgr(OgrPtr(ga->Intersection(gb.get())).get());
}

MultiPolygon difference(const MultiPolygon &a, const MultiPolygon &b)
{
  const OgrPtr ga = toOgr(a), gb = toOgr(b);
  return fromOgr(OgrPtr(ga->Difference(gb.get())).get());
}

MultiPolygon unite(const QVector<MultiPolygon> &shapes)
{
  MultiPolygon all;
  for (const MultiPolygon &s : shapes)
    all += s;
  const OgrPtr g = toOgr(all);
  return fromOgr(OgrPtr(g->UnionCascaded()).get());
}

MultiPolygon buffer(const Line &line, double dist)
{
  const OgrPtr g = toOgr(line);
  return fromOgr(OgrPtr(g->Buffer(dist, 8)).get());
}

Line longestPieceInside(const Line &line, const MultiPolygon &shape)
{
  const OgrPtr gl = toOgr(line), gs = toOgr(shape);
  QVector<Line> pieces;
  collectLines(OgrPtr(gs->Intersection(gl.get())).get(), pieces);
  Line best;
  double bestLength = -1;
  for (const Line &piece : pieces) {
    const double len = lengthM(piece);
    if (len > bestLength) {
      bestLength = len;
      best = piece;
    }
  }
  return best;
}

bool coversLine(const MultiPolygon &shape, const Line &line)
{
  const OgrPtr gl = toOgr(line), gs = toOgr(shape);
  return gs->Contains(gl.get());
}

bool isValid(const MultiPolygon &shape) { return !shape.isEmpty() && toOgr(shape)->IsValid(); }


} // namespace onemap::planar
