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
#include <memory>
#include <vector>

namespace onemap {

class CrowdedLabels : public QgsAbstractLabelProvider
{
public:
  static const QString kProviderId;

  //! The frame's crowded labels, added to \a engine by the first layer that
  //! asks (\a layer names the provider). Null without an engine.
  static CrowdedLabels *of(QgsLabelingEngine *engine, QgsMapLayer *layer);

  //! Held while a layer adds its labels.
  QMutex &lock() { return mLock; }

  //! A crowded layer's labels: \a texts at device \a points, to be placed
  //! with \a room (its label space is started again) and drawn in \a format.
  void addLayer(const QString &layerId, std::unique_ptr<LabelRoom> room, const QgsTextFormat &format, const QVector<QPointF> &points,
                const QStringList &texts);

  QList<QgsLabelFeature *> labelFeatures(QgsRenderContext &context) override;
  void drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const override;
  void startRender(QgsRenderContext &context) override;

private:
  CrowdedLabels(QgsLabelingEngine *engine, QgsMapLayer *layer);
  //! Places every layer's labels, upper layers first (in plain QGIS's
  //! zoomed wall view the teams' labels won over the depots' below them).
  void place();

  struct Layer
  {
    int order; //!< in the map's layer list: 0 is the top
    std::unique_ptr<LabelRoom> room;
    QVector<QPointF> points;
    QStringList texts;
    int format;
  };
  QgsLabelingEngine *mEngine;
  std::vector<Layer> mLayers;
  struct Label
  {
    int format;
    QString text;
    QPointF bottomLeft;
  };
  QMutex mLock;
  QVector<QgsTextFormat> mFormats;
  QVector<Label> mLabels;
};

} // namespace onemap
