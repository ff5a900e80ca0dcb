// The wall's sizing at 1920x1080, 3840x2160 and 5760x2160: scale factors and
// font pixel sizes as WallTheme documents them, and the panels laid out inside
// the wall, under the title strip, without overlapping, whichever are shown.
#include "WallFixture.h"
#include "app/QgisRuntime.h"
#include "consult/wall/WallBoard.h"
#include "consult/wall/WallLayout.h"
#include "consult/wall/WallTheme.h"
#include "consult/wall/WallWindow.h"

#include <QLabel>
#include <QScreen>
#include <QWindow>
#include <QTableWidget>
#include <qgsmapcanvas.h>

using namespace onemap;

class TestWallTheme : public QObject
{
  Q_OBJECT

private:
  testing::WallFixture mFixture;

  static void checkLayout(WallWindow &wall)
  {
    const QRect area = wall.rect().adjusted(0, wall.theme().titleStripHeight(), 0, 0);
    const QStringList shown = wall.shownPanels();
    for (const QString &code : WallWindow::panelCodes())
      QCOMPARE(wall.panel(code)->isVisibleTo(&wall), shown.contains(code));
    for (int i = 0; i < shown.size(); ++i) {
      const QRect a = wall.panel(shown[i])->geometry();
      QVERIFY2(area.contains(a), qPrintable(shown[i]));
      // Big enough to read: at least a fifth of the wall high and a sixth wide.
      QVERIFY2(a.height() >= wall.height() / 5 && a.width() >= wall.width() / 6, qPrintable(shown[i]));
      for (int j = i + 1; j < shown.size(); ++j)
        QVERIFY2(!a.intersects(wall.panel(shown[j])->geometry()), qPrintable(shown[i] + QLatin1Char('/') + shown[j]));
    }
  }

private Q_SLOTS:
  void initTestCase()
  {
    const QString failed = mFixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
  }

  void scaleAndFonts_data()
  {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("title");
    QTest::addColumn<int>("heading");
    QTest::addColumn<int>("text");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 1.0 << 40 << 30 << 24;
    QTest::newRow("3840x2160") << QSize(3840, 2160) << 2.0 << 80 << 60 << 48;
    QTest::newRow("5760x2160") << QSize(5760, 2160) << 2.0 << 80 << 60 << 48;
    QTest::newRow("1280x720") << QSize(1280, 720) << 2.0 / 3.0 << 27 << 20 << 16;
  }
  void scaleAndFonts()
  {
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(int, title);
    QFETCH(int, heading);
    QFETCH(int, text);
    const WallTheme theme(size);
    QCOMPARE(theme.scale(), scale);
    QCOMPARE(theme.pixelSize(WallTheme::Role::Title), title);
    QCOMPARE(theme.pixelSize(WallTheme::Role::Heading), heading);
    QCOMPARE(theme.pixelSize(WallTheme::Role::Text), text);
    QCOMPARE(theme.mapMagnification(), 1.5 * scale);
    QVERIFY(theme.titleStripHeight() > title);
    QVERIFY(theme.rowHeight() > text);

    // The built wall uses those sizes: title strip, board headings, board text, map.
    mFixture.session->setBoards(WallWindow::panelCodes());
    WallWindow wall(&mFixture.project, size);
    wall.setSession(mFixture.session.get());
    wall.show();
    QCOMPARE(wall.size(), size);
    QVERIFY(wall.windowFlags().testFlag(Qt::FramelessWindowHint));
    wall.stepLabel()->ensurePolished();
    QCOMPARE(wall.stepLabel()->font().pixelSize(), title);
    for (const char *code : {"warnings", "impact", "forces", "tasks"}) {
      WallBoard *board = wall.board(QLatin1String(code));
      QVERIFY(board);
      board->heading()->ensurePolished();
      board->table()->ensurePolished();
      QCOMPARE(board->heading()->font().pixelSize(), heading);
      QCOMPARE(board->table()->font().pixelSize(), text);
    }
    // Symbols and labels grow with the wall: magnified DPI over the screen's.
    QVERIFY(wall.waitUntilDrawn());
    const double screenDpi = wall.windowHandle()->screen()->logicalDotsPerInch();
    QCOMPARE(wall.mapCanvas()->magnificationFactor(), 1.5 * scale);
    QVERIFY(qAbs(wall.mapCanvas()->mapSettings().outputDpi() - screenDpi * 1.5 * scale) < 0.01);
    QVERIFY(qAbs(wall.overviewCanvas()->mapSettings().outputDpi() - screenDpi * scale) < 0.01);
    QCOMPARE(wall.mapCanvas()->canvasColor(), WallTheme::canvas());
  }

