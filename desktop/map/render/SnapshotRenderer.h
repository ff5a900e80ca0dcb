#pragma once
// \brief A point layer's renderer that draws each frame from the layer's
// PointSnapshot instead of reading every feature again. It wraps the layer's
// own renderer, which stays the authority: symbols, legend, identify and
// saved styles all go to it (a saved project gets the plain renderer). When
// no snapshot fits (being built, layer in edit mode, ordered features) the
// frame is the wrapped renderer's own, so the picture is always right.
//
// How: QGIS's layer renderer asks filter() after startRender(); a frame that
// can use the snapshot answers FALSE, so SpatiaLite returns no rows, and
// stopRender() draws the snapshot (PointDrawing) and registers its labels.
#include "PointDrawing.h"
#include "SnapshotSlot.h"

#include <qgspallabeling.h>
#include <qgsrenderer.h>

#include <memory>

class QgsVectorLayer;

namespace onemap {

class SnapshotRenderer : public QgsFeatureRenderer
{
public:
  static const QString kType;

  SnapshotRenderer(QgsFeatureRenderer *inner, std::shared_ptr<SnapshotSlot> slot, QgsVectorLayer *layer);
  ~SnapshotRenderer() override;

  QgsFeatureRenderer *inner() const { return mInner.get(); }
  const std::shared_ptr<SnapshotSlot> &slot() const { return mSlot; }
  //! Whether frames of \a renderer can come from a snapshot at all.
  static bool supports(const QgsFeatureRenderer *renderer);

  SnapshotRenderer *clone() const override;
  void startRender(QgsRenderContext &context, const QgsFields &fields) override;
  void stopRender(QgsRenderContext &context) override;
  QString filter(const QgsFields &fields) override;
  void modifyRequestExtent(QgsRectangle &extent, QgsRenderContext &context) override;
  bool renderFeature(const QgsFeature &feature, QgsRenderContext &context, int layer = -1, bool selected = false,
                     bool drawVertexMarker = false) override;

  // The rest is the wrapped renderer's.
  QgsSymbol *symbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  QgsSymbol *originalSymbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  QgsSymbolList symbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  QgsSymbolList originalSymbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  QSet<QString> legendKeysForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  bool willRenderFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
  QSet<QString> usedAttributes(const QgsRenderContext &context) const override;
  bool filterNeedsGeometry() const override;
  QgsFeatureRenderer::Capabilities capabilities() override;
  QgsSymbolList symbols(QgsRenderContext &context) const override;
  QString dump() const override;
  QDomElement save(QDomDocument &doc, const QgsReadWriteContext &context) override;
  bool legendSymbolItemsCheckable() const override;
  bool legendSymbolItemChecked(const QString &key) override;
  void checkLegendSymbolItem(const QString &key, bool state = true) override;
  void setLegendSymbolItem(const QString &key, QgsSymbol *symbol) override;
  QgsLegendSymbolList legendSymbolItems() const override;
  QString legendClassificationAttribute() const override;
  bool accept(QgsStyleEntityVisitorInterface *visitor) const override;

private:
  PointDrawing::Order order() const;
  bool sameVariables(const QgsRenderContext &context) const;
  void registerLabels(const PointSnapshot &snapshot, QgsRenderContext &context);
  //! In a crowded frame, places the labels in the frame's CrowdedLabels; false when not crowded.
  bool placeCrowded(const PointSnapshot &snapshot, const QVector<int> &rows, const QVector<QPointF> &device, QgsRenderContext &context);

  std::unique_ptr<QgsFeatureRenderer> mInner;
  std::shared_ptr<SnapshotSlot> mSlot;
  QgsVectorLayer *mLayer = nullptr; //!< read on the GUI thread only (clone())

  // What one frame captured when QGIS cloned the renderer for it (GUI thread).
  std::shared_ptr<const PointSnapshot> mFrame;
  QgsFeatureIds mSelected;
  std::unique_ptr<QgsPalLayerSettings> mLabels; //!< to skip labels out of their scale range
  QString mLayerId;
  bool mDrawing = false; //!< this frame draws the snapshot
};

} // namespace onemap
