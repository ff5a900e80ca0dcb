#pragma once
// \brief The labels of a frame's crowded snapshot layers ("labels only where
// they fit"). In a crowded frame (LabelRoom finds no room for most of a
// layer's labels) the board decides each label's place itself, in one label
// space shared by all crowded layers of the frame, so those labels never
// collide and QGIS's label engine has nothing left to search: they skip it
// and are drawn here, from LabelSprites, when the engine starts drawing
// labels (above every layer, below the labels the engine placed).
// One per frame, owned by the frame's labeling engine.
#include "LabelRoom.h"

#include <qgslabelingengine.h>
#include <qgstextformat.h>

#include <QMutex>
#include <QVector>

namespace onemap {

class CrowdedLabels : public QgsAbstractLabelProvider
{
public:
  static const QString kProviderId;

  //! The frame's crowded labels, added to \a engine by the first layer that
  //! asks (\a layer names the provider). Null without an engine.
  static CrowdedLabels *of(QgsLabelingEngine *engine, QgsMapLayer *layer);

  //! Held while a layer reads the label space, places labels and adds them.
  QMutex &lock() { return mLock; }
  const LabelGrid &grid() const { return mGrid; }
  void setGrid(const LabelGrid &grid) { mGrid = grid; }

  //! A text format for add() (one per layer).
  int addFormat(const QgsTextFormat &format);
  //! A label of \a text whose box's bottom-left corner is \a bottomLeft (device pixels).
  void add(int format, const QString &text, const QPointF &bottomLeft);
  int size() const { return mLabels.size(); }

  QList<QgsLabelFeature *> labelFeatures(QgsRenderContext &context) override;
  void drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const override;
  void startRender(QgsRenderContext &context) override;

private:
  explicit CrowdedLabels(QgsMapLayer *layer);

  struct Label
  {
    int format;
    QString text;
    QPointF bottomLeft;
  };
  QMutex mLock;
  LabelGrid mGrid;
  QVector<QgsTextFormat> mFormats;
  QVector<Label> mLabels;
};

} // namespace onemap
