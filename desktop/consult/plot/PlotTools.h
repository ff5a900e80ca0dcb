#pragma once
// \brief The map tool that plots during a consultation: arrows and lines
// (click the points; right-click, double-click or Enter finishes; Backspace
// takes the last point back; Esc cancels; a rubber band follows the mouse),
// areas (the same, a polygon), text (a click, then a prompt for the words),
// marks (a click; the mark chosen beforehand) and erase (a click on a plot
// removes it).
//
// Points are taken from the canvas CRS to EPSG:4490 and written as WKT
// through the session (one undo step per plot, saved at once). With no
// meeting open, or a closed one, the tool draws nothing and the session
// emits failed().
#include <QColor>
#include <QPointer>
#include <QVector>
#include <functional>
#include <qgsmaptool.h>
#include <qgspointxy.h>
#include <qgsrubberband.h>

namespace onemap {

class ConsultationSession;
class PlotLayers;

class PlotTool : public QgsMapTool
{
  Q_OBJECT
public:
  enum class Mode { Arrow, Line, Area, Text, Mark, Erase };
  //! Asks for the words of a text plot; empty: nothing is drawn. Tests inject one.
  using TextPrompt = std::function<QString(QWidget *parent)>;

  PlotTool(QgsMapCanvas *canvas, ConsultationSession *session, PlotLayers *layers, Mode mode);
  ~PlotTool() override;

  Mode mode() const { return mMode; }
  //! The plot kind the mode draws (arrow, line, area, text, mark; empty for erase).
  static QString kindOf(Mode mode);

  //! The mark code a click puts down (PlotStyles::markCodes()).
  void setMark(const QString &code);
  QString mark() const { return mMark; }
  //! The colour of what is drawn next; invalid: the kind's (or mark's) standard colour.
  void setColor(const QColor &color);
  QColor color() const { return mColor; }
  void setTextPrompt(TextPrompt prompt) { mPrompt = std::move(prompt); }
  //! Plots belong to the current agenda step (true, default) or the whole meeting.
  void setOnStep(bool onStep) { mOnStep = onStep; }

  //! Points clicked so far for an arrow, line or area (canvas CRS).
  const QVector<QgsPointXY> &points() const { return mPoints; }
  //! Ends the arrow, line or area being drawn and saves it; false when too
  //! few points or the session refused.
  bool finish();
  //! Drops what is being drawn.
  void cancel();

  //! \a points (canvas CRS) as WKT of \a kind in EPSG:4490, in the store's own
  //! text form (so a reloaded plot reads the same); empty when it cannot be built.
  QString toWkt(const QString &kind, const QVector<QgsPointXY> &points) const;

  void canvasMoveEvent(QgsMapMouseEvent *e) override;
  void canvasReleaseEvent(QgsMapMouseEvent *e) override;
  void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
  void keyPressEvent(QKeyEvent *e) override;
  void deactivate() override;

signals:
  //! A plot was saved; \a index in meeting().plots.
  void plotAdded(int index);
  void plotErased(int index);
  //! A click found no plot to erase.
  void nothingToErase();

private:
  bool isLineMode() const { return mMode == Mode::Arrow || mMode == Mode::Line || mMode == Mode::Area; }
  //! False (and the session's failed()) when no meeting is open or it is closed.
  bool checkEditable();
  int addPlot(const QString &wkt, const QString &label);
  void updateBand(const QgsPointXY *floating);
  void erase(const QgsPointXY &mapPoint);

  ConsultationSession *mSession;
  QPointer<PlotLayers> mLayers;
  Mode mMode;
  QString mMark = QStringLiteral("command");
  QColor mColor;
  bool mOnStep = true;
  TextPrompt mPrompt;
  QVector<QgsPointXY> mPoints;
  QPointer<QgsRubberBand> mBand; // a canvas item: the canvas may delete it first
  QPoint mDoubleClickPixel {-1000, -1000};
  qint64 mDoubleClickMs = 0;
};

} // namespace onemap
