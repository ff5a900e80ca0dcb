#include "StoreMapLayers.h"

#include "EscalatedDangers.h"
#include "FieldLabels.h"
#include "LayerStyles.h"
#include "PluginMapLayers.h"
#include "catalog/Catalog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
const char *kSpecIdProperty = "onemap/spec-id";
} // namespace

QgsVectorLayer *StoreMapLayers::createLayer(const QString &storePath, const QString &table, const QString &subset,
                                            const QString &name)
{
  QgsDataSourceUri uri;
  uri.setDatabase(storePath);
  const TableSpec *spec = Catalog::table(table);
  const bool hasGeometry = !spec || spec->hasGeometry();
  uri.setDataSource(QString(), table, hasGeometry ? QStringLiteral("geom") : QString(), subset, QStringLiteral("id"));
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  return new QgsVectorLayer(uri.uri(), name, QStringLiteral("spatialite"), options);
}

Status StoreMapLayers::load(const QString &storePath, QgsProject *project)
{
  {
    // Check (and migrate) through layers/ before QGIS touches the file.
    auto store = Store::open(storePath);
    if (!store)
      return store.status();
    QVariantMap variables = project->customVariables();
    variables.insert(QStringLiteral("onemap_county"), store.value()->meta(QStringLiteral("county_name")));
    project->setCustomVariables(variables);
  }
  QgsLayerTree *root = project->layerTreeRoot();
  QList<QgsVectorLayer *> built;
  for (const MapLayerSpec &spec : boardLayerSpecs()) {
    QgsVectorLayer *layer = createLayer(storePath, spec.table, spec.subset, spec.title);
    if (!layer->isValid()) {
      const QString why = layer->dataProvider() ? layer->dataProvider()->error().summary() : QString();
      delete layer;
      qDeleteAll(built);
      return Status::failure(QCoreApplication::translate("onemap::StoreMapLayers", "cannot build map layer %1 from %2 (table %3) %4").arg(spec.title, storePath, spec.table, why));
    }
    layer->setCustomProperty(QLatin1String(kSpecIdProperty), spec.id);
    LayerStyles::apply(layer, spec.style);
    describeFields(layer, spec.table);
    built << layer;
  }

  QVector<MapLayerSpec> specs = boardLayerSpecs();
  for (int i = 0; i < specs.size(); ++i) {
    QgsVectorLayer *layer = built[i];
    project->addMapLayer(layer, false);
    QgsLayerTreeGroup *group = root;
    if (!specs[i].group.isEmpty()) {
      group = root->findGroup(specs[i].group);
      if (!group)
        group = root->addGroup(specs[i].group);
    }
    QgsLayerTreeLayer *node = group->addLayer(layer);
    node->setItemVisibilityChecked(specs[i].visible);
    if (specs[i].style == BoardStyle::Table || specs[i].style == BoardStyle::Village || specs[i].style == BoardStyle::Road)
      node->setExpanded(false);
  }

  // The hazard plugins' tables, above the base map (their points draw over
  // it) and below the board's own themes in the legend; a broken one skips
  // its layer, never the board.
  int pluginPosition = root->children().size();
  if (QgsVectorLayer *county = layer(project, QStringLiteral("county")))
    if (QgsLayerTreeLayer *node = root->findLayer(county); node && node->parent() && node->parent() != root)
      pluginPosition = root->children().indexOf(node->parent());
  PluginMapLayers::add(storePath, project, pluginPosition);

  if (QgsVectorLayer *dangers = layer(project, QStringLiteral("hidden_dangers")))
    EscalatedDangers::refresh(dangers, storePath); // no halo rather than no map when it fails
  if (QgsVectorLayer *countyLayer = layer(project, QStringLiteral("county")); countyLayer && !countyLayer->extent().isEmpty())
    project->setCrs(gaussKrugerFor(countyLayer->extent().center().x()));
  return Status();
}

QgsVectorLayer *StoreMapLayers::layer(const QgsProject *project, const QString &specId)
{
  for (QgsMapLayer *l : project->mapLayers())
    if (l->customProperty(QLatin1String(kSpecIdProperty)).toString() == specId)
      return qobject_cast<QgsVectorLayer *>(l);
  return nullptr;
}

QgsRectangle StoreMapLayers::countyExtent(const QgsProject *project)
{
  QgsVectorLayer *county = layer(project, QStringLiteral("county"));
  if (!county || county->extent().isEmpty())
    return QgsRectangle();
  QgsCoordinateTransform toProject(county->crs(), project->crs(), project->transformContext());
  try {
    return toProject.transformBoundingBox(county->extent());
  } catch (const QgsCsException &) {
    return county->extent();
  }
}

QgsCoordinateReferenceSystem StoreMapLayers::gaussKrugerFor(double lon)
{
  // EPSG:4534 is CM 75E; one code per 3 degrees up to 4554 (CM 135E).
  const int zone = qBound(0, qRound((lon - 75.0) / 3.0), 20);
  return QgsCoordinateReferenceSystem(QStringLiteral("EPSG:%1").arg(4534 + zone));
}

void StoreMapLayers::describeFields(QgsVectorLayer *layer, const QString &table)
{
  const QgsFields fields = layer->fields();
  for (int i = 0; i < fields.count(); ++i) {
    const QString column = fields.at(i).name();
    layer->setFieldAlias(i, FieldLabels::field(column));
    const auto codes = FieldLabels::values(table, column);
    if (codes.isEmpty() || FieldLabels::isList(table, column))
      continue;
    QVariantList map;
    for (const auto &code : codes)
      map << QVariantMap {{code.second, code.first}};
    layer->setEditorWidgetSetup(i, QgsEditorWidgetSetup(QStringLiteral("ValueMap"), {{QStringLiteral("map"), map}}));
  }
}

QString StoreMapLayers::displayValue(const QgsVectorLayer *layer, int fieldIndex, const QVariant &value)
{
  const QString table = QgsDataSourceUri(layer->source()).table();
  const QString column = layer->fields().at(fieldIndex).name();
  if (FieldLabels::isList(table, column))
    return FieldLabels::value(table, column, value.toString());
  const QgsEditorWidgetSetup setup = layer->editorWidgetSetup(fieldIndex);
  QgsFieldFormatter *formatter = QgsApplication::fieldFormatterRegistry()->fieldFormatter(setup.type());
  return formatter->representValue(const_cast<QgsVectorLayer *>(layer), fieldIndex, setup.config(), QVariant(), value);
}

} // namespace onemap
