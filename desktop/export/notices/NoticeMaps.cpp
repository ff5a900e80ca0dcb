#include "NoticeMaps.h"

#include "NoticeLayout.h"
#include "map/LayerStyles.h"
#include "map/MapLayerSpec.h"
#include "map/StoreMapLayers.h"

#include <QStringList>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgslayout.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutitempage.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

namespace onemap::NoticeMaps {

namespace {
const char *kNoticeLayerId = "onemap/notice-layer";

QString idList(const QList<qint64> &ids)
{
  // Integers read from the store, never user text: safe to spell out.
  QStringList parts;
  for (qint64 id : ids)
    parts << QString::number(id);
  return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1Char(','));
}

QgsVectorLayer *add(QgsProject *project, QgsVectorLayer *layer, const QString &id)
{
  if (!layer->isValid()) {
    delete layer;
    return nullptr;
  }
  layer->setCustomProperty(QLatin1String(kNoticeLayerId), id);
  project->addMapLayer(layer, false);
  return layer;
}
} // namespace

std::unique_ptr<QgsProject> baseProject(const QString &storePath, double lon)
{
  auto project = std::make_unique<QgsProject>();
  project->setCrs(StoreMapLayers::gaussKrugerFor(lon));
  const QStringList wanted {QStringLiteral("county"), QStringLiteral("townships"), QStringLiteral("villages"), QStringLiteral("roads"),
                            QStringLiteral("rivers")};
  for (const MapLayerSpec &spec : boardLayerSpecs()) {
    if (!wanted.contains(spec.id))
      continue;
    QgsVectorLayer *layer = StoreMapLayers::createLayer(storePath, spec.table, spec.subset, spec.title);
    if (!add(project.get(), layer, spec.id))
      return nullptr;
    LayerStyles::apply(layer, spec.style);
  }
  return project;
}

QgsVectorLayer *addPlain(QgsProject *project, const QString &storePath, const QString &id)
{
  for (const MapLayerSpec &spec : boardLayerSpecs()) {
    if (spec.id != id)
      continue;
    QgsVectorLayer *layer = StoreMapLayers::createLayer(storePath, spec.table, spec.subset, spec.title);
    if (!add(project, layer, id + QStringLiteral("-plain")))
      return nullptr;
    LayerStyles::apply(layer, spec.style);
    layer->setLabelsEnabled(false);
    return layer;
  }
  return nullptr;
}

QgsVectorLayer *base(QgsProject *project, const QString &id)
{
  for (QgsMapLayer *l : project->mapLayers())
    if (l->customProperty(QLatin1String(kNoticeLayerId)).toString() == id)
      return qobject_cast<QgsVectorLayer *>(l);
  return nullptr;
}

QgsVectorLayer *addDangers(QgsProject *project, const QString &storePath, const QList<qint64> &ids)
{
  QgsVectorLayer *layer = StoreMapLayers::createLayer(storePath, QStringLiteral("hidden_dangers"), QStringLiteral("id IN (%1)").arg(idList(ids)),
                                                      QStringLiteral("hidden_dangers"));
  if (!add(project, layer, QStringLiteral("dangers")))
    return nullptr;
  LayerStyles::apply(layer, BoardStyle::HiddenDanger);
  return layer;
}

