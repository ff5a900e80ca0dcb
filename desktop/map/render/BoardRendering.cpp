#include "BoardRendering.h"

#include "LabelSprites.h"
#include "SnapshotKeeper.h"

#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsmapsettings.h>
#include <qgspallabeling.h>
#include <qgsrendercontext.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScreen>
#include <QThread>

namespace onemap {

BoardRendering::BoardRendering(QgsProject *project, QObject *parent)
  : QObject(parent)
  , mProject(project)
{
  // One builder: snapshots are rebuilt rarely and must not take the cores
  // frames are drawn on.
  mPool.setMaxThreadCount(1);
  mWarmPool.setMaxThreadCount(1);
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
  mClosing = true;
  mWarmPool.waitForDone();
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
    connect(keeper, &SnapshotKeeper::snapshotReady, this, [this, vector, keeper] {
      warmLabels(keeper);
      emit layerRefreshed(vector);
    });
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

bool BoardRendering::waitUntilLabelsWarm(int timeoutMs)
{
  QElapsedTimer timer;
  timer.start();
  while (!labelsWarm() && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return labelsWarm();
}

void BoardRendering::warmLabels(SnapshotKeeper *keeper)
{
  QgsVectorLayer *layer = keeper->layer();
  if (!layer || !layer->labelsEnabled())
    return;
  const auto *simple = dynamic_cast<const QgsVectorLayerSimpleLabeling *>(layer->labeling());
  if (!simple || simple->settings().isExpression || !LabelSprites::composable(simple->settings().format()))
    return;
  std::shared_ptr<const PointSnapshot> snapshot = keeper->slot()->usable();
  const int field = snapshot ? snapshot->fields.lookupField(simple->settings().fieldName) : -1;
  if (field < 0)
    return;
  const QgsTextFormat format = simple->settings().format();
  // The resolution the canvas draws at on this screen.
  const QScreen *screen = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::primaryScreen() : nullptr;
  const double dpi = screen ? screen->logicalDotsPerInch() : 96.0;
  mWarming.ref();
  mWarmPool.start([this, snapshot, field, format, dpi] {
    // Only when a core is otherwise idle: frames and snapshot builds come first.
    QThread::currentThread()->setPriority(QThread::IdlePriority);
    QSet<QString> texts;
    for (const QgsAttributes &row : snapshot->attributes)
      texts.insert(row.value(field).toString());
    QSet<QString> characters;
    for (const QString &text : qAsConst(texts))
      for (const QString &c : QgsPalLabeling::splitToGraphemes(text))
        characters.insert(c);
    QgsMapSettings settings;
    settings.setOutputDpi(dpi);
    QgsRenderContext context = QgsRenderContext::fromMapSettings(settings);
    LabelSprites::shared().prewarm(context, format, characters, &mClosing);
    mWarming.deref();
  });
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
