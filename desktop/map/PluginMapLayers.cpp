#include "PluginMapLayers.h"

#include "api/HazardPlugin.h"
#include "plugins/BoardPlugins.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QtDebug>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

namespace onemap::PluginMapLayers {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("onemap::PluginMapLayers", text); }

// The QML as a DOM document; QDomDocument reads no DTD or external entity.
bool parseQml(const QString &qml, QDomDocument *doc, QString *why)
{
  QString text = qml;
  if (qml.startsWith(QLatin1String(":/"))) {
    QFile file(qml);
    if (!file.open(QIODevice::ReadOnly)) {
      *why = tr("style resource %1 not found").arg(qml);
      return false;
    }
    text = QString::fromUtf8(file.readAll());
  }
  QString message;
  int line = 0, column = 0;
  if (!doc->setContent(text, &message, &line, &column)) {
    *why = tr("style QML does not parse (line %1, column %2: %3)").arg(line).arg(column).arg(message);
    return false;
  }
  if (doc->documentElement().tagName() != QLatin1String("qgis")) {
    *why = tr("style QML is not a QGIS style (root element <%1>)").arg(doc->documentElement().tagName());
    return false;
  }
  return true;
}

bool tableExists(sqlite3 *db, const QString &table)
{
  SqlStatement q(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1"));
  q.bind(1, table);
  return q.next();
}

QString geometryColumn(sqlite3 *db, const QString &table)
{
  SqlStatement q(db, QStringLiteral("SELECT f_geometry_column FROM geometry_columns WHERE lower(f_table_name) = lower(?1) LIMIT 1"));
  q.bind(1, table);
  return q.next() ? q.text(0) : QString();
}

QString layerFor(const PluginEntry &e, const LayerStyle &style, sqlite3 *db, const QString &storePath, QgsVectorLayer **out)
{
  if (style.table.isEmpty() || !tableExists(db, style.table))
    return tr("table %1 does not exist").arg(style.table);
  QDomDocument doc;
  QString why;
  if (!parseQml(style.qml, &doc, &why))
    return why;
  QgsDataSourceUri uri;
  uri.setDatabase(storePath);
  uri.setDataSource(QString(), style.table, geometryColumn(db, style.table), QString(), QStringLiteral("id"));
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto *layer = new QgsVectorLayer(uri.uri(), style.title.isEmpty() ? style.table : style.title, QStringLiteral("spatialite"), options);
  if (!layer->isValid()) {
    const QString provider = layer->dataProvider() ? layer->dataProvider()->error().summary() : QString();
    delete layer;
    return tr("table %1 cannot be read as a layer %2").arg(style.table, provider);
  }
  QString styleError;
  if (!layer->importNamedStyle(doc, styleError, QgsMapLayer::AllStyleCategories)) {
    delete layer;
    return tr("style of %1 not applied: %2").arg(style.table, styleError);
  }
  layer->setCustomProperty(QStringLiteral("onemap/spec-id"), specId(e.id, style.table));
  layer->setCustomProperty(QLatin1String(kPluginIdProperty), e.id);
  *out = layer;
  return QString();
}

} // namespace

QString specId(const QString &pluginId, const QString &table) { return QStringLiteral("plugin:%1:%2").arg(pluginId, table); }

QStringList add(const QString &storePath, QgsProject *project, int position)
{
  QStringList problems;
  PluginRegistry &registry = BoardPlugins::registry();
  if (registry.loadedPlugins().isEmpty())
    return problems;
  BoardPlugins::start(storePath); // their tables exist before QGIS looks for them
  auto store = Store::open(storePath);
  if (!store)
    return {store.message()};
  for (const PluginEntry &e : registry.entries()) {
    if (e.state != PluginEntry::State::Loaded)
      continue;
    QVector<LayerStyle> styles;
    try {
      styles = e.plugin->layerStyles();
    } catch (...) {
      problems << tr("Plugin %1: its layer styles failed").arg(BoardPlugins::displayName(e));
      BoardPlugins::noteProblem(e.id, problems.last());
      continue;
    }
    QgsLayerTreeGroup *group = nullptr;
    for (const LayerStyle &style : styles) {
      QgsVectorLayer *layer = nullptr;
      const QString why = layerFor(e, style, store.value()->handle(), storePath, &layer);
      if (!why.isEmpty()) {
        const QString problem = tr("Plugin %1: layer %2 skipped: %3").arg(BoardPlugins::displayName(e), style.title.isEmpty() ? style.table : style.title, why);
        qWarning().noquote() << problem;
        problems << problem;
        BoardPlugins::noteProblem(e.id, problem);
        continue;
      }
      if (!group) {
        group = project->layerTreeRoot()->insertGroup(position++, BoardPlugins::displayName(e));
        group->setCustomProperty(QLatin1String(kPluginIdProperty), e.id);
      }
      project->addMapLayer(layer, false);
      QgsLayerTreeLayer *node = group->addLayer(layer);
      // Area layers (forests, flood zones, drought levels) would cover the
      // warnings in colours like theirs: they start unticked, points and lines show.
      if (node && layer->geometryType() == QgsWkbTypes::PolygonGeometry)
        node->setItemVisibilityChecked(false);
    }
  }
  return problems;
}

} // namespace onemap::PluginMapLayers
