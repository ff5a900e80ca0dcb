#include "SnapshotRenderer.h"

#include <qgslabelingengine.h>
#include <qgsrendercontext.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayerlabelprovider.h>

#include <QMutex>

namespace onemap {

const QString SnapshotRenderer::kType = QStringLiteral("onemapSnapshot");

namespace {

// Held while reading the engine's provider list from render threads.
QMutex &labelingEngineLock()
{
  static QMutex lock;
  return lock;
}

bool hasScaleRanges(QgsRuleBasedRenderer::Rule *rule)
{
  if (rule->dependsOnScale())
    return true;
  for (QgsRuleBasedRenderer::Rule *child : rule->children())
    if (hasScaleRanges(child))
      return true;
  return false;
}

bool labelsInScale(const QgsPalLayerSettings &s, double scale)
{
  if (!s.scaleVisibility)
    return true;
  return (qgsDoubleNear(s.minimumScale, 0) || scale <= s.minimumScale) && (qgsDoubleNear(s.maximumScale, 0) || scale >= s.maximumScale);
}

} // namespace

SnapshotRenderer::SnapshotRenderer(QgsFeatureRenderer *inner, std::shared_ptr<SnapshotSlot> slot, QgsVectorLayer *layer)
  : QgsFeatureRenderer(kType)
  , mInner(inner)
  , mSlot(std::move(slot))
  , mLayer(layer)
{
  mInner->copyRendererData(this);
}

SnapshotRenderer::~SnapshotRenderer()
{
  // QGIS deletes a frame's renderer on the GUI thread; the frame's snapshot
  // may have been replaced meanwhile, making this the last reference.
  releaseOffThread(mFrame);
}

bool SnapshotRenderer::supports(const QgsFeatureRenderer *renderer)
{
  if (!renderer)
    return false;
  const QString type = renderer->type();
  if (type == QLatin1String("RuleRenderer"))
    return !hasScaleRanges(const_cast<QgsRuleBasedRenderer *>(static_cast<const QgsRuleBasedRenderer *>(renderer))->rootRule());
  return type == QLatin1String("singleSymbol") || type == QLatin1String("categorizedSymbol") || type == QLatin1String("graduatedSymbol");
}

SnapshotRenderer *SnapshotRenderer::clone() const
{
  auto *copy = new SnapshotRenderer(mInner->clone(), mSlot, mLayer);
  // QGIS clones the layer's renderer for each frame on the GUI thread: the
  // frame's snapshot, selection and labels are taken here, never later.
  copy->mFrame = mSlot->usable();
  if (copy->mFrame && mLayer && !mLayer->isEditable() && !mInner->orderByEnabled()) {
    copy->mSelected = mLayer->selectedFeatureIds();
    copy->mLayerId = mLayer->id();
    if (mLayer->labelsEnabled())
      if (auto *simple = dynamic_cast<const QgsVectorLayerSimpleLabeling *>(mLayer->labeling()))
        copy->mLabels = std::make_unique<QgsPalLayerSettings>(simple->settings());
  } else {
    copy->mFrame.reset();
  }
  return copy;
}

PointDrawing::Order SnapshotRenderer::order() const
{
  if (mInner->type() == QLatin1String("RuleRenderer"))
    return PointDrawing::Order::LevelsByFeature; // its render queue, levels or not
  if (mInner->usingSymbolLevels() && (mInner->capabilities() & QgsFeatureRenderer::SymbolLevels))
    return PointDrawing::Order::LevelsBySymbol;
  return PointDrawing::Order::ByFeature;
}

void SnapshotRenderer::startRender(QgsRenderContext &context, const QgsFields &fields)
{
  QgsFeatureRenderer::startRender(context, fields);
  mInner->startRender(context, fields);
  mDrawing = mFrame && context.painter();
}

QString SnapshotRenderer::filter(const QgsFields &fields)
{
  return mDrawing ? QStringLiteral("FALSE") : mInner->filter(fields);
}

void SnapshotRenderer::modifyRequestExtent(QgsRectangle &extent, QgsRenderContext &context)
{
  if (!mDrawing) {
    mInner->modifyRequestExtent(extent, context);
    return;
  }
  // A sliver in a corner: the spatial index answers at once, with nothing.
  extent = QgsRectangle(extent.xMinimum(), extent.yMinimum(), extent.xMinimum() + extent.width() * 1e-9,
                        extent.yMinimum() + extent.height() * 1e-9);
}

bool SnapshotRenderer::renderFeature(const QgsFeature &feature, QgsRenderContext &context, int layer, bool selected, bool drawVertexMarker)
{
  if (mDrawing)
    return true; // already drawn from the snapshot
  return mInner->renderFeature(feature, context, layer, selected, drawVertexMarker);
}

void SnapshotRenderer::stopRender(QgsRenderContext &context)
{
  if (mDrawing) {
    PointDrawing::draw(*mFrame, mInner->symbols(context), order(), context, mSelected);
    if (mLabels && context.labelingEngine() && labelsInScale(*mLabels, context.rendererScale()))
      registerLabels(*mFrame, context);
    ++mSlot->snapshotFrames;
  } else if (context.painter()) {
    ++mSlot->plainFrames;
  }
  mInner->stopRender(context);
  QgsFeatureRenderer::stopRender(context);
  mDrawing = false;
}

namespace {

// The label provider QGIS's layer renderer made and prepared for this layer
// when the frame began: labels registered with it are placed exactly as
// QGIS would place them. The engine keeps its providers protected; a member
// pointer taken through a subclass reads them without changing QGIS.
struct EngineProviders : QgsLabelingEngine
{
  static QList<QgsAbstractLabelProvider *> QgsLabelingEngine::*member() { return &EngineProviders::mProviders; }
};

QgsVectorLayerLabelProvider *layerProvider(QgsLabelingEngine *engine, const QString &layerId)
{
  QMutexLocker lock(&labelingEngineLock());
  for (QgsAbstractLabelProvider *provider : engine->*EngineProviders::member())
    if (provider->layerId() == layerId && provider->providerId().isEmpty())
      if (auto *vector = dynamic_cast<QgsVectorLayerLabelProvider *>(provider))
        return vector;
  return nullptr;
}

} // namespace

void SnapshotRenderer::registerLabels(const PointSnapshot &snapshot, QgsRenderContext &context)
{
  QgsVectorLayerLabelProvider *provider = layerProvider(context.labelingEngine(), mLayerId);
  if (!provider)
    return;
  const QgsSymbolList all = mInner->symbols(context);
  for (int row : PointDrawing::rowsInExtent(snapshot, context)) {
    if (context.renderingStopped())
      break;
    QgsFeature feature = snapshot.feature(row);
    context.expressionContext().setFeature(feature);
    QgsSymbolList symbols;
    for (int i : snapshot.symbolSets[snapshot.symbolSet[row]])
      if (i < all.size())
        symbols << all[i];
    const QgsGeometry obstacle = QgsVectorLayerLabelProvider::getPointObstacleGeometry(feature, context, symbols);
    provider->registerFeature(feature, context, obstacle, symbols.value(0));
  }
}

QgsSymbol *SnapshotRenderer::symbolForFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->symbolForFeature(f, c); }
QgsSymbol *SnapshotRenderer::originalSymbolForFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->originalSymbolForFeature(f, c); }
QgsSymbolList SnapshotRenderer::symbolsForFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->symbolsForFeature(f, c); }
QgsSymbolList SnapshotRenderer::originalSymbolsForFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->originalSymbolsForFeature(f, c); }
QSet<QString> SnapshotRenderer::legendKeysForFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->legendKeysForFeature(f, c); }
bool SnapshotRenderer::willRenderFeature(const QgsFeature &f, QgsRenderContext &c) const { return mInner->willRenderFeature(f, c); }
QSet<QString> SnapshotRenderer::usedAttributes(const QgsRenderContext &c) const { return mInner->usedAttributes(c); }
bool SnapshotRenderer::filterNeedsGeometry() const { return mInner->filterNeedsGeometry(); }
QgsFeatureRenderer::Capabilities SnapshotRenderer::capabilities() { return mInner->capabilities(); }
QgsSymbolList SnapshotRenderer::symbols(QgsRenderContext &c) const { return mInner->symbols(c); }
QString SnapshotRenderer::dump() const { return mInner->dump(); }
QDomElement SnapshotRenderer::save(QDomDocument &doc, const QgsReadWriteContext &c) { return mInner->save(doc, c); }
bool SnapshotRenderer::legendSymbolItemsCheckable() const { return mInner->legendSymbolItemsCheckable(); }
bool SnapshotRenderer::legendSymbolItemChecked(const QString &key) { return mInner->legendSymbolItemChecked(key); }
void SnapshotRenderer::checkLegendSymbolItem(const QString &key, bool state) { mInner->checkLegendSymbolItem(key, state); }
void SnapshotRenderer::setLegendSymbolItem(const QString &key, QgsSymbol *symbol) { mInner->setLegendSymbolItem(key, symbol); }
QgsLegendSymbolList SnapshotRenderer::legendSymbolItems() const { return mInner->legendSymbolItems(); }
QString SnapshotRenderer::legendClassificationAttribute() const { return mInner->legendClassificationAttribute(); }
bool SnapshotRenderer::accept(QgsStyleEntityVisitorInterface *visitor) const { return mInner->accept(visitor); }

} // namespace onemap
