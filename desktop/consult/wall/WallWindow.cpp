#include "WallWindow.h"

#include "consult/ConsultationSession.h"
#include "ForcesBoard.h"
#include "ImpactBoard.h"
#include "TasksBoard.h"
#include "WallLayout.h"
#include "WarningsBoard.h"
#include "export/consultation/JudgementData.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "map/WarningLayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <QWindow>
#include <utility>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
constexpr int kBoardRefreshMs = 60 * 1000;
// Canvases count as drawn once quiet this long: refreshes are scheduled
// through short timers, so "not drawing" alone can come just before a draw.
constexpr int kSettleMs = 300;
} // namespace

WallWindow::WallWindow(QgsProject *project, const QRect &geometry, QWidget *parent)
  : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), mProject(project), mWallGeometry(geometry), mTheme(geometry.size())
{
  build();
}

WallWindow::WallWindow(QgsProject *project, const QSize &size, QWidget *parent)
  : WallWindow(project, QRect(QPoint(0, 0), size), parent)
{
}

WallWindow::~WallWindow() = default;

QRect WallWindow::unitedGeometry(const QList<QScreen *> &screens)
{
  QRect united;
  for (const QScreen *screen : screens)
    if (screen)
      united = united.united(screen->geometry());
  return united;
}

const QStringList &WallWindow::panelCodes()
{
  static const QStringList codes {QStringLiteral("map"), QStringLiteral("overview"), QStringLiteral("warnings"),
                                  QStringLiteral("impact"), QStringLiteral("forces"), QStringLiteral("tasks")};
  return codes;
}

void WallWindow::build()
{
  setObjectName(QStringLiteral("wall"));
  setWindowTitle(tr("OneMap video wall"));
  setAttribute(Qt::WA_StyledBackground);
  setPalette(mTheme.palette());
  setAutoFillBackground(true);
  setFont(mTheme.font(WallTheme::Role::Text));
  setStyleSheet(mTheme.styleSheet());
  setCursor(Qt::BlankCursor);
  setFocusPolicy(Qt::StrongFocus);
  setGeometry(mWallGeometry);

  mTitleStrip = new QWidget(this);
  mTitleStrip->setObjectName(QStringLiteral("wallTitleStrip"));
  mTitleStrip->setAttribute(Qt::WA_StyledBackground);
  auto *strip = new QHBoxLayout(mTitleStrip);
  strip->setContentsMargins(mTheme.margin() * 2, 0, mTheme.margin() * 2, 0);
  strip->setSpacing(mTheme.px(40));
  mCounty = new QLabel(mTitleStrip);
  mMeetingTitle = new QLabel(mTitleStrip);
  mStep = new QLabel(mTitleStrip);
  mClock = new QLabel(mTitleStrip);
  for (QLabel *label : {mCounty, mMeetingTitle, mStep, mClock})
    label->setFont(mTheme.font(WallTheme::Role::Title));
  mStep->setStyleSheet(QStringLiteral("color: #ffd84d;"));
  strip->addWidget(mCounty);
  strip->addWidget(mMeetingTitle, 1);
  strip->addWidget(mStep);
  strip->addWidget(mClock);

  mMap = makeCanvas();
  mMap->setObjectName(QStringLiteral("wallMap"));
  mBridge = new QgsLayerTreeMapCanvasBridge(mProject->layerTreeRoot(), mMap, this);
  mBridge->setAutoSetupOnFirstLayer(false); // the wall's extent comes from the operator, not the first layer
  mOverview = makeCanvas();
  mOverview->setObjectName(QStringLiteral("wallOverview"));
  mExtentFrame = new QgsRubberBand(mOverview, QgsWkbTypes::PolygonGeometry);
  mExtentFrame->setStrokeColor(WallTheme::extentFrame());
  mExtentFrame->setFillColor(QColor(0, 0, 0, 0));
  mExtentFrame->setWidth(mTheme.px(3));
  connect(mMap, &QgsMapCanvas::extentsChanged, this, &WallWindow::updateOverviewFrame);
  // Selections live on the shared layers; the canvas repaints on them, and
  // the wall counts as drawing until that repaint is done.
  connect(mMap, &QgsMapCanvas::layersChanged, this, &WallWindow::watchSelections);

  mPanels.insert(QStringLiteral("map"), mMap);
  mPanels.insert(QStringLiteral("overview"), mOverview);
  for (WallBoard *board : std::initializer_list<WallBoard *> {new WarningsBoard(mTheme, this), new ImpactBoard(mTheme, this),
                                                               new ForcesBoard(mTheme, this), new TasksBoard(mTheme, this)})
    mPanels.insert(board->code(), board);

  mClockTimer = new QTimer(this);
  connect(mClockTimer, &QTimer::timeout, this, &WallWindow::updateClock);
  mClockTimer->start(1000);
  mBoardTimer = new QTimer(this);
  connect(mBoardTimer, &QTimer::timeout, this, &WallWindow::refreshBoards);
  mBoardTimer->start(kBoardRefreshMs);

  updateOverview();
  zoomToCounty();
  showPanels({});
  updateTitle();
  updateClock();
  refreshBoards();
}

