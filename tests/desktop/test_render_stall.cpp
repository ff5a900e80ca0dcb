// The GUI stays responsive while the wall redraws (issue 9, point 4): the
// sample county at --scale 400 (about 100,000 hidden dangers) on a canvas set
// up like the wall's, a 5 ms timer on the GUI thread, and the longest gap
// between its ticks during a full redraw of the whole county must stay under
// 100 ms: with the snapshots ready, and while they are still being built
// (frames drawn the plain way, still off the GUI thread).
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/StoreMapLayers.h"
#include "map/render/BoardRendering.h"
#include "map/render/SnapshotKeeper.h"

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <memory>

using namespace onemap;

namespace {

constexpr qint64 kStallBoundMs = 100;

// Ticks every 5 ms on the GUI thread and keeps the longest gap between ticks.
class StallMeter : public QObject
{
public:
  StallMeter()
  {
    mTimer.setTimerType(Qt::PreciseTimer);
    mTimer.setInterval(5);
    connect(&mTimer, &QTimer::timeout, this, [this] {
      const qint64 now = mClock.nsecsElapsed();
      mLongest = qMax(mLongest, now - mLast);
      mLast = now;
      ++mTicks;
    });
  }
  void start()
  {
    mLongest = 0;
    mTicks = 0;
    mClock.start();
    mLast = 0;
    mTimer.start();
  }
  //! Stops, counting the gap from the last tick to now too.
  void stop()
  {
    mLongest = qMax(mLongest, mClock.nsecsElapsed() - mLast);
    mTimer.stop();
  }
  double longestMs() const { return mLongest / 1e6; }
  double elapsedMs() const { return mClock.nsecsElapsed() / 1e6; }
  int ticks() const { return mTicks; }

private:
  QTimer mTimer;
  QElapsedTimer mClock;
  qint64 mLast = 0;
  qint64 mLongest = 0;
  int mTicks = 0;
};

} // namespace

class TestRenderStall : public QObject
{
  Q_OBJECT

  std::unique_ptr<testing::SampleStore> mSample;
  std::unique_ptr<QgsProject> mProject;
  std::unique_ptr<QgsMapCanvas> mCanvas;
  std::unique_ptr<BoardRendering> mRendering; //!< one per project: it wraps the layers' renderers

  // A full redraw of the canvas while the meter runs; returns the redraw's wall time in ms.
  double measuredRedraw(StallMeter &meter, bool *done)
  {
    QSignalSpy refreshed(mCanvas.get(), &QgsMapCanvas::mapCanvasRefreshed);
    QElapsedTimer redraw;
    meter.start();
    redraw.start();
    mCanvas->refreshAllLayers();
    *done = refreshed.wait(10 * 60 * 1000);
    const double ms = redraw.nsecsElapsed() / 1e6;
    meter.stop();
    return ms;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QElapsedTimer made;
    made.start();
    mSample = std::make_unique<testing::SampleStore>(2024, 400);
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    qInfo("sample county at scale 400 made in %.1f s: %lld hidden dangers", made.nsecsElapsed() / 1e9, mSample->count(QStringLiteral("hidden_dangers")));
    QVERIFY(mSample->count(QStringLiteral("hidden_dangers")) >= 90000);
    mProject = std::make_unique<QgsProject>();
    QVERIFY(StoreMapLayers::load(mSample->path(), mProject.get()).ok());

    // Like the wall's canvas (desktop/consult/wall/WallWindow.cpp).
    mCanvas = std::make_unique<QgsMapCanvas>();
    mCanvas->setParallelRenderingEnabled(false);
    mCanvas->setCachingEnabled(true);
    mCanvas->setCanvasColor(Qt::white);
    mCanvas->resize(1920, 1080);
    mCanvas->setDestinationCrs(mProject->crs());
    mCanvas->setLayers(mProject->layerTreeRoot()->checkedLayers());
    mCanvas->setExtent(StoreMapLayers::countyExtent(mProject.get()));
    mCanvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(mCanvas.get()));
    QSignalSpy refreshed(mCanvas.get(), &QgsMapCanvas::mapCanvasRefreshed);
    QVERIFY(refreshed.wait(10 * 60 * 1000)); // the first picture, before any measurement
  }

  // Snapshots being built: frames are QGIS's own, read from SpatiaLite on the render thread.
  void redrawWhileSnapshotsBuild()
  {
    QElapsedTimer startup;
    startup.start();
    mRendering = std::make_unique<BoardRendering>(mProject.get());
    BoardRendering *rendering = mRendering.get();
    const double startupMs = startup.nsecsElapsed() / 1e6;
    SnapshotKeeper *keeper = rendering->keeper(StoreMapLayers::layer(mProject.get(), QStringLiteral("hidden_dangers")));
    QVERIFY(keeper);
    QVERIFY(!rendering->isReady());
    const int plainBefore = keeper->slot()->plainFrames;

    StallMeter meter;
    bool done = false;
    const double redrawMs = measuredRedraw(meter, &done);
    qInfo("BoardRendering started on the GUI thread in %.1f ms", startupMs);
    qInfo("redraw while snapshots build: %.0f ms, longest GUI stall %.1f ms (%d ticks), snapshots ready: %s", redrawMs,
          meter.longestMs(), meter.ticks(), rendering->isReady() ? "yes" : "no");
    QVERIFY(done);
    QVERIFY(keeper->slot()->plainFrames > plainBefore);
    QVERIFY2(startupMs < kStallBoundMs, qPrintable(QString::number(startupMs)));
    QVERIFY2(meter.longestMs() < kStallBoundMs, qPrintable(QString::number(meter.longestMs())));
  }

  void redrawFromSnapshots()
  {
    QVERIFY(mRendering);
    QElapsedTimer built;
    built.start();
    QVERIFY(mRendering->waitUntilReady(10 * 60 * 1000));
    qInfo("snapshots ready %.1f s after the previous redraw ended", built.nsecsElapsed() / 1e9);
    SnapshotKeeper *keeper = mRendering->keeper(StoreMapLayers::layer(mProject.get(), QStringLiteral("hidden_dangers")));
    QVERIFY(keeper);
    // The keepers' "snapshot ready" repaints: let them finish before measuring.
    QSignalSpy settled(mCanvas.get(), &QgsMapCanvas::mapCanvasRefreshed);
    settled.wait(5000);

    for (int run = 0; run < 3; ++run) {
      const int snapshotBefore = keeper->slot()->snapshotFrames;
      const int plainBefore = keeper->slot()->plainFrames;
      StallMeter meter;
      bool done = false;
      const double redrawMs = measuredRedraw(meter, &done);
      qInfo("redraw from snapshots, run %d: %.0f ms, longest GUI stall %.1f ms (%d ticks)", run + 1, redrawMs, meter.longestMs(), meter.ticks());
      QVERIFY(done);
      QCOMPARE(int(keeper->slot()->snapshotFrames), snapshotBefore + 1);
      QCOMPARE(int(keeper->slot()->plainFrames), plainBefore);
      QVERIFY2(meter.longestMs() < kStallBoundMs, qPrintable(QString::number(meter.longestMs())));
    }
  }

  void cleanupTestCase()
  {
    mCanvas.reset();
    mRendering.reset();
    mProject.reset();
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestRenderStall test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_render_stall.moc"
