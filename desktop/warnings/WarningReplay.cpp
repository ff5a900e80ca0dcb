#include "WarningReplay.h"

#include <QDockWidget>
#include <QMainWindow>
#include <qgsinterval.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgstemporalcontrollerwidget.h>
#include <qgstemporalnavigationobject.h>
#include <qgsunittypes.h>

namespace onemap {

WarningReplay::WarningReplay(QMainWindow *window, QgsMapCanvas *canvas, QObject *parent)
  : QObject(parent), mWindow(window), mCanvas(canvas)
{
}

QgsTemporalNavigationObject *WarningReplay::navigation() const { return mWidget ? mWidget->temporalController() : nullptr; }

void WarningReplay::ensureDock()
{
  if (mDock)
    return;
  mDock = new QDockWidget(tr("Replay warnings"), mWindow);
  mDock->setObjectName(QStringLiteral("warningReplay"));
  mWidget = new QgsTemporalControllerWidget(mDock);
  mDock->setWidget(mWidget);
  mWindow->addDockWidget(Qt::TopDockWidgetArea, mDock);
  // A strip over the map, no taller than the controls.
  mWindow->resizeDocks({mDock}, {mWidget->minimumSizeHint().height()}, Qt::Vertical);
  mCanvas->setTemporalController(mWidget->temporalController());
  QgsTemporalNavigationObject *nav = mWidget->temporalController();
  connect(nav, &QgsTemporalNavigationObject::navigationModeChanged, this, [this](QgsTemporalNavigationObject::NavigationMode mode) {
    setReplaying(mode != QgsTemporalNavigationObject::NavigationOff);
  });
  // Closing the dock ends the replay: the board is back to the present.
  connect(mDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (!visible && !mWindow->isMinimized() && navigation())
      navigation()->setNavigationMode(QgsTemporalNavigationObject::NavigationOff);
  });
}

void WarningReplay::start(const TimeWindow &window, const QDateTime &from)
{
  ensureDock();
  QgsTemporalNavigationObject *nav = navigation();
  const QgsInterval hour(1, QgsUnitTypes::TemporalHours);
  // Local times, like the widget's date edits and WarningLayer's expressions.
  const QgsDateTimeRange range(window.begin.toLocalTime(), window.end.toLocalTime());
  // The widget reads its step from the project's time settings.
  if (QgsProjectTimeSettings *settings = QgsProject::instance()->timeSettings()) {
    settings->setTimeStepUnit(QgsUnitTypes::TemporalHours);
    settings->setTimeStep(1);
    settings->setTemporalRange(range);
  }
  nav->setFrameDuration(hour);
  nav->setTemporalExtents(range);
  nav->setNavigationMode(QgsTemporalNavigationObject::Animated);
  const bool inside = from.isValid() && from >= window.begin && from < window.end;
  nav->setCurrentFrameNumber(inside ? window.begin.secsTo(from) / 3600 : 0);
  mDock->show();
  mDock->raise();
}

void WarningReplay::stop()
{
  if (navigation())
    navigation()->setNavigationMode(QgsTemporalNavigationObject::NavigationOff);
  if (mDock)
    mDock->hide();
}

void WarningReplay::setReplaying(bool replaying)
{
  if (replaying == mReplaying)
    return;
  mReplaying = replaying;
  Q_EMIT replayingChanged(replaying);
}

} // namespace onemap
