#include "CrowdedLabels.h"

#include "LabelEngineAccess.h"
#include "LabelSprites.h"

#include <qgsmaplayer.h>
#include <qgsrendercontext.h>

#include <algorithm>

namespace onemap {

const QString CrowdedLabels::kProviderId = QStringLiteral("onemap-crowded");

CrowdedLabels::CrowdedLabels(QgsLabelingEngine *engine, QgsMapLayer *layer)
  : QgsAbstractLabelProvider(layer, kProviderId)
  , mEngine(engine)
{
}

CrowdedLabels *CrowdedLabels::of(QgsLabelingEngine *engine, QgsMapLayer *layer)
{
  if (!engine)
    return nullptr;
  QMutexLocker lock(&labelingEngineLock());
  for (QgsAbstractLabelProvider *provider : labelProviders(engine))
    if (provider->providerId() == kProviderId)
      return static_cast<CrowdedLabels *>(provider);
  auto *labels = new CrowdedLabels(engine, layer);
  engine->addProvider(labels);
  return labels;
}

void CrowdedLabels::addLayer(const QString &layerId, std::unique_ptr<LabelRoom> room, const QgsTextFormat &format, const QVector<QPointF> &points,
                             const QStringList &texts)
{
  QStringList order;
  for (QgsMapLayer *layer : mEngine->mapSettings().layers())
    order << layer->id();
  mFormats << format;
  mLayers.push_back(Layer {static_cast<int>(order.indexOf(layerId)), std::move(room), points, texts, static_cast<int>(mFormats.size()) - 1});
}

void CrowdedLabels::place()
{
  std::stable_sort(mLayers.begin(), mLayers.end(), [](const Layer &a, const Layer &b) { return a.order < b.order; });
  LabelGrid shared;
  QVector<QVector<Label>> placed(mLayers.size());
  for (int l = 0; l < static_cast<int>(mLayers.size()); ++l) {
    Layer &layer = mLayers[l];
    layer.room->setGrid(shared);
    for (int k = 0; k < layer.points.size(); ++k) {
      QRectF box;
      if (layer.room->take(layer.points[k], layer.texts[k], &box))
        placed[l].append(Label {layer.format, layer.texts[k], box.bottomLeft()});
    }
    shared = layer.room->grid();
  }
  // Drawn lower layers first, so an upper layer's labels are on top.
  mLabels.clear();
  for (int l = placed.size() - 1; l >= 0; --l)
    mLabels += placed[l];
  mLayers.clear();
}

QList<QgsLabelFeature *> CrowdedLabels::labelFeatures(QgsRenderContext &)
{
  return {}; // nothing for the engine to place
}

void CrowdedLabels::drawLabel(QgsRenderContext &, pal::LabelPosition *) const
{
}

void CrowdedLabels::startRender(QgsRenderContext &context)
{
  QgsAbstractLabelProvider::startRender(context);
  {
    QMutexLocker lock(&mLock);
    place();
  }
  QVector<QString> keys;
  keys.reserve(mFormats.size());
  for (const QgsTextFormat &format : qAsConst(mFormats))
    keys << LabelSprites::keyOf(format, context);
  LabelSprites &sprites = LabelSprites::shared();
  for (const Label &label : qAsConst(mLabels)) {
    if (context.renderingStopped())
      break;
    sprites.draw(context, mFormats[label.format], keys[label.format], label.text, label.bottomLeft);
  }
}

} // namespace onemap
