#include "SnapshotKeeper.h"

#include "SnapshotBuild.h"
#include "SnapshotRenderer.h"

#include <qgsexpressioncontextutils.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QDomDocument>
#include <QThreadPool>
#include <QTimer>

namespace onemap {

namespace {

SnapshotRenderer *wrapperOf(QgsVectorLayer *layer)
{
  return layer ? dynamic_cast<SnapshotRenderer *>(layer->renderer()) : nullptr;
}

} // namespace

SnapshotKeeper::SnapshotKeeper(QgsVectorLayer *layer, QThreadPool *pool, QObject *parent)
  : QObject(parent)
  , mLayer(layer)
  , mPool(pool)
  , mSlot(std::make_shared<SnapshotSlot>())
{
  if (!suits(layer))
    return;
  layer->setRenderer(new SnapshotRenderer(layer->renderer()->clone(), mSlot, layer));

  connect(layer, &QgsMapLayer::dataChanged, this, &SnapshotKeeper::dataChanged);
  connect(layer, &QgsVectorLayer::subsetStringChanged, this, &SnapshotKeeper::dataChanged);
  connect(layer, &QgsVectorLayer::editingStopped, this, &SnapshotKeeper::dataChanged);
  connect(layer, &QgsMapLayer::styleChanged, this, &SnapshotKeeper::contextChanged);
  connect(layer, &QgsMapLayer::rendererChanged, this, &SnapshotKeeper::contextChanged);
  connect(layer, &QgsMapLayer::customPropertyChanged, this, &SnapshotKeeper::contextChanged);
  if (QgsProject *project = layer->project())
    connect(project, &QgsProject::customVariablesChanged, this, &SnapshotKeeper::contextChanged);
  // Rules comparing dates with today (overdue) change at midnight.
  auto *day = new QTimer(this);
  connect(day, &QTimer::timeout, this, &SnapshotKeeper::contextChanged);
  day->start(60 * 1000);
  contextChanged();
}

SnapshotKeeper::~SnapshotKeeper() = default;

void SnapshotKeeper::retire()
{
  mLayer = nullptr;
  if (mRunning)
    mRetired = true; // finished() deletes it: the worker's result is posted to this object
  else
    deleteLater();
}

bool SnapshotKeeper::suits(const QgsVectorLayer *layer)
{
  return layer && layer->isValid() && layer->geometryType() == QgsWkbTypes::PointGeometry && SnapshotRenderer::supports(layer->renderer());
}

bool SnapshotKeeper::isReady() const
{
  return !mRunning && !mFullPending && mPendingIds.isEmpty() && mSlot->isCurrent();
}

QString SnapshotKeeper::rendererKey() const
{
  SnapshotRenderer *wrapper = wrapperOf(mLayer);
  if (!wrapper)
    return QString();
  // The renderer as saved: rules, categories, symbols, check states.
  QDomDocument doc;
  doc.appendChild(wrapper->inner()->save(doc, QgsReadWriteContext()));
  return doc.toString(-1);
}

QString SnapshotKeeper::contextKey() const
{
  // What else the symbols depend on besides the rows: the subset, the
  // variables the expressions read and today's date.
  QString key = mLayer->subsetString();
  std::unique_ptr<QgsExpressionContextScope> layerScope(QgsExpressionContextUtils::layerScope(mLayer));
  for (const QString &name : layerScope->variableNames())
    key += QLatin1Char('\n') + name + QLatin1Char('=') + layerScope->variable(name).toString();
  if (QgsProject *project = mLayer->project()) {
    const QVariantMap variables = project->customVariables();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
      key += QLatin1Char('\n') + it.key() + QLatin1Char('=') + it.value().toString();
  }
  return key + QLatin1Char('\n') + QDate::currentDate().toString(Qt::ISODate);
}

void SnapshotKeeper::contextChanged()
{
  if (!wrapperOf(mLayer)) {
    // The renderer was replaced by one without the wrapper: plain frames from now on.
    mSlot->setWanted(QString(), QString());
    return;
  }
  const QString renderer = rendererKey();
  const QString key = renderer + QLatin1Char('\n') + contextKey();
  if (key == mSlot->wanted())
    return;
  mSlot->setWanted(key, renderer); // see SnapshotSlot::usable() for what frames draw meanwhile
  mFullPending = true;
  schedule();
}

void SnapshotKeeper::dataChanged()
{
  if (!wrapperOf(mLayer))
    return;
  mFullPending = true; // frames keep the previous snapshot meanwhile
  schedule();
}

void SnapshotKeeper::featuresChanged(const QgsFeatureIds &ids)
{
  if (!wrapperOf(mLayer) || ids.isEmpty())
    return;
  mPendingIds.unite(ids);
  schedule();
}

void SnapshotKeeper::schedule()
{
  SnapshotRenderer *wrapper = wrapperOf(mLayer);
  if (mRunning || !wrapper)
    return;
  const QString key = mSlot->wanted();
  std::shared_ptr<const PointSnapshot> base = mSlot->current();
  const bool full = mFullPending || !base || base->key != key;
  if (!full && mPendingIds.isEmpty())
    return;
  std::shared_ptr<SnapshotInput> input(SnapshotInput::from(mLayer, *wrapper->inner(), key, rendererKey()).release());
  const QgsFeatureIds ids = mPendingIds;
  mFullPending = false;
  mPendingIds.clear();
  mRunning = true;
  ++(full ? mFullBuilds : mPatches);
  mPool->start([this, input, base, ids, full] {
    std::shared_ptr<PointSnapshot> built = full ? buildSnapshot(*input) : updateSnapshot(*base, *input, ids);
    QMetaObject::invokeMethod(this, [this, built] { finished(built); }, Qt::QueuedConnection);
  });
}

void SnapshotKeeper::finished(std::shared_ptr<PointSnapshot> built)
{
  mRunning = false;
  if (mRetired) {
    deleteLater();
    return;
  }
  if (built && built->key == mSlot->wanted()) {
    std::shared_ptr<const PointSnapshot> replaced = mSlot->current();
    mSlot->setCurrent(built);
    releaseOffThread(replaced); // not on the GUI thread
    if (mLayer)
      mLayer->triggerRepaint(); // only this layer's cached image is dropped
    emit snapshotReady();
  }
  schedule();
}

} // namespace onemap
