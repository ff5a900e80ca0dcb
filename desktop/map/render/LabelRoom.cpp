#include "LabelRoom.h"

#include <qgsrendercontext.h>
#include <qgstextformat.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>

namespace onemap {

LabelRoom::LabelRoom(const QgsPalLayerSettings &settings, QgsRenderContext &context)
  : mField(settings.fieldName)
  , mPlacement(settings.placement)
{
  const bool pointPlacement = settings.placement == QgsPalLayerSettings::AroundPoint || settings.placement == QgsPalLayerSettings::OverPoint;
  if (settings.isExpression || settings.fieldName.isEmpty() || !pointPlacement || !context.painter() || !context.painter()->device())
    return;
  // Labels styled per feature are drawn by QGIS (the board copies one image per text).
  if (settings.dataDefinedProperties().hasActiveProperties() || settings.format().dataDefinedProperties().hasActiveProperties())
    return;
  const QgsTextFormat format = settings.format();
  mFont = format.scaledFont(context);
  // The engine lets halos overlap; only the text itself needs its room.
  mMargin = 0;
  mDistance = context.convertToPainterUnits(settings.dist, settings.distUnits);
  const QFontMetricsF metrics(mFont);
  mGrid.cell = qMax(2.0, metrics.height() / 4.0);
  const QPaintDevice *device = context.painter()->device();
  mGrid.columns = static_cast<int>(device->width() / mGrid.cell) + 1;
  mGrid.rows = static_cast<int>(device->height() / mGrid.cell) + 1;
  if (qint64(mGrid.columns) * mGrid.rows > 64 * 1024 * 1024)
    return;
  mGrid.taken = QBitArray(mGrid.columns * mGrid.rows);
  mActive = true;
}

void LabelRoom::setGrid(const LabelGrid &grid)
{
  if (!mActive)
    return;
  if (grid.isEmpty())
    mGrid.taken.fill(false);
  else
    mGrid = grid;
}

QSizeF LabelRoom::sizeOf(const QString &text)
{
  auto it = mSizes.constFind(text);
  if (it != mSizes.constEnd())
    return it.value();
  const QFontMetricsF metrics(mFont);
  const QSizeF size(metrics.horizontalAdvance(text) + 2 * mMargin, metrics.height() + 2 * mMargin);
  mSizes.insert(text, size);
  return size;
}

bool LabelRoom::isFree(const QRectF &box) const
{
  const int x0 = qMax(0, static_cast<int>(box.left() / mGrid.cell)), x1 = qMin(mGrid.columns - 1, static_cast<int>(box.right() / mGrid.cell));
  const int y0 = qMax(0, static_cast<int>(box.top() / mGrid.cell)), y1 = qMin(mGrid.rows - 1, static_cast<int>(box.bottom() / mGrid.cell));
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x)
      if (mGrid.taken.testBit(y * mGrid.columns + x))
        return false;
  return true;
}

void LabelRoom::fill(const QRectF &box)
{
  const int x0 = qMax(0, static_cast<int>(box.left() / mGrid.cell)), x1 = qMin(mGrid.columns - 1, static_cast<int>(box.right() / mGrid.cell));
  const int y0 = qMax(0, static_cast<int>(box.top() / mGrid.cell)), y1 = qMin(mGrid.rows - 1, static_cast<int>(box.bottom() / mGrid.cell));
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x)
      mGrid.taken.setBit(y * mGrid.columns + x);
}

bool LabelRoom::take(const QPointF &at, const QString &text, QRectF *taken)
{
  if (!mActive)
    return true;
  if (text.isEmpty())
    return false; // nothing to draw
  const QSizeF s = sizeOf(text);
  const double w = s.width(), h = s.height(), d = mDistance;
  // The placements the engine tries around a point (or the one over it).
  QVector<QRectF> places;
  if (mPlacement == QgsPalLayerSettings::OverPoint) {
    places << QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
  } else {
    places << QRectF(at.x() + d, at.y() - d - h, w, h) << QRectF(at.x() - d - w, at.y() - d - h, w, h)
           << QRectF(at.x() + d, at.y() + d, w, h) << QRectF(at.x() - d - w, at.y() + d, w, h)
           << QRectF(at.x() + d, at.y() - h / 2, w, h) << QRectF(at.x() - d - w, at.y() - h / 2, w, h)
           << QRectF(at.x() - w / 2, at.y() - d - h, w, h) << QRectF(at.x() - w / 2, at.y() + d, w, h);
  }
  for (const QRectF &box : places)
    if (isFree(box)) {
      fill(box);
      if (taken)
        *taken = box;
      return true;
    }
  return false;
}

} // namespace onemap
