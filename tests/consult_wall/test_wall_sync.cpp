// Operator seat -> wall: the seat's extent (same centre, all of it on the
// wall), layer visibility through the shared layer tree, selections on the
// shared layers (drawn on the wall, no forced zoom), the meeting's step and
// boards, the record on the boards; the seat's rubber bands stay on the seat.
#include "ImageCompare.h"
#include "WallFixture.h"
#include "app/QgisRuntime.h"
#include "consult/wall/WallBoard.h"
#include "consult/wall/WallLink.h"
#include "consult/wall/WallTheme.h"
#include "consult/wall/WallWindow.h"

#include <QLabel>
#include <QTableWidget>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

using namespace onemap;

class TestWallSync : public QObject
{
  Q_OBJECT

private:
  testing::WallFixture mFixture;
  std::unique_ptr<QgsMapCanvas> mSeat;
  std::unique_ptr<WallWindow> mWall;
  WallLink *mLink = nullptr;

  //! \a feature's geometry in the canvases' CRS.
  QgsGeometry inCanvasCrs(const QgsVectorLayer *layer, const QgsFeature &feature) const
  {
    QgsGeometry g = feature.geometry();
    g.transform(QgsCoordinateTransform(layer->crs(), mSeat->mapSettings().destinationCrs(), mFixture.project.transformContext()));
    return g;
  }

  static int tableRows(WallWindow &wall, const char *code) { return wall.board(QLatin1String(code))->table()->rowCount(); }

private Q_SLOTS:
  void initTestCase()
  {
    const QString failed = mFixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // The seat: a canvas over the project's layer tree, as in MainWindow.
    mSeat = std::make_unique<QgsMapCanvas>();
    mSeat->setProject(&mFixture.project);
    mSeat->setDestinationCrs(mFixture.project.crs());
    mSeat->resize(1200, 800);
    new QgsLayerTreeMapCanvasBridge(mFixture.project.layerTreeRoot(), mSeat.get(), mSeat.get());
    mSeat->show();
    QgsRectangle county = StoreMapLayers::countyExtent(&mFixture.project);
    mSeat->setExtent(county);

    mWall = std::make_unique<WallWindow>(&mFixture.project, QSize(1920, 1080));
    mWall->setNow(mFixture.now);
    mWall->show();
    mLink = new WallLink(mSeat.get(), mWall.get(), mFixture.session.get());
    QCOMPARE(mWall->session(), mFixture.session.get());
    QVERIFY(mWall->waitUntilDrawn());
  }

  void cleanupTestCase()
  {
    mWall.reset();
    mSeat.reset();
  }

  void extentFollowsSeat()
  {
    QgsVectorLayer *townships = StoreMapLayers::layer(&mFixture.project, QStringLiteral("townships"));
    QVERIFY(townships);
    QgsFeature township;
    QgsFeatureIterator it = townships->getFeatures();
    int seen = 0;
    while (it.nextFeature(township) && ++seen < 3) {
    }
    QVERIFY(township.hasGeometry());
    QgsRectangle box = inCanvasCrs(townships, township).boundingBox();
    box.scale(1.2);
    for (const QgsRectangle &wanted : {box, StoreMapLayers::countyExtent(&mFixture.project)}) {
      mSeat->setExtent(wanted);
      const QgsRectangle seat = mSeat->extent();
      QVERIFY(mWall->waitUntilDrawn());
      const QgsRectangle wall = mWall->mapCanvas()->extent();
      const double eps = seat.width() * 1e-6;
      QVERIFY2(qAbs(wall.center().x() - seat.center().x()) < eps && qAbs(wall.center().y() - seat.center().y()) < eps,
               qPrintable(wall.toString() + QStringLiteral(" vs ") + seat.toString()));
      QVERIFY(wall.xMinimum() <= seat.xMinimum() + eps && wall.xMaximum() >= seat.xMaximum() - eps);
      QVERIFY(wall.yMinimum() <= seat.yMinimum() + eps && wall.yMaximum() >= seat.yMaximum() - eps);
      // Covering, not zoomed out: one side matches.
      QVERIFY(qAbs(wall.width() - seat.width()) < eps || qAbs(wall.height() - seat.height()) < eps);
    }
  }

