#include "EventLayer.h"

#include "map/LayerStyles.h"

#include <QCoreApplication>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace onemap::EventLayer {

QgsVectorLayer *add(QgsProject *project, const QString &title, const QString &wkt, QString *error)
{
  const QgsGeometry geometry = QgsGeometry::fromWkt(wkt);
  if (geometry.isNull() || geometry.type() != QgsWkbTypes::PolygonGeometry) {
    if (error)
      *error = QCoreApplication::translate("onemap::EventLayer", "the event's area is not a polygon: %1").arg(wkt.left(80));
    return nullptr;
  }
  auto *layer = new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:4490&field=label:string"), title, QStringLiteral("memory"));
  QgsFeature feature(layer->fields());
  QgsGeometry multi = geometry;
  multi.convertToMultiType();
  feature.setGeometry(multi);
  feature.setAttribute(0, title);
  layer->dataProvider()->addFeature(feature);
  layer->updateExtents();

  auto *fill = new QgsSimpleFillSymbolLayer(QColor(220, 30, 30, 60), Qt::SolidPattern, QColor(200, 0, 0), Qt::DashLine, 0.8);
  layer->setRenderer(new QgsSingleSymbolRenderer(new QgsFillSymbol(QgsSymbolLayerList {fill})));
  QgsPalLayerSettings label;
  label.fieldName = QStringLiteral("label");
  label.setFormat(LayerStyles::haloText(10, QColor(160, 0, 0), false, 1.0));
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
  layer->setLabelsEnabled(true);
  layer->setCustomProperty(QStringLiteral("onemap/event"), true);

  project->addMapLayer(layer, false);
  QgsLayerTree *root = project->layerTreeRoot();
  const QString groupName = QCoreApplication::translate("onemap::EventLayer", "Events");
  QgsLayerTreeGroup *group = root->findGroup(groupName);
  if (!group)
    group = root->insertGroup(0, groupName);
  group->insertLayer(0, layer);
  return layer;
}

} // namespace onemap::EventLayer