double WallWindow::magnificationFor(const QgsMapCanvas *canvas) const
{
  return canvas == mMap ? mTheme.mapMagnification() : mTheme.overviewMagnification();
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
  // A canvas resets its DPI to the screen's when shown, keeping its
  // magnification: the symbols would stay small. So it is shown at
  // magnification 1 (screen DPI), then magnified, over the same extent.
  auto *canvas = qobject_cast<QgsMapCanvas *>(watched);
  if (canvas && event->type() == QEvent::Show && mPending.contains(canvas)) {
    const QgsRectangle extent = canvas->extent();
    canvas->setMagnificationFactor(1.0);
    if (!extent.isEmpty())
      canvas->setExtent(extent, true);
    mPending[canvas] = true;
    QTimer::singleShot(0, canvas, [this, canvas] {
      const QgsRectangle now = canvas->extent(); // the operator may have moved it meanwhile
      canvas->setMagnificationFactor(magnificationFor(canvas));
      if (!now.isEmpty())
        canvas->setExtent(now, true);
      canvas->refresh();
    });
  }
  return QWidget::eventFilter(watched, event);
}

QgsMapCanvas *WallWindow::makeCanvas()
{
  auto *canvas = new QgsMapCanvas(this);
  canvas->setProject(mProject);
  canvas->setCanvasColor(WallTheme::canvas());
  canvas->setSelectionColor(WallTheme::selection());
  canvas->setDestinationCrs(mProject->crs());
  // One painter for all layers, no per-layer cache: at 5760x2160 composing
  // one image per layer costs more than drawing every layer from the
  // snapshots again (bench/README.md). Frames still render off the GUI thread.
  canvas->setParallelRenderingEnabled(false);
  canvas->setCachingEnabled(false);
  // The wall shows whole frames only: a half-drawn preview every 250 ms is
  // composed on the GUI thread (measured by test_render_stall).
  canvas->setMapUpdateInterval(24 * 60 * 60 * 1000);
  canvas->setFrameShape(QFrame::NoFrame);
  // Display only: the operator drives the wall, nobody pans it by accident.
  canvas->setAttribute(Qt::WA_TransparentForMouseEvents);
  canvas->setFocusPolicy(Qt::NoFocus);
  watchCanvas(canvas);
  canvas->installEventFilter(this);
  return canvas;
}

void WallWindow::watchCanvas(QgsMapCanvas *canvas)
{
  mPending.insert(canvas, true);
  auto busy = [this, canvas] {
    mPending[canvas] = true;
    mLastCanvasActivity.restart();
  };
  connect(canvas, &QgsMapCanvas::renderStarting, this, busy);
  connect(canvas, &QgsMapCanvas::extentsChanged, this, busy);
  connect(canvas, &QgsMapCanvas::layersChanged, this, busy);
  connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, this, [this, canvas] {
    mPending[canvas] = false;
    mLastCanvasActivity.restart();
  });
}

void WallWindow::watchSelections()
{
  for (const QMetaObject::Connection &c : std::as_const(mSelectionConnections))
    disconnect(c);
  mSelectionConnections.clear();
  for (QgsMapLayer *layer : mMap->layers())
    if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
      mSelectionConnections << connect(vector, &QgsVectorLayer::selectionChanged, this, [this] {
        mPending[mMap] = true;
        mLastCanvasActivity.restart();
        mMap->refresh();
      });
}

