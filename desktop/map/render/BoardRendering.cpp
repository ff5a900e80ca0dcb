#include "BoardRendering.h"

#include "SnapshotKeeper.h"

#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QElapsedTimer>

namespace onemap {

BoardRendering::BoardRendering(QgsProject *project, QObject *parent)
  : QObject(parent)
  , mProject(project)
{
  // One builder: snapshots are rebuilt rarely and must not take the cores
  // frames are drawn on.
  mPool.setMaxThreadCount(1);
  adopt(project->mapLayers().values());
  connect(project, &QgsProject::layersAdded, this, &BoardRendering::adopt);
  connect(project, qOverload<const QStringList &>(&QgsProject::layersWillBeRemoved), this, [this](const QStringList &ids) {
    for (const QString &id : ids)
      if (auto *layer = qobject_cast<QgsVectorLayer *>(mProject->mapLayer(id)))
        if (SnapshotKeeper *keeper = mKeepers.take(layer))
          keeper->retire();
  });
}

BoardRendering::~BoardRendering()
{
  mPool.waitForDone(); // no build posts to a deleted keeper
  qDeleteAll(mKeepers);
}

void BoardRendering::adopt(const QList<QgsMapLayer *> &layers)
{
  for (QgsMapLayer *layer : layers) {
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    if (!SnapshotKeeper::suits(vector) || mKeepers.contains(vector))
      continue;
    auto *keeper = new SnapshotKeeper(vector, &mPool);
    connect(keeper, &SnapshotKeeper::snapshotReady, this, [this, vector] { emit layerRefreshed(vector); });
    mKeepers.insert(vector, keeper);
  }
}

SnapshotKeeper *BoardRendering::keeper(const QgsVectorLayer *layer) const { return mKeepers.value(layer); }

QList<SnapshotKeeper *> BoardRendering::keepers() const { return mKeepers.values(); }

bool BoardRendering::isReady() const
{
  for (SnapshotKeeper *keeper : mKeepers)
    if (!keeper->isReady())
      return false;
  return true;
}

bool BoardRendering::waitUntilReady(int timeoutMs)
{
  QElapsedTimer timer;
  timer.start();
  while (!isReady() && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return isReady();
}

QString BoardRendering::tableOf(const QgsMapLayer *layer)
{
  if (!layer || layer->providerType() != QLatin1String("spatialite"))
    return QString();
  return QgsDataSourceUri(layer->source()).table();
}

void BoardRendering::rowsChanged(const QString &table, const QgsFeatureIds &ids)
{
  for (SnapshotKeeper *keeper : mKeepers)
    if (tableOf(keeper->layer()) == table)
      keeper->featuresChanged(ids);
}

void BoardRendering::tableChanged(const QString &table)
{
  for (SnapshotKeeper *keeper : mKeepers)
    if (tableOf(keeper->layer()) == table)
      keeper->dataChanged();
}

} // namespace onemap
