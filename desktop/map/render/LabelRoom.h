#pragma once
// \brief "Labels only where they fit": a coarse picture of the frame's label
// space, filled in registration order. A point whose label would find every
// place around it taken is not handed to the labeling engine at all. In a
// dense view the engine would drop those labels anyway, after weighing every
// candidate against every other: that search is what takes seconds.
#include <qgspallabeling.h>

#include <QBitArray>
#include <QFont>
#include <QHash>
#include <QSizeF>

class QgsRenderContext;

namespace onemap {

//! Which cells of the frame's label space are taken (device pixels / cell).
//! Layers of one frame can share it, so their labels avoid each other too.
struct LabelGrid
{
  double cell = 0;
  int columns = 0, rows = 0;
  QBitArray taken;
  bool isEmpty() const { return taken.isEmpty(); }
};

class LabelRoom
{
public:
  LabelRoom(const QgsPalLayerSettings &settings, QgsRenderContext &context);

  //! Whether it can judge these labels (a plain field, point placements).
  bool isActive() const { return mActive; }
  //! The label text comes from this field of the feature.
  const QString &field() const { return mField; }
  //! Reserves room for \a text at device point \a at; false when none is left.
  //! \a box gets the place taken (device pixels).
  bool take(const QPointF &at, const QString &text, QRectF *box = nullptr);
  //! The label space with every label taken so far.
  const LabelGrid &grid() const { return mGrid; }
  //! Continues in \a grid (labels already there stay); an empty grid
  //! starts a clean label space of this room's own.
  void setGrid(const LabelGrid &grid);

private:
  QSizeF sizeOf(const QString &text);
  bool isFree(const QRectF &box) const;
  void fill(const QRectF &box);

  QString mField;
  QgsPalLayerSettings::Placement mPlacement = QgsPalLayerSettings::AroundPoint;
  bool mActive = false;
  QFont mFont;
  double mMargin = 0;   //!< room around the text, device pixels
  double mDistance = 0; //!< label distance from the point, device pixels
  LabelGrid mGrid;
  QHash<QString, QSizeF> mSizes;
};

} // namespace onemap