  void layerVisibilityFollowsTree()
  {
    QgsVectorLayer *roads = StoreMapLayers::layer(&mFixture.project, QStringLiteral("roads"));
    QVERIFY(roads);
    QgsLayerTreeLayer *node = mFixture.project.layerTreeRoot()->findLayer(roads->id());
    QVERIFY(node);
    QTRY_VERIFY(mWall->mapCanvas()->layers().contains(roads));
    node->setItemVisibilityChecked(false);
    QTRY_VERIFY(!mSeat->layers().contains(roads));
    QTRY_VERIFY(!mWall->mapCanvas()->layers().contains(roads));
    QCOMPARE(mWall->mapCanvas()->layers().size(), mSeat->layers().size());
    node->setItemVisibilityChecked(true);
    QTRY_VERIFY(mWall->mapCanvas()->layers().contains(roads));
    QCOMPARE(mWall->mapCanvas()->layers(), mSeat->layers());
  }

  void selectionShowsOnWall()
  {
    QgsVectorLayer *townships = StoreMapLayers::layer(&mFixture.project, QStringLiteral("townships"));
    QgsFeature township;
    QVERIFY(townships->getFeatures().nextFeature(township));
    const QgsGeometry shape = inCanvasCrs(townships, township);
    QgsRectangle box = shape.boundingBox();
    box.scale(1.3);
    mSeat->setExtent(box);
    QVERIFY(mWall->waitUntilDrawn());
    const QgsRectangle extentBefore = mWall->mapCanvas()->extent();
    const QImage before = mWall->mapCanvas()->grab().toImage();

    townships->selectByIds({township.id()});
    QVERIFY(mWall->waitUntilDrawn());
    const QImage after = mWall->mapCanvas()->grab().toImage();
    if (qEnvironmentVariableIsSet("ONEMAP_WALL_FULL_IMAGE"))
      mWall->grabImage().save(testing::renderReportPath(QStringLiteral("wall_selection"), QStringLiteral("_1920x1080")));
    QCOMPARE(mWall->mapCanvas()->extent(), extentBefore); // selecting does not move the wall
    QCOMPARE(townships->selectedFeatureIds(), QgsFeatureIds({township.id()}));

    // Sample the township's inside on the wall: the selection colour shows.
    const QgsMapToPixel *toPixel = mWall->mapCanvas()->getCoordinateTransform();
    const QColor selection = WallTheme::selection();
    auto distance = [&](QRgb c) {
      return qAbs(qRed(c) - selection.red()) + qAbs(qGreen(c) - selection.green()) + qAbs(qBlue(c) - selection.blue());
    };
    int inside = 0, changed = 0, towardSelection = 0;
    const QgsRectangle b = shape.boundingBox();
    for (int i = 0; i <= 40; ++i)
      for (int j = 0; j <= 40; ++j) {
        const QgsPointXY p(b.xMinimum() + b.width() * i / 40.0, b.yMinimum() + b.height() * j / 40.0);
        if (!shape.contains(&p))
          continue;
        const QgsPointXY px = toPixel->transform(p);
        const QPoint at(qRound(px.x()), qRound(px.y()));
        if (!after.rect().contains(at))
          continue;
        ++inside;
        changed += before.pixel(at) != after.pixel(at) ? 1 : 0;
        towardSelection += distance(after.pixel(at)) < distance(before.pixel(at)) - 30 ? 1 : 0;
      }
    qDebug() << "inside" << inside << "changed" << changed << "toward the selection colour" << towardSelection;
    QVERIFY(inside > 100);
    QVERIFY2(changed > inside / 2, qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(inside)));
    QVERIFY2(towardSelection > inside / 2, qPrintable(QStringLiteral("%1 of %2").arg(towardSelection).arg(inside)));

