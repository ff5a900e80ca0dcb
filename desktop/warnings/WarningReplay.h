#pragma once
// \brief Replays the warnings of the last days on the map (回放) with QGIS's
// temporal controller: a dock with the time slider, bound to the canvas, on
// 1-hour frames; while it runs the warnings layer shows every status and the
// temporal filter (effective/sent .. expires) decides what is drawn.
#include "warnings/WarningTimeline.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QgsMapCanvas;
class QgsTemporalControllerWidget;
class QgsTemporalNavigationObject;

namespace onemap {

class WarningReplay : public QObject
{
  Q_OBJECT
public:
  WarningReplay(QMainWindow *window, QgsMapCanvas *canvas, QObject *parent = nullptr);

  //! Shows the controller dock over \a window (a TimeWindow from
  //! WarningTimeline::replayWindow) on the frame holding \a from (the
  //! first frame when \a from is invalid or outside).
  void start(const TimeWindow &window, const QDateTime &from = QDateTime());
  //! Turns temporal navigation off and hides the dock.
  void stop();
  bool isReplaying() const { return mReplaying; }

  QgsTemporalControllerWidget *controllerWidget() const { return mWidget; }
  QgsTemporalNavigationObject *navigation() const;
  QDockWidget *dock() const { return mDock; }

Q_SIGNALS:
  //! Replay started (true) or ended (false): the warnings layer shows history meanwhile.
  void replayingChanged(bool replaying);

private:
  void ensureDock();
  void setReplaying(bool replaying);

  QMainWindow *mWindow = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QPointer<QDockWidget> mDock;
  QgsTemporalControllerWidget *mWidget = nullptr;
  bool mReplaying = false;
};

} // namespace onemap