QgsVectorLayer *addHighlight(QgsProject *project, const QString &storePath, const QList<qint64> &ids)
{
  QgsVectorLayer *layer = StoreMapLayers::createLayer(storePath, QStringLiteral("hidden_dangers"), QStringLiteral("id IN (%1)").arg(idList(ids)),
                                                      QStringLiteral("highlight"));
  if (!add(project, layer, QStringLiteral("highlight")))
    return nullptr;
  QgsMarkerSymbol *ring = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                                         {QStringLiteral("color"), QStringLiteral("255,255,255,0")},
                                                         {QStringLiteral("outline_color"), QStringLiteral("220,0,0,255")},
                                                         {QStringLiteral("outline_width"), QStringLiteral("0.7")},
                                                         {QStringLiteral("size"), QStringLiteral("7")}});
  QgsMarkerSymbol *dot = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("star")},
                                                        {QStringLiteral("color"), QStringLiteral("220,0,0,255")},
                                                        {QStringLiteral("outline_color"), QStringLiteral("255,255,255,255")},
                                                        {QStringLiteral("outline_width"), QStringLiteral("0.3")},
                                                        {QStringLiteral("size"), QStringLiteral("3.6")}});
  ring->appendSymbolLayer(dot->symbolLayer(0)->clone());
  delete dot;
  layer->setRenderer(new QgsSingleSymbolRenderer(ring));
  return layer;
}

QgsVectorLayer *addOutline(QgsProject *project, const QString &storePath, qint64 id)
{
  QgsVectorLayer *layer = StoreMapLayers::createLayer(storePath, QStringLiteral("admin_units"), QStringLiteral("id = %1").arg(id),
                                                      QStringLiteral("outline"));
  if (!add(project, layer, QStringLiteral("outline")))
    return nullptr;
  layer->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,230,200,70")},
                                                                               {QStringLiteral("outline_color"), QStringLiteral("220,0,0,255")},
                                                                               {QStringLiteral("outline_style"), QStringLiteral("dash")},
                                                                               {QStringLiteral("outline_width"), QStringLiteral("0.6")}})));
  // Its name, so the reader sees which village or township is meant.
  QgsPalLayerSettings name;
  name.fieldName = QStringLiteral("name");
  name.placement = QgsPalLayerSettings::OverPoint;
  name.setFormat(LayerStyles::haloText(9, NoticeLayout::kRed, true));
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(name));
  layer->setLabelsEnabled(true);
  return layer;
}

QgsRectangle extentOf(const QgsProject *project, const QgsVectorLayer *layer)
{
  // From the features themselves: a provider's extent may be the whole
  // table's, not the subset's, and a lone point has no area.
  if (!layer)
    return QgsRectangle();
  QgsRectangle box;
  box.setMinimal();
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setNoAttributes());
  while (it.nextFeature(feature))
    if (feature.hasGeometry())
      box.combineExtentWith(feature.geometry().boundingBox());
  if (box.isNull() || box.xMinimum() > box.xMaximum())
    return QgsRectangle();
  QgsCoordinateTransform toProject(layer->crs(), project->crs(), project->transformContext());
  try {
    return toProject.transformBoundingBox(box);
  } catch (const QgsCsException &) {
    return QgsRectangle();
  }
}

QgsLayoutItemMap *frame(QgsLayout *layout, const QRectF &mm, const QList<QgsMapLayer *> &layers, const QgsRectangle &extent, int page)
{
  auto *map = new QgsLayoutItemMap(layout);
  map->setFrameEnabled(true);
  map->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
  map->setBackgroundColor(QColor(250, 250, 246));
  layout->addLayoutItem(map);
  map->attemptMove(QgsLayoutPoint(mm.x(), mm.y(), QgsUnitTypes::LayoutMillimeters), true, false, page);
  map->attemptResize(QgsLayoutSize(mm.width(), mm.height(), QgsUnitTypes::LayoutMillimeters));
  map->setCrs(layout->project()->crs());
  QList<QgsMapLayer *> drawn;
  for (QgsMapLayer *l : layers)
    if (l)
      drawn << l;
  map->setLayers(drawn);
  map->setKeepLayerSet(true);
  // setExtent reshapes the item to the extent's aspect, so hand it one of the
  // frame's own shape; zoomToExtent then only settles the scale.
  const QgsRectangle fitted = NoticeLayout::withAspect(extent, mm);
  map->setExtent(fitted);
  map->zoomToExtent(fitted);
  return map;
}

} // namespace onemap::NoticeMaps
