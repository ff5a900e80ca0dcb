#include "LiveLayers.h"

#include "BoardRendering.h"
#include "SnapshotKeeper.h"

#include <qgsdatasourceuri.h>
#include <qgsmessagelog.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace onemap {

LiveLayers::LiveLayers(QgsProject *project, const QString &storePath, QObject *parent, int intervalMs)
  : QObject(parent)
  , mProject(project)
  , mRendering(new BoardRendering(project, this))
{
  if (storePath.isEmpty())
    return;
  auto *watch = new StoreWatch(storePath, this, intervalMs);
  if (!watch->isValid()) {
    QgsMessageLog::logMessage(watch->error(), QStringLiteral("OneMap"), Qgis::MessageLevel::Warning);
    delete watch;
    return;
  }
  mWatch = watch;
  connect(mWatch, &StoreWatch::changed, this, &LiveLayers::apply);
}

LiveLayers::~LiveLayers() = default;

QString LiveLayers::storeOf(const QgsProject *project)
{
  for (QgsMapLayer *layer : project->mapLayers())
    if (layer->providerType() == QLatin1String("spatialite"))
      return QgsDataSourceUri(layer->source()).database();
  return QString();
}

void LiveLayers::apply(const StoreChange &change)
{
  if (!mProject || change.isEmpty())
    return;
  QStringList touched;
  for (QgsMapLayer *layer : mProject->mapLayers()) {
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    const QString table = BoardRendering::tableOf(vector);
    if (table.isEmpty())
      continue;
    const bool whole = change.unknown || change.wholeTables.contains(table);
    if (!whole && !change.rows.contains(table))
      continue;
    touched << layer->id();
    if (SnapshotKeeper *keeper = mRendering->keeper(vector)) {
      if (whole) {
        keeper->dataChanged();
      } else {
        QgsFeatureIds ids;
        for (qint64 id : change.rows.value(table))
          ids.insert(id);
        keeper->featuresChanged(ids);
      }
      continue; // the keeper repaints the layer when its snapshot is patched
    }
    // Plain layers read the table at every frame; the provider only keeps
    // its extent and count until asked.
    vector->dataProvider()->updateExtents();
    vector->updateExtents();
    vector->triggerRepaint();
  }
  emit applied(change, touched);
}

} // namespace onemap
