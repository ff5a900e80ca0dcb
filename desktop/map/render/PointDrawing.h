#pragma once
// \brief Draws a PointSnapshot with the renderer's own (started) symbols, in
// the order QGIS would, skipping a symbol when a later feature draws the very
// same symbol on the same device pixel: it would be painted over exactly.
#include "PointSnapshot.h"

#include <qgsrenderer.h>

namespace onemap {

struct PointDrawing
{
  enum class Order {
    ByFeature,       //!< no symbol levels: each feature with all its symbols
    LevelsBySymbol,  //!< symbol levels, QgsVectorLayerRenderer's way: pass, symbol, feature
    LevelsByFeature, //!< symbol levels, rule-based renderer's way: pass, feature, symbol
  };
  struct Stats
  {
    int inExtent = 0; //!< features inside the frame
    int drawn = 0;    //!< symbol draws made
    int thinned = 0;  //!< symbol draws skipped as painted over
  };

  //! \a symbols are the renderer's symbols(), started; \a extent is in the snapshot's CRS.
  static Stats draw(const PointSnapshot &snapshot, const QgsSymbolList &symbols, Order order,
                    QgsRenderContext &context, const QgsFeatureIds &selected);

  //! Rows whose point lies inside the frame's extent (snapshot CRS), in order.
  static QVector<int> rowsInExtent(const PointSnapshot &snapshot, const QgsRenderContext &context);
  //! Where \a rows land on the frame's device.
  static QVector<QPointF> devicePoints(const PointSnapshot &snapshot, const QVector<int> &rows, const QgsRenderContext &context);
};

} // namespace onemap
