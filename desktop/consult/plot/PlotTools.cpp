#include "PlotTools.h"

#include "PlotLayers.h"
#include "PlotStyles.h"
#include "consult/ConsultationSession.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QKeyEvent>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

namespace onemap {

namespace {

QString coordinates(const QVector<QgsPointXY> &points)
{
  QStringList parts;
  parts.reserve(points.size());
  for (const QgsPointXY &p : points)
    parts << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 8).arg(p.y(), 0, 'f', 8);
  return parts.join(QStringLiteral(", "));
}

// Consecutive duplicates (a double click, a shaky hand) would make a
// zero-length segment; the arrow head would point nowhere.
QVector<QgsPointXY> withoutRepeats(const QVector<QgsPointXY> &points)
{
  QVector<QgsPointXY> out;
  for (const QgsPointXY &p : points)
    if (out.isEmpty() || !qgsDoubleNear(out.last().x(), p.x()) || !qgsDoubleNear(out.last().y(), p.y()))
      out << p;
  return out;
}

} // namespace

PlotTool::PlotTool(QgsMapCanvas *canvas, ConsultationSession *session, PlotLayers *layers, Mode mode)
  : QgsMapTool(canvas), mSession(session), mLayers(layers), mMode(mode)
{
  setCursor(mode == Mode::Erase ? QgsApplication::getThemeCursor(QgsApplication::Cursor::Select)
                                : QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
  mPrompt = [](QWidget *parent) {
    return QInputDialog::getText(parent, tr("Text on the map"), tr("Words to show on the map:"));
  };
}

PlotTool::~PlotTool() { delete mBand.data(); }

QString PlotTool::kindOf(Mode mode)
{
  switch (mode) {
  case Mode::Arrow: return QStringLiteral("arrow");
  case Mode::Line: return QStringLiteral("line");
  case Mode::Area: return QStringLiteral("area");
  case Mode::Text: return QStringLiteral("text");
  case Mode::Mark: return QStringLiteral("mark");
  case Mode::Erase: break;
  }
  return QString();
}

void PlotTool::setMark(const QString &code)
{
  if (PlotStyles::markCodes().contains(code))
    mMark = code;
}

void PlotTool::setColor(const QColor &color)
{
  mColor = color;
  updateBand(nullptr);
}

bool PlotTool::checkEditable()
{
  if (!mSession->hasMeeting()) {
    emit mSession->failed(tr("No meeting is open: start or open a consultation to plot on the map."));
    return false;
  }
  if (mSession->isReadOnly()) {
    emit mSession->failed(tr("The meeting \"%1\" is closed; reopen it to plot on the map.").arg(mSession->meeting().title));
    return false;
  }
  return true;
}

QString PlotTool::toWkt(const QString &kind, const QVector<QgsPointXY> &canvasPoints) const
{
  QVector<QgsPointXY> points;
  const QgsCoordinateTransform toStore(canvas()->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                       canvas()->mapSettings().transformContext());
  try {
    for (const QgsPointXY &p : canvasPoints)
      points << toStore.transform(p);
  } catch (const QgsCsException &) {
    return QString();
  }
  points = withoutRepeats(points);
  QString wkt;
  if (kind == QLatin1String("text") || kind == QLatin1String("mark")) {
    if (points.size() != 1)
      return QString();
    wkt = QStringLiteral("POINT(%1)").arg(coordinates(points));
  } else if (kind == QLatin1String("arrow") || kind == QLatin1String("line")) {
    if (points.size() < 2)
      return QString();
    wkt = QStringLiteral("LINESTRING(%1)").arg(coordinates(points));
  } else if (kind == QLatin1String("area")) {
    if (points.size() >= 2 && qgsDoubleNear(points.first().x(), points.last().x()) && qgsDoubleNear(points.first().y(), points.last().y()))
      points.removeLast();
    if (points.size() < 3)
      return QString();
    points << points.first();
    wkt = QStringLiteral("POLYGON((%1))").arg(coordinates(points));
  } else {
    return QString();
  }
  // The store's own text of the geometry: what a reopened meeting reads back.
  if (!mSession->isValid())
    return wkt;
  SqlStatement q(mSession->store().handle(), QStringLiteral("SELECT AsText(GeomFromText(?, %1))").arg(Store::kSrid));
  q.bind(1, wkt);
  return q.next() && !q.isNull(0) ? q.text(0) : QString();
}

int PlotTool::addPlot(const QString &wkt, const QString &label)
{
  ConsultationPlot plot;
  plot.kind = kindOf(mMode);
  plot.label = label;
  PlotStyles::PlotStyle style;
  if (mMode == Mode::Mark)
    style.mark = mMark;
  style.color = mColor.isValid() ? mColor : PlotStyles::defaultColor(plot.kind, style.mark);
  plot.style = PlotStyles::format(style);
  plot.wkt = wkt;
  const int index = mSession->addPlot(plot, mOnStep);
  if (index >= 0)
    emit plotAdded(index);
  return index;
}

bool PlotTool::finish()
{
  const QVector<QgsPointXY> points = mPoints;
  cancel();
  if (!isLineMode() || points.isEmpty())
    return false;
  if (!checkEditable())
    return false;
  const QString wkt = toWkt(kindOf(mMode), points);
  if (wkt.isEmpty())
    return false; // too few points: a slip of the hand, nothing to record
  return addPlot(wkt, QString()) >= 0;
}

void PlotTool::cancel()
{
  mPoints.clear();
  updateBand(nullptr);
}

void PlotTool::updateBand(const QgsPointXY *floating)
{
  if (mPoints.isEmpty()) {
    if (mBand)
      mBand->reset(mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
    return;
  }
  if (!mBand)
    mBand = new QgsRubberBand(canvas(), mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
  const QColor colour = mColor.isValid() ? mColor : PlotStyles::defaultColor(kindOf(mMode));
  mBand->setStrokeColor(colour);
  QColor fill = colour;
  fill.setAlpha(60);
  mBand->setFillColor(fill);
  mBand->setWidth(3);
  mBand->setLineStyle(Qt::DashLine);
  mBand->reset(mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
  for (const QgsPointXY &p : mPoints)
    mBand->addPoint(p, false);
  if (floating)
    mBand->addPoint(*floating, false);
  mBand->updatePosition();
  mBand->update();
}

void PlotTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
  if (isLineMode() && !mPoints.isEmpty()) {
    const QgsPointXY p = e->mapPoint();
    updateBand(&p);
  }
}

void PlotTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
  // The release that ends a double click: the double click already finished the drawing.
  if ((e->pos() - mDoubleClickPixel).manhattanLength() <= 3
      && QDateTime::currentMSecsSinceEpoch() - mDoubleClickMs <= QApplication::doubleClickInterval()) {
    mDoubleClickPixel = QPoint(-1000, -1000);
    return;
  }
  if (e->button() == Qt::RightButton) {
    if (isLineMode())
      finish();
    return;
  }
  if (e->button() != Qt::LeftButton)
    return;
  switch (mMode) {
  case Mode::Erase: erase(e->mapPoint()); return;
  case Mode::Mark:
    if (checkEditable()) {
      const QString wkt = toWkt(kindOf(mMode), {e->mapPoint()});
      if (!wkt.isEmpty())
        addPlot(wkt, PlotStyles::markTitle(mMark));
    }
    return;
  case Mode::Text: {
    if (!checkEditable())
      return;
    const QgsPointXY at = e->mapPoint();
    const QString words = mPrompt ? mPrompt(canvas()).trimmed() : QString();
    if (words.isEmpty())
      return;
    const QString wkt = toWkt(kindOf(mMode), {at});
    if (!wkt.isEmpty())
      addPlot(wkt, words);
    return;
  }
  case Mode::Arrow:
  case Mode::Line:
  case Mode::Area:
    if (mPoints.isEmpty() && !checkEditable())
      return;
    mPoints << e->mapPoint();
    updateBand(nullptr);
    return;
  }
}

void PlotTool::canvasDoubleClickEvent(QgsMapMouseEvent *e)
{
  if (!isLineMode())
    return;
  mDoubleClickPixel = e->pos();
  mDoubleClickMs = QDateTime::currentMSecsSinceEpoch();
  // The first click of the pair already put the point down.
  finish();
}

void PlotTool::keyPressEvent(QKeyEvent *e)
{
  if (!isLineMode() || mPoints.isEmpty()) {
    e->ignore();
    return;
  }
  switch (e->key()) {
  case Qt::Key_Escape: cancel(); break;
  case Qt::Key_Return:
  case Qt::Key_Enter: finish(); break;
  case Qt::Key_Backspace:
  case Qt::Key_Delete:
    mPoints.removeLast();
    updateBand(nullptr);
    break;
  default: e->ignore(); return;
  }
  e->accept();
}

void PlotTool::deactivate()
{
  cancel();
  QgsMapTool::deactivate();
}

void PlotTool::erase(const QgsPointXY &mapPoint)
{
  if (!checkEditable() || !mLayers)
    return;
  const double r = searchRadiusMU(canvas());
  const QgsRectangle box(mapPoint.x() - r, mapPoint.y() - r, mapPoint.x() + r, mapPoint.y() + r);
  QgsRectangle inStore;
  try {
    const QgsCoordinateTransform toStore(canvas()->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                         canvas()->mapSettings().transformContext());
    inStore = toStore.transformBoundingBox(box);
  } catch (const QgsCsException &) {
    return;
  }
  const int index = mLayers->plotAt(inStore);
  if (index < 0) {
    emit nothingToErase();
    return;
  }
  if (mSession->removePlot(index))
    emit plotErased(index);
}

} // namespace onemap
