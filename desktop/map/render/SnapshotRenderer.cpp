#include "SnapshotRenderer.h"

#include "CrowdedLabels.h"
#include "LabelEngineAccess.h"
#include "LabelRoom.h"

#include <qgsexpressioncontextutils.h>
#include <qgslabelingengine.h>
#include <qgsproperty.h>
#include <qgsrendercontext.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayerlabelprovider.h>

#include <QMutex>

namespace onemap {

const QString SnapshotRenderer::kType = QStringLiteral("onemapSnapshot");

namespace {

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

bool SnapshotRenderer::sameVariables(const QgsRenderContext &context) const
{
  // The layer renderer puts its layer in the context: a copy of this
  // renderer on another layer (a cloned layer) must not draw this one's points.
  if (context.expressionContext().variable(QStringLiteral("layer_id")).toString() != mLayerId)
    return false;
  for (auto it = mFrame->variables.cbegin(); it != mFrame->variables.cend(); ++it)
    if (context.expressionContext().variable(it.key()) != it.value())
      return false; // e.g. a wall pinned to another moment: draw it the plain way
  return true;
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
  mDrawing = mFrame && context.painter() && sameVariables(context);
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

// A frame is crowded for a layer when LabelRoom finds no room for more than
// this share of its labels. Below it the engine searches around every point
// itself and QGIS draws every label, exactly as for a plain layer (and
// quickly: few candidates collide). In the sample county at 1:40000 the
// busiest layer finds no room for 29% of its labels; at a zoomed wall view
// of the scale-400 county, for most of them.
constexpr double kCrowdedShare = 0.5;

// The provider QGIS's layer renderer gave the engine for this layer when
// the frame began; it gets no features from a snapshot frame but is
// prepared and weighed in its usual order. Null when there is none.
QgsVectorLayerLabelProvider *qgisProvider(QgsLabelingEngine *engine, const QString &layerId)
{
  QMutexLocker lock(&labelingEngineLock());
  for (QgsAbstractLabelProvider *provider : labelProviders(engine))
    if (provider->layerId() == layerId && provider->providerId().isEmpty())
      if (auto *vector = dynamic_cast<QgsVectorLayerLabelProvider *>(provider))
        return vector;
  return nullptr;
}

} // namespace

bool SnapshotRenderer::placeCrowded(const PointSnapshot &snapshot, const QVector<int> &rows, const QVector<QPointF> &device,
                                    QgsRenderContext &context)
{
  const int textField = snapshot.fields.lookupField(mLabels->fieldName);
  if (textField < 0 || snapshot.attributes.isEmpty() || rows.isEmpty())
    return false;
  // Crowded? This layer's labels alone, in a label space of their own.
  auto room = std::make_unique<LabelRoom>(*mLabels, context);
  if (!room->isActive())
    return false;
  QStringList texts;
  texts.reserve(rows.size());
  int without = 0;
  for (int k = 0; k < rows.size(); ++k) {
    texts << snapshot.attributes[rows[k]].value(textField).toString();
    if (!room->take(device[k], texts.last()))
      ++without;
  }
  if (without <= kCrowdedShare * rows.size())
    return false; // not crowded: QGIS places them, as for a plain layer
  CrowdedLabels *crowded = CrowdedLabels::of(context.labelingEngine(), mLayer);
  if (!crowded)
    return false;
  QMutexLocker lock(&crowded->lock());
  crowded->addLayer(mLayerId, std::move(room), mLabels->format(), device, texts);
  return true;
}

void SnapshotRenderer::registerLabels(const PointSnapshot &snapshot, QgsRenderContext &context)
{
  const QVector<int> rows = PointDrawing::rowsInExtent(snapshot, context);
  const QVector<QPointF> device = PointDrawing::devicePoints(snapshot, rows, context);
  if (placeCrowded(snapshot, rows, device, context))
    return;
  // QGIS's own provider: the features it would have read, in the same order.
  QgsVectorLayerLabelProvider *provider = qgisProvider(context.labelingEngine(), mLayerId);
  if (!provider)
    return;
  const QgsSymbolList all = mInner->symbols(context);
  for (int k = 0; k < rows.size(); ++k) {
    if (context.renderingStopped())
      break;
    const int row = rows[k];
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
