// The wall at 5760x2160, drawn offscreen on the sample county during a
// rainstorm meeting (fixed seed, frozen clock), against a control image.
// The control image is kept at a quarter of the size (1440x540) to stay
// small; the render is scaled the same way before comparing.
// ONEMAP_UPDATE_CONTROL=1 rewrites it: look at it before committing.
#include "ImageCompare.h"
#include "WallFixture.h"
#include "app/QgisRuntime.h"
#include "consult/wall/WallBoard.h"
#include "consult/wall/WallScreenshot.h"
#include "consult/wall/WallWindow.h"

#include <QTableWidget>

using namespace onemap;

class TestWallRender : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void wall5760x2160()
  {
    testing::WallFixture fixture;
    const QString failed = fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    fixture.session->goToStep(2); // geological hazards
    fixture.session->setBoards(WallWindow::panelCodes());

    WallWindow wall(&fixture.project, QSize(5760, 2160));
    wall.setNow(fixture.now);
    wall.setSession(fixture.session.get());
    wall.show();
    QVERIFY(wall.waitUntilDrawn(120000));
    const QImage full = wall.grabImage();
    QCOMPARE(full.size(), QSize(5760, 2160));
    // Every board has rows to show; rows that do not fit are hidden whole and
    // counted, never drawn cut in half (the forces board has more than fit).
    for (const char *code : {"warnings", "impact", "forces", "tasks"}) {
      WallBoard *board = wall.board(QLatin1String(code));
      QTableWidget *table = board->table();
      QVERIFY2(table->rowCount() > 0, code);
      int shown = 0;
      for (int r = 0; r < table->rowCount(); ++r) {
        if (table->isRowHidden(r))
          continue;
        ++shown;
        QVERIFY2(table->rowViewportPosition(r) + table->rowHeight(r) <= table->viewport()->height(), code);
      }
      QCOMPARE(shown + board->hiddenRows(), table->rowCount());
    }
    QVERIFY(wall.board(QStringLiteral("forces"))->hiddenRows() > 0);
    QCOMPARE(wall.board(QStringLiteral("tasks"))->hiddenRows(), 0);
    if (qEnvironmentVariableIsSet("ONEMAP_WALL_FULL_IMAGE"))
      full.save(testing::renderReportPath(QStringLiteral("wall_5760x2160"), QStringLiteral("_full")));

    const QImage rendered = full.scaled(full.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const testing::ControlCheck check = testing::checkControlImage(rendered, QStringLiteral("wall_5760x2160"), 0.02);
    if (check.rewritten)
      QSKIP("control image rewritten; review it before committing");
    QVERIFY2(check.failure.isEmpty(), qPrintable(check.failure));
  }

  void screenshotCommand()
  {
    testing::WallFixture fixture;
    const QString failed = fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QString out = fixture.sample.dir() + QStringLiteral("/wall.png");
    const QString id = QString::number(fixture.session->meeting().id);
    const QString now = fixture.now.toString(Qt::ISODate);
    QCOMPARE(runWallScreenshot({QStringLiteral("wall"), QStringLiteral("--store"), fixture.sample.path(), QStringLiteral("--consultation"), id,
                                QStringLiteral("--step"), QStringLiteral("4"), QStringLiteral("--size"), QStringLiteral("1920x1080"),
                                QStringLiteral("--now"), now, QStringLiteral("--out"), out}),
             0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1920, 1080));
    // Something was drawn: the map's many colours, not a blank dark frame.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
      for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 200);

    // Wrong usage: exit code 2, nothing written.
    const QString bad = fixture.sample.dir() + QStringLiteral("/bad.png");
    QCOMPARE(runWallScreenshot({QStringLiteral("wall"), QStringLiteral("--store"), fixture.sample.path(), QStringLiteral("--size"), QStringLiteral("big"),
                                QStringLiteral("--out"), bad}),
             2);
    QCOMPARE(runWallScreenshot({QStringLiteral("wall"), QStringLiteral("--store"), fixture.sample.path(), QStringLiteral("--step"), QStringLiteral("99"),
                                QStringLiteral("--out"), bad}),
             2);
    QVERIFY(!QFile::exists(bad));
    // A meeting that is not there: exit code 1.
    QCOMPARE(runWallScreenshot({QStringLiteral("wall"), QStringLiteral("--store"), fixture.sample.path(), QStringLiteral("--consultation"), QStringLiteral("9999"),
                                QStringLiteral("--out"), bad}),
             1);
    if (qEnvironmentVariableIsSet("ONEMAP_WALL_FULL_IMAGE")) {
      const QString report = testing::renderReportPath(QStringLiteral("wall_1920x1080"), QStringLiteral("_command"));
      QFile::remove(report); // copy does not overwrite
      QFile::copy(out, report);
    }
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestWallRender test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_wall_render.moc"
