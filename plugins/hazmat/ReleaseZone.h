#pragma once
// The area an ERG release covers and who lives in it.
//
// Geometry, as the guidebook describes it ("How to use Table 1", the steps on
// the isolation and the protective action distance, and the figure there;
// the quoted wording is that of the ERG 2004 edition as republished by public
// agencies, to be checked against the 2024 page): the Initial Isolation Zone is a circle of the isolation
// radius around the spill, in all directions; "for practical purposes, the
// Protective Action Zone is a square, whose length and width are the same as
// the downwind distance" D, lying downwind with the spill point at the middle
// of its upwind side. The area on the map is the union of the two.
//
// People inside: areal weighting. A village polygon that the area covers by a
// fraction f counts f x its population (and households): people are taken as
// spread evenly over the village, the usual assumption when only
// administrative totals are known.
#include "store/Result.h"

#include <QPointF>
#include <QString>
#include <QVector>

struct sqlite3;

namespace onemap::hazmat {

struct ReleaseZone
{
  double lon = 0, lat = 0;     //!< spill point, EPSG:4490
  double isolationM = 0;       //!< circle radius
  double protectiveM = 0;      //!< side of the downwind square
  double windFromDeg = 0;      //!< where the wind blows FROM, clockwise from north
};

//! Direction the plume travels, clockwise from north: wind-from + 180.
double downwindAzimuthDeg(const ReleaseZone &z);

//! Corners of the protective square in metres east/north of the spill, in
//! order: upwind-left, upwind-right, downwind-right, downwind-left.
QVector<QPointF> protectiveCornersM(const ReleaseZone &z);

//! Closed polygon WKT (EPSG:4490) of the isolation circle (\a vertices points)
//! and of the protective square.
QString isolationWkt(const ReleaseZone &z, int vertices = 72);
QString protectiveWkt(const ReleaseZone &z);

//! Local equirectangular projection about (lon0, lat0), metres; IUGG mean radius.
void toLonLat(double lon0, double lat0, double eastM, double northM, double &lon, double &lat);
void toLocalM(double lon0, double lat0, double lon, double lat, double &eastM, double &northM);

//! The union of circle and square as MULTIPOLYGON WKT, computed by SpatiaLite.
Result<QString> zoneWkt(sqlite3 *db, const ReleaseZone &z);

struct VillageShare
{
  qint64 id = 0;
  QString code, name, townshipCode, townshipName;
  qint64 population = 0, households = 0;
  double fraction = 0;          //!< of the village area inside the zone, 0..1
  double people() const { return fraction * double(population); }
  double householdsInside() const { return fraction * double(households); }
};

//! Villages the area \a wkt (EPSG:4490) overlaps, with the covered fraction;
//! most people inside first.
Result<QVector<VillageShare>> villagesInArea(sqlite3 *db, const QString &wkt);

} // namespace onemap::hazmat
