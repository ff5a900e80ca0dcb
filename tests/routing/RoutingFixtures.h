#pragma once
// Test fixture: hand-built road layers near the equator, where lengths are
// known in closed form (GRS80, which CGCS2000 shares to 0.1 mm).
#include <QtMath>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <memory>

namespace onemap::testing {

constexpr double kA = 6378137.0;                 //!< equatorial radius
constexpr double kE2 = 0.00669438002290;         //!< GRS80 first eccentricity squared

//! Metres along the equator for \a degrees of longitude (exact: the equator is a geodesic).
inline double equatorMetres(double degrees) { return kA * qDegreesToRadians(degrees); }
//! Metres along a meridian from the equator to \a degrees of latitude (radius of
//! curvature a(1-e^2); the next term is ~1e-9 relative at 0.02 degrees).
inline double meridianMetres(double degrees) { return kA * (1 - kE2) * qDegreesToRadians(degrees); }

//! A memory line layer (EPSG:4490) with fields id and road_class.
class RoadLayer
{
public:
  RoadLayer()
    : mLayer(std::make_unique<QgsVectorLayer>(
        QStringLiteral("LineString?crs=EPSG:4490&field=id:long&field=road_class:string(20)"), QStringLiteral("roads"),
        QStringLiteral("memory")))
  {
  }
  void add(qint64 id, const QString &roadClass, const QString &wkt)
  {
    QgsFeature f(mLayer->fields());
    f.setAttributes(QgsAttributes() << id << roadClass);
    f.setGeometry(QgsGeometry::fromWkt(wkt));
    mLayer->dataProvider()->addFeatures(QgsFeatureList() << f);
  }
  QgsVectorLayer *layer() const { return mLayer.get(); }

private:
  std::unique_ptr<QgsVectorLayer> mLayer;
};

} // namespace onemap::testing