  void panelsDoNotOverlap_data()
  {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
    QTest::newRow("5760x2160") << QSize(5760, 2160);
  }
  void panelsDoNotOverlap()
  {
    QFETCH(QSize, size);
    WallWindow wall(&mFixture.project, size);
    wall.setSession(mFixture.session.get());
    wall.show();
    const QList<QStringList> sets {WallWindow::panelCodes(),
                                   {QStringLiteral("map"), QStringLiteral("warnings")},
                                   {QStringLiteral("map")},
                                   {QStringLiteral("overview"), QStringLiteral("impact"), QStringLiteral("tasks")},
                                   {QStringLiteral("map"), QStringLiteral("impact"), QStringLiteral("forces"), QStringLiteral("tasks")}};
    for (const QStringList &set : sets) {
      mFixture.session->setBoards(set);
      QCOMPARE(wall.shownPanels().size(), set.size());
      checkLayout(wall);
      if (set == QStringList {QStringLiteral("map")})
        QVERIFY(wall.panel(QStringLiteral("map"))->width() > size.width() * 9 / 10); // alone, the map takes the wall
    }
    // All six: the map is the biggest panel.
    mFixture.session->setBoards(WallWindow::panelCodes());
    const int mapArea = wall.panel(QStringLiteral("map"))->width() * wall.panel(QStringLiteral("map"))->height();
    for (const QString &code : WallWindow::panelCodes().mid(1))
      QVERIFY(wall.panel(code)->width() * wall.panel(code)->height() < mapArea);
  }

  void layoutWithoutWindow()
  {
    // The pure layout: every subset of panels, at the three wall sizes.
    const QStringList codes = WallWindow::panelCodes();
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160), QSize(5760, 2160)}) {
      const QRect content(10, 90, size.width() - 20, size.height() - 100);
      for (int mask = 1; mask < (1 << codes.size()); ++mask) {
        QStringList shown;
        for (int i = 0; i < codes.size(); ++i)
          if (mask & (1 << i))
            shown << codes[i];
        const QHash<QString, QRect> places = WallLayout::place(content, shown, 8);
        QCOMPARE(places.size(), shown.size());
        qint64 area = 0;
        for (const QString &a : shown) {
          QVERIFY(content.contains(places[a]));
          area += qint64(places[a].width()) * places[a].height();
          for (const QString &b : shown)
            QVERIFY(a == b || !places[a].intersects(places[b]));
        }
        // The panels use most of the wall: only the gaps are left.
        QVERIFY(area > qint64(content.width()) * content.height() * 9 / 10);
      }
    }
  }

  void unitedScreens()
  {
    // Whatever screens the platform has, the wall covers each of them.
    const QRect united = WallWindow::unitedGeometry(QGuiApplication::screens());
    for (QScreen *screen : QGuiApplication::screens())
      QVERIFY(united.contains(screen->geometry()));
    QVERIFY(WallWindow::unitedGeometry({}).isNull());

    // Presented on one whole screen: full screen, frameless, sized by that screen.
    QScreen *screen = QGuiApplication::primaryScreen();
    WallWindow wall(&mFixture.project, WallWindow::unitedGeometry({screen}));
    wall.present();
    QVERIFY(wall.isVisible());
    QVERIFY(wall.isFullScreen());
    QVERIFY(wall.windowFlags().testFlag(Qt::FramelessWindowHint));
    QCOMPARE(wall.theme().wallSize(), screen->geometry().size());
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestWallTheme test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_wall_theme.moc"
