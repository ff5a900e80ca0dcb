#pragma once
// \brief Geometry helpers for the sample county: plain polygons, Voronoi cells by
// half-plane clipping, point-in-polygon, areas and lengths on the sphere, WKT.
//
// Overlay operations (intersection, difference, union, buffer) go through
// GDAL/OGR, which hands them to GEOS (PlanarOverlay.cpp). Coordinates are written to WKT in the
// shortest form that reads back as the very same double, so two features that
// share a vertex in memory share it in the store too.
#include <QString>
#include <QVector>

namespace onemap::planar {

struct Pt
{
  double x = 0;
  double y = 0;
  bool operator==(const Pt &o) const { return x == o.x && y == o.y; }
  bool operator!=(const Pt &o) const { return !(*this == o); }
};

using Ring = QVector<Pt>;   //!< open ring: the closing vertex is implied
using Line = QVector<Pt>;

struct Polygon
{
  Ring outer;
  QVector<Ring> holes;
};
using MultiPolygon = QVector<Polygon>;

struct Box
{
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  bool contains(Pt p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
  Box grown(double d) const { return {minX - d, minY - d, maxX + d, maxY + d}; }
  Ring ring() const { return {{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}}; }
};

//! Mean Earth radius (IUGG); areas and lengths use a sphere of this radius.
constexpr double kEarthRadiusKm = 6371.0088;

//! Equirectangular frame in kilometres around an origin (lon/lat degrees): good
//! enough over a county for distances, seeds and Voronoi bisectors.
class LocalFrame
{
public:
  LocalFrame() = default;
  explicit LocalFrame(Pt originLonLat);
  Pt toKm(Pt lonLat) const;
  Pt toLonLat(Pt km) const;
  Ring toKm(const Ring &lonLat) const;
  Ring toLonLat(const Ring &km) const;
  MultiPolygon toKm(const MultiPolygon &lonLat) const;
  double distanceKm(Pt lonLatA, Pt lonLatB) const;

private:
  Pt mOrigin;
  double mKx = 1, mKy = 1;
};

//! Rounds to the 1e-7 degree grid GeoPoint::toWkt writes, so a point tested in
//! memory is exactly the point the store keeps.
Pt snap7(Pt p);

double distance(Pt a, Pt b);
Box bounds(const Ring &ring);
Box bounds(const MultiPolygon &shape);

//! Even-odd test over every ring (parts and holes).
bool contains(const MultiPolygon &shape, Pt p);
bool contains(const Ring &ring, Pt p);
//! Distance from \a p to the nearest edge of any ring.
double distanceToBoundary(const MultiPolygon &shape, Pt p);

//! Clips a convex ring to the half-plane of points nearer \a keep than \a other.
Ring clipToHalfPlane(const Ring &convex, Pt keep, Pt other);
//! Voronoi cell of each seed inside \a box: the box clipped by the bisector of
//! the seed and every other seed. Quadratic, meant for tens of seeds.
QVector<Ring> voronoiCells(const QVector<Pt> &seeds, const Box &box);

//! Planar (shoelace) area in the coordinates' own units.
double planarArea(const Ring &ring);
double planarArea(const MultiPolygon &shape);
//! Area in km2 of a lon/lat shape on the sphere, edges straight in lon/lat:
//! the exact integral of R^2 cos(lat) dlat dlon, so areas of a tiling add up.
double sphericalAreaKm2(const MultiPolygon &lonLat);
double haversineM(Pt lonLatA, Pt lonLatB);
double lengthM(const Line &lonLat);
//! Point a fraction \a t (0..1) of the way along the polyline's vertices.
Pt alongLine(const Line &line, double t);

// Overlays through OGR/GEOS. Results keep only their polygonal (or linear)
// parts; an empty result also stands for a failed operation.
MultiPolygon intersection(const MultiPolygon &a, const MultiPolygon &b);
MultiPolygon difference(const MultiPolygon &a, const MultiPolygon &b);
MultiPolygon unite(const QVector<MultiPolygon> &shapes);
MultiPolygon buffer(const Line &line, double distance);
//! The longest piece of \a line inside \a shape (empty when none).
Line longestPieceInside(const Line &line, const MultiPolygon &shape);
//! True when no point of \a line lies outside \a shape.
bool coversLine(const MultiPolygon &shape, const Line &line);
bool isValid(const MultiPolygon &shape);

QString wktNumber(double v);
QString toWkt(const MultiPolygon &shape);
QString toWkt(const Line &line);

} // namespace onemap::planar
