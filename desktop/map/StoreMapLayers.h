#pragma once
// \brief The one place that turns store tables into QGIS layers: spatialite
// provider over the same file, styles, Chinese field names and coded values.
#include "MapLayerSpec.h"
#include "store/Result.h"

#include <QList>
#include <QVariant>

class QgsCoordinateReferenceSystem;
class QgsProject;
class QgsRectangle;
class QgsVectorLayer;

namespace onemap {

class StoreMapLayers
{
public:
  //! One layer over \a table of the store file, not yet styled; check isValid().
  static QgsVectorLayer *createLayer(const QString &storePath, const QString &table, const QString &subset,
                                     const QString &name);
  //! Opens the store (checking it is one, migrating it forward), builds every
  //! board layer and puts them in \a project in their groups.
  static Status load(const QString &storePath, QgsProject *project);

  //! The layer built from the spec with id \a specId, or null.
  static QgsVectorLayer *layer(const QgsProject *project, const QString &specId);
  //! The county's extent in the project CRS (falls back to all layers).
  static QgsRectangle countyExtent(const QgsProject *project);
  //! CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534..4554) for a longitude.
  static QgsCoordinateReferenceSystem gaussKrugerFor(double lon);
  //! A value as people read it (coded values through their labels).
  static QString displayValue(const QgsVectorLayer *layer, int fieldIndex, const QVariant &value);

private:
  static void describeFields(QgsVectorLayer *layer, const QString &table);
};

} // namespace onemap