void WallWindow::present()
{
  setGeometry(mWallGeometry);
  const QList<QScreen *> screens = QGuiApplication::screens();
  for (QScreen *screen : screens)
    if (screen->geometry() == mWallGeometry) {
      if (!windowHandle())
        create();
      windowHandle()->setScreen(screen);
      showFullScreen();
      return;
    }
  show(); // spans several screens: a frameless window over their united rectangle
}

WallBoard *WallWindow::board(const QString &code) const { return qobject_cast<WallBoard *>(mPanels.value(code)); }

QStringList WallWindow::shownPanels() const { return mShown; }

void WallWindow::showPanels(const QStringList &codes)
{
  QStringList shown;
  for (const QString &code : panelCodes())
    if (codes.isEmpty() || codes.contains(code))
      shown << code;
  if (shown.isEmpty()) // only unknown codes: keep the map rather than a blank wall
    shown << QStringLiteral("map");
  mShown = shown;
  relayout();
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
  QWidget::resizeEvent(event);
  relayout();
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
  if (mSession && mSession->hasMeeting()) {
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
      mSession->next();
      return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Backspace:
      mSession->previous();
      return;
    default:
      break;
    }
  }
  QWidget::keyPressEvent(event);
}

void WallWindow::relayout()
{
  const int m = mTheme.margin();
  const int gap = mTheme.spacing();
  mTitleStrip->setGeometry(0, 0, width(), mTheme.titleStripHeight());
  const QRect content(m, mTheme.titleStripHeight() + m, width() - 2 * m, height() - mTheme.titleStripHeight() - 2 * m);

  for (auto it = mPanels.cbegin(); it != mPanels.cend(); ++it)
    it.value()->setVisible(mShown.contains(it.key()));

  const QHash<QString, QRect> places = WallLayout::place(content, mShown, gap);
  for (auto it = places.cbegin(); it != places.cend(); ++it)
    mPanels.value(it.key())->setGeometry(it.value());
}

void WallWindow::setSession(ConsultationSession *session)
{
  for (const QMetaObject::Connection &c : std::as_const(mSessionConnections))
    disconnect(c);
  mSessionConnections.clear();
  mSession = session;
  if (session) {
    mSessionConnections << connect(session, &QObject::destroyed, this, [this] {
      mSession = nullptr;
      updateTitle();
    });
    mSessionConnections << connect(session, &ConsultationSession::meetingChanged, this, [this] {
      updateTitle();
      refreshBoards();
    });
    mSessionConnections << connect(session, &ConsultationSession::stepChanged, this, &WallWindow::updateTitle);
    mSessionConnections << connect(session, &ConsultationSession::boardsChanged, this, &WallWindow::showPanels);
    mSessionConnections << connect(session, &ConsultationSession::recordChanged, this, [this] {
      updateTitle();
      refreshRecord();
    });
  }
  showPanels(session && session->hasMeeting() ? session->boards() : QStringList());
  updateTitle();
  refreshBoards();
}

void WallWindow::updateTitle()
{
  QString county = mProject->customVariables().value(QStringLiteral("onemap_county")).toString();
  if (county.isEmpty() && mSession && mSession->isValid())
    county = mSession->store().meta(QStringLiteral("county_name"));
  mCounty->setText(county);
  mShownStep = -1;
  if (!mSession || !mSession->hasMeeting()) {
    mMeetingTitle->setText(tr("No meeting open"));
    mStep->clear();
    return;
  }
  const Consultation &meeting = mSession->meeting();
  mMeetingTitle->setText(meeting.title);
  mShownStep = mSession->currentStep();
  if (mShownStep < 0 || mShownStep >= meeting.steps.size()) {
    mShownStep = -1;
    mStep->clear();
    return;
  }
  mStep->setText(QStringLiteral("%1/%2 %3").arg(mShownStep + 1).arg(meeting.steps.size()).arg(meeting.steps[mShownStep].title));
}

void WallWindow::updateClock() { mClock->setText(now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))); }

void WallWindow::setNow(const QDateTime &now)
{
  mFrozenNow = now;
  if (now.isValid())
    mClockTimer->stop();
  else
    mClockTimer->start(1000);
  updateClock();
  applyNowToCanvases();
  refreshBoards();
}