    townships->removeSelection();
    QVERIFY(mWall->waitUntilDrawn());
    const QImage cleared = mWall->mapCanvas()->grab().toImage();
    testing::ImageComparison back = testing::compareImages(cleared, before, 8);
    QVERIFY2(back.ratio() < 0.01, qPrintable(QString::number(back.ratio())));
  }

  void seatRubberBandsStayOnSeat()
  {
    auto countBands = [](QgsMapCanvas *canvas) {
      int n = 0;
      for (QGraphicsItem *item : canvas->scene()->items())
        n += dynamic_cast<QgsRubberBand *>(item) ? 1 : 0;
      return n;
    };
    const int wallBands = countBands(mWall->mapCanvas());
    auto *band = new QgsRubberBand(mSeat.get(), QgsWkbTypes::LineGeometry);
    band->addPoint(mSeat->extent().center());
    band->addPoint(QgsPointXY(mSeat->extent().xMaximum(), mSeat->extent().yMaximum()));
    QCOMPARE(countBands(mSeat.get()), 1);
    QCOMPARE(countBands(mWall->mapCanvas()), wallBands);
    delete band;
  }

  void stepAndBoardsFollowSession()
  {
    ConsultationSession *session = mFixture.session.get();
    session->goToStep(0);
    QCOMPARE(mWall->shownStep(), 0);
    session->next();
    QCOMPARE(session->currentStep(), 1);
    QCOMPARE(mWall->shownStep(), 1);
    QVERIFY(mWall->stepLabel()->text().startsWith(QStringLiteral("2/%1").arg(session->stepCount())));
    QVERIFY(!session->boards().isEmpty());
    QCOMPARE(mWall->shownPanels(), session->boards());
    for (const QString &code : WallWindow::panelCodes())
      QCOMPARE(mWall->panel(code)->isVisible(), session->boards().contains(code));

    session->setBoards({QStringLiteral("map"), QStringLiteral("forces"), QStringLiteral("tasks")});
    QCOMPARE(mWall->shownPanels(), QStringList({QStringLiteral("map"), QStringLiteral("forces"), QStringLiteral("tasks")}));
    QVERIFY(mWall->panel(QStringLiteral("tasks"))->isVisible());
    QVERIFY(!mWall->panel(QStringLiteral("warnings"))->isVisible());
    QVERIFY(!mWall->panel(QStringLiteral("overview"))->isVisible());
    QVERIFY(!mWall->panel(QStringLiteral("map"))->geometry().intersects(mWall->panel(QStringLiteral("tasks"))->geometry()));

    // The presenter remote aimed at the wall steps the agenda too.
    QTest::keyClick(mWall.get(), Qt::Key_PageDown);
    QCOMPARE(session->currentStep(), 2);
    QCOMPARE(mWall->shownStep(), 2);
    QTest::keyClick(mWall.get(), Qt::Key_PageUp);
    QCOMPARE(mWall->shownStep(), 1);

    session->previous();
    QCOMPARE(mWall->shownStep(), 0);
    QVERIFY(mWall->stepLabel()->text().startsWith(QStringLiteral("1/")));
    QCOMPARE(mWall->shownPanels(), session->boards());
  }

  void boardsShowTheRecord()
  {
    ConsultationSession *session = mFixture.session.get();
    const JudgementData data = JudgementData::gather(session->store(), session->meeting(), mFixture.now.date());
    QCOMPARE(tableRows(*mWall, "warnings"), data.warnings.size());
    // The impact board: one row per township plus the totals row (and plugin lines).
    QVERIFY(!data.impacts.isEmpty());
    QVERIFY(tableRows(*mWall, "impact") >= data.impacts.first().impact.townships.size() + 1);
    // Warning level colours, in the order of the data.
    for (int r = 0; r < data.warnings.size(); ++r)
      QCOMPARE(mWall->board(QStringLiteral("warnings"))->table()->item(r, 0)->background().color(), WallTheme::level(data.warnings[r].level));

    // Tasks: decisions first, then tasks; the overdue one in the alarm colour.
    QTableWidget *tasks = mWall->board(QStringLiteral("tasks"))->table();
    const int decisions = session->meeting().decisions.size();
    QCOMPARE(tasks->rowCount(), decisions + session->meeting().tasks.size());
    QCOMPARE(tasks->item(decisions, 0)->foreground().color(), WallTheme::alarm());
    QVERIFY(tasks->item(decisions + 1, 0)->foreground().color() != WallTheme::alarm());

    // A task added in the meeting shows at once (recordChanged); undo takes it away.
    ConsultationTask task;
    task.task = QStringLiteral("巡查水库大坝");
    task.owner = QStringLiteral("周杰");
    task.deadline = mFixture.now.date().addDays(-1).toString(Qt::ISODate);
    QVERIFY(session->addTask(task));
    QCOMPARE(tasks->rowCount(), decisions + session->meeting().tasks.size());
    QCOMPARE(tasks->item(tasks->rowCount() - 1, 0)->foreground().color(), WallTheme::alarm());
    session->undoStack()->undo();
    QCOMPARE(tasks->rowCount(), decisions + session->meeting().tasks.size());
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestWallSync test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_wall_sync.moc"
