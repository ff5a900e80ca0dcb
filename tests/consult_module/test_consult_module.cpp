// Consultation mode as a board module: the board finds consult.so in
// lib/onemap/modules, checks its metadata, loads it and the main window gets
// the mode (menu, dock, plotting tool bar, overdue badge); the wall opens
// over a rectangle linked to the seat and closes again. A folder without
// modules, or with a library of another kind, leaves the board as it was.
#include "ConsultationMode.h"
#include "ConsultationSession.h"
#include "SampleStore.h"
#include "agenda/ConsultationDock.h"
#include "app/QgisRuntime.h"
#include "consultation/Consultations.h"
#include "map/StoreMapLayers.h"
#include "modules/BoardModule.h"
#include "modules/BoardModules.h"
#include "plot/PlotToolbar.h"
#include "ui/MainWindow.h"
#include "wall/WallLink.h"
#include "wall/WallWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

using namespace onemap;

class TestConsultModule : public QObject
{
  Q_OBJECT
  testing::SampleStore mSample;
  QgsProject mProject;

  static QString buildModules() { return QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/modules"); }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
  }

  void findsAndLoadsTheModule()
  {
    const QVector<BoardModuleEntry> &found = BoardModules::entries({buildModules()});
    QCOMPARE(found.size(), 1);
    const BoardModuleEntry &e = found.first();
    QVERIFY2(e.module, qPrintable(e.message));
    QCOMPARE(e.id, QStringLiteral("consult"));
    QCOMPARE(e.nameZh, QStringLiteral("会商研判"));
    QCOMPARE(e.commands, QStringList {QStringLiteral("wall")});
    QCOMPARE(e.module->id(), QStringLiteral("consult"));
  }

  void skipsWhatIsNotAModule()
  {
    // Hazard plugins are Qt plugins of another interface: each is skipped with a message naming it.
    const QVector<BoardModuleEntry> &found = BoardModules::entries({QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins")});
    QVERIFY(!found.isEmpty());
    for (const BoardModuleEntry &e : found) {
      QVERIFY(!e.module);
      QVERIFY2(e.message.contains(QFileInfo(e.file).fileName()), qPrintable(e.message));
    }
    QVERIFY(BoardModules::entries({QStringLiteral("/nonexistent/modules")}).isEmpty());
  }

  void theBoardGetsTheMode()
  {
    // The board's own search path reaches the build tree's module folder.
    QVERIFY(BoardModules::defaultSearchPaths().contains(QDir(buildModules()).absolutePath()) || qEnvironmentVariableIsSet("ONEMAP_MODULE_PATH"));
    MainWindow window(&mProject);
    window.resize(1400, 900);
    window.show();
    auto *mode = window.findChild<ConsultationMode *>();
    QVERIFY(mode);
    QVERIFY(window.findChild<ConsultationDock *>());
    QVERIFY(window.findChild<PlotToolbar *>());
    QMenu *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("consultation-menu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(mode->dock()->nextAction()));

    // A meeting with an overdue task shows on the status bar.
    ConsultationSession *session = mode->session();
    Consultation header;
    header.kind = QStringLiteral("rolling_event");
    header.title = QStringLiteral("暴雨过程会商");
    header.hazard = QStringLiteral("rainstorm");
    header.heldOn = QDate::currentDate().toString(Qt::ISODate);
    Result<qint64> started = session->start(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(), header);
    QVERIFY2(started.ok(), qPrintable(started.message()));
    ConsultationTask late;
    late.task = QStringLiteral("巡查水库");
    late.owner = QStringLiteral("赵");
    late.deadline = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    QVERIFY(session->addTask(late));
    auto *badge = window.statusBar()->findChild<QLabel *>(QStringLiteral("overdue-tasks"));
    QVERIFY(badge);
    QVERIFY(!badge->isHidden());
    QVERIFY(badge->text().contains(QLatin1Char('1')));
    QCOMPARE(mode->overdueTasks(), 1);

    // The wall over a rectangle, linked to the seat: it takes the seat's centre.
    WallWindow *wall = mode->openWall(QRect(0, 0, 1920, 1080));
    QVERIFY(wall);
    QVERIFY(mode->wallLink());
    QCOMPARE(wall->session(), session);
    QgsRectangle seat = window.canvas()->extent();
    seat.scale(0.5);
    window.canvas()->setExtent(seat);
    QTRY_VERIFY(qAbs(wall->mapCanvas()->extent().center().x() - seat.center().x()) < seat.width() * 0.01);
    session->next();
    QCOMPARE(wall->shownStep(), 1);
    QPointer<WallWindow> gone = wall;
    mode->closeWall();
    QTRY_VERIFY(gone.isNull());
    QVERIFY(!mode->wall());
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true);
  TestConsultModule test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_consult_module.moc"
