#pragma once
// \brief One terrain for the sample county, so road segments, power lines and
// villages get altitudes that agree. The sample county has no elevation of
// its own (layers/sample has none), so the plugin derives it from what the
// county does have: rivers run in valleys, and the land rises away from them
// and towards the north-west, 1,000 m on the lowest valley floor to 2,800 m on
// the highest ridge (a Yunnan-Guizhou plateau-edge county).
#include <QPointF>
#include <QString>
#include <QVector>
#include <optional>

struct sqlite3;

namespace onemap::snowfreeze {

struct RiverLine
{
  int rank = 1;              //!< 1 main river .. 3 small stream
  QVector<QPointF> lonLat;
};

class Terrain
{
public:
  //! \a radiusKm: about half the county's extent.
  Terrain(QPointF originLonLat, double radiusKm, const QVector<RiverLine> &rivers);

  //! Reads the county outline and the rivers of the store.
  static std::optional<Terrain> fromStore(sqlite3 *db, QString *error);

  //! Altitude in metres (rounded to 1 m), 1,000..2,800.
  double altitudeM(double lon, double lat) const;

  //! Lowest and highest altitude along a polyline, sampled every ~200 m.
  void rangeAlong(const QVector<QPointF> &lonLat, double *minM, double *maxM, QPointF *highest = nullptr) const;

private:
  QPointF toKm(double lon, double lat) const;

  QPointF mOrigin;
  double mKx = 1, mKy = 1;
  double mRadiusKm = 1;
  QVector<QPair<double, QVector<QPointF>>> mRiversKm; //!< valley-floor half-width, vertices in km
};

//! Vertices of a WKT LINESTRING (as AsText gives it); empty when it is not one.
QVector<QPointF> parseLineString(const QString &wkt);
QString lineStringWkt(const QVector<QPointF> &lonLat);

} // namespace onemap::snowfreeze
