#include "StepViews.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QSet>
#include <algorithm>
#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap::StepViews {

namespace {

bool isSkipped(const QgsMapLayer *layer)
{
  return layer->customProperty(QLatin1String(kSkipProperty)).toString() == QLatin1String(kSkipValue);
}

// A view saved from the map; a template's step carries layer groups only.
bool isSaved(const StepView &view) { return !view.layerIds.isEmpty() || view.hasExtent(); }

void applyLayers(const StepView &view, QgsProject *project)
{
  const QSet<QString> on(view.layerIds.begin(), view.layerIds.end());
  const bool saved = isSaved(view);
  const QSet<QString> groups(view.layerGroups.begin(), view.layerGroups.end());
  for (QgsLayerTreeLayer *node : project->layerTreeRoot()->findLayers()) {
    const QString key = layerKey(node->layer());
    if (key.isEmpty())
      continue;
    if (saved) {
      if (on.contains(key))
        node->setItemVisibilityCheckedParentRecursive(true);
      else
        node->setItemVisibilityChecked(false);
    } else if (groups.contains(storeTable(node->layer())) || groups.contains(key)) {
      node->setItemVisibilityCheckedParentRecursive(true);
    }
  }
}

void applyHighlights(const StepView &view, QgsProject *project)
{
  QHash<QString, QgsFeatureIds> byTable;
  for (const ObjectRef &r : view.highlights)
    byTable[r.table].insert(r.id);
  for (QgsMapLayer *l : project->mapLayers()) {
    auto *layer = qobject_cast<QgsVectorLayer *>(l);
    if (!layer || layerKey(layer).isEmpty())
      continue;
    const QgsFeatureIds wanted = byTable.value(storeTable(layer));
    if (wanted.isEmpty()) {
      layer->removeSelection();
      continue;
    }
    // Several layers read one table through subsets (townships and villages
    // of admin_units): each selects only the rows it holds.
    QgsFeatureIds found;
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures(QgsFeatureRequest().setFilterFids(wanted).setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry));
    while (it.nextFeature(f))
      found.insert(f.id());
    if (found.isEmpty())
      layer->removeSelection();
    else
      layer->selectByIds(found);
  }
}

void applyExtent(const StepView &view, QgsMapCanvas *canvas, const QgsProject *project)
{
  QgsRectangle extent(view.xmin, view.ymin, view.xmax, view.ymax);
  const QgsCoordinateReferenceSystem from(view.crs);
  const QgsCoordinateReferenceSystem to = canvas->mapSettings().destinationCrs();
  if (from.isValid() && to.isValid() && from != to) {
    try {
      extent = QgsCoordinateTransform(from, to, project->transformContext()).transformBoundingBox(extent);
    } catch (const QgsCsException &) {
      return; // an extent that cannot be placed: keep the current one
    }
  }
  canvas->setExtent(extent);
}

} // namespace

QString layerKey(const QgsMapLayer *layer)
{
  if (!layer || isSkipped(layer))
    return QString();
  const QString specId = layer->customProperty(QStringLiteral("onemap/spec-id")).toString();
  return specId.isEmpty() ? layer->name() : specId;
}

void skipLayer(QgsMapLayer *layer)
{
  if (layer)
    layer->setCustomProperty(QLatin1String(kSkipProperty), QLatin1String(kSkipValue));
}

QString storeTable(const QgsMapLayer *layer)
{
  if (!layer || layer->providerType() != QLatin1String("spatialite"))
    return QString();
  return QgsDataSourceUri(layer->source()).table();
}

StepView capture(const QgsMapCanvas *canvas, const QgsProject *project, const QStringList &boards)
{
  StepView view;
  view.boards = boards;
  for (QgsLayerTreeLayer *node : project->layerTreeRoot()->findLayers()) {
    const QString key = layerKey(node->layer());
    if (!key.isEmpty() && node->isVisible() && !view.layerIds.contains(key))
      view.layerIds << key;
  }

  const QgsRectangle extent = canvas->extent();
  view.xmin = extent.xMinimum();
  view.ymin = extent.yMinimum();
  view.xmax = extent.xMaximum();
  view.ymax = extent.yMaximum();
  view.crs = canvas->mapSettings().destinationCrs().authid();

  // The spatialite layers are keyed on the table's id column, so a fid is the row id.
  QSet<QPair<QString, qint64>> seen;
  for (QgsMapLayer *l : project->mapLayers()) {
    auto *layer = qobject_cast<QgsVectorLayer *>(l);
    const QString table = storeTable(layer);
    if (table.isEmpty() || layerKey(layer).isEmpty())
      continue;
    const QgsFeatureIds ids = layer->selectedFeatureIds();
    for (QgsFeatureId id : ids)
      if (!seen.contains({table, id})) {
        seen.insert({table, id});
        view.highlights << ObjectRef {table, id};
      }
  }
  std::sort(view.highlights.begin(), view.highlights.end(), [](const ObjectRef &a, const ObjectRef &b) {
    return a.table != b.table ? a.table < b.table : a.id < b.id;
  });
  if (view.highlights.size() > kMaxHighlights)
    view.highlights.resize(kMaxHighlights);
  return view;
}

void apply(const StepView &view, QgsMapCanvas *canvas, QgsProject *project)
{
  if (!project)
    return;
  applyLayers(view, project);
  if (isSaved(view))
    applyHighlights(view, project);
  if (canvas && view.hasExtent())
    applyExtent(view, canvas, project);
  if (canvas)
    canvas->refresh();
}

QByteArray snapshot(const QgsMapCanvas *canvas, const QgsProject *project, int maxWidth)
{
  QgsMapSettings settings = canvas->mapSettings();
  if (project) {
    // What the layer tree shows now, in its drawing order (a custom order included).
    QList<QgsMapLayer *> layers;
    const QgsLayerTree *root = project->layerTreeRoot();
    for (QgsMapLayer *layer : root->layerOrder())
      if (const QgsLayerTreeLayer *node = root->findLayer(layer); node && node->isVisible())
        layers << layer;
    settings.setLayers(layers);
  }
  QSize size = settings.outputSize();
  if (size.isEmpty())
    return QByteArray();
  if (size.width() > maxWidth)
    size = QSize(maxWidth, qMax(1, qRound(size.height() * double(maxWidth) / size.width())));
  settings.setOutputSize(size);
  settings.setDevicePixelRatio(1);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  if (!job.renderedImage().save(&buffer, "PNG"))
    return QByteArray();
  return png;
}

} // namespace onemap::StepViews