QDateTime WallWindow::now() const { return mFrozenNow.isValid() ? mFrozenNow : QDateTime::currentDateTime(); }

void WallWindow::applyNowToCanvases()
{
  // Canvas variables: the warning stages and the overdue rings read them
  // when no layer variable pins the time (the replay sets its own).
  for (QgsMapCanvas *canvas : {mMap, mOverview}) {
    QgsExpressionContextScope &scope = canvas->expressionContextScope();
    if (mFrozenNow.isValid()) {
      scope.setVariable(QLatin1String(WarningLayer::kNowVariable), mFrozenNow.toUTC().toString(Qt::ISODate));
      scope.setVariable(QLatin1String(LayerStyles::kTodayVariable), mFrozenNow.date().toString(Qt::ISODate));
    } else {
      scope.removeVariable(QLatin1String(WarningLayer::kNowVariable));
      scope.removeVariable(QLatin1String(LayerStyles::kTodayVariable));
    }
    canvas->refresh(); // no layer cache on the wall; the data itself is kept fresh by LiveLayers
  }
}

void WallWindow::refreshBoards()
{
  if (!mSession || !mSession->isValid())
    return;
  mData = JudgementData::gather(mSession->store(), mSession->meeting(), now().date());
  for (const QString &code : panelCodes())
    if (WallBoard *b = board(code))
      b->showData(mData);
  if (mCounty->text().isEmpty())
    mCounty->setText(mData.county);
}

void WallWindow::refreshRecord()
{
  if (!mSession || !mSession->isValid())
    return;
  if (mData.asOf != now().date())
    return refreshBoards(); // a new day: warnings in force may differ too
  mData.setMeeting(mSession->meeting());
  for (const QString &code : panelCodes())
    if (WallBoard *b = board(code))
      b->showData(mData);
}

void WallWindow::updateOverview()
{
  // The whole county with the layers that place it: boundaries, rivers, warnings.
  QList<QgsMapLayer *> layers;
  for (const char *id : {"warnings", "rivers", "townships", "county"})
    if (QgsVectorLayer *layer = StoreMapLayers::layer(mProject, QLatin1String(id)))
      layers << layer;
  if (layers.isEmpty())
    layers = mProject->layerTreeRoot()->checkedLayers();
  mOverview->setLayers(layers);
  QgsRectangle county = StoreMapLayers::countyExtent(mProject);
  if (!county.isEmpty()) {
    county.scale(1.08);
    mOverview->setExtent(county, true);
  }
  mOverview->refresh();
}

void WallWindow::updateOverviewFrame()
{
  mExtentFrame->setToGeometry(QgsGeometry::fromRect(mMap->extent()), nullptr);
}

void WallWindow::setMapExtent(const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs)
{
  QgsRectangle r = extent;
  const QgsCoordinateReferenceSystem wallCrs = mMap->mapSettings().destinationCrs();
  if (crs.isValid() && crs != wallCrs) {
    try {
      r = QgsCoordinateTransform(crs, wallCrs, mProject->transformContext()).transformBoundingBox(extent);
    } catch (const QgsCsException &) {
      return;
    }
  }
  if (r.isEmpty())
    return;
  // setExtent keeps the centre and widens the short side to the wall's aspect.
  mMap->setExtent(r, true); // true: as given, not shrunk by the magnification
  mMap->refresh();
}

void WallWindow::zoomToCounty()
{
  QgsRectangle extent = StoreMapLayers::countyExtent(mProject);
  if (extent.isEmpty())
    return;
  extent.scale(1.05);
  setMapExtent(extent, mMap->mapSettings().destinationCrs());
}

bool WallWindow::isDrawn()
{
  for (QgsMapCanvas *canvas : {mMap, mOverview}) {
    if (!canvas->isVisible())
      continue;
    if (canvas->isDrawing() || mPending.value(canvas))
      return false;
  }
  return !mLastCanvasActivity.isValid() || mLastCanvasActivity.elapsed() >= kSettleMs;
}

bool WallWindow::waitUntilDrawn(int timeoutMs)
{
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < timeoutMs) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (isDrawn())
      return true;
    QThread::msleep(20);
  }
  return isDrawn();
}

QImage WallWindow::grabImage() { return grab().toImage(); }

} // namespace onemap
