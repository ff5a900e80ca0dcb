// `onemap event` and `onemap impact` with the build's hazard plugins, run as a
// duty officer runs them: a quake with a magnitude out of range is refused
// naming the field and writes nothing; a good one is recorded and its impact
// printed and written as a PDF read back; --id re-runs a stored event; the
// warning impact PDF and CSV carry each plugin's section, threatened objects
// and all three checklist tiers.
#include "OnemapProcess.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"

#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

namespace {
qint64 quakeCount(const QString &path)
{
  auto store = Store::open(path);
  SqlStatement q(store.value()->handle(), QStringLiteral("SELECT COUNT(*) FROM quake_events"));
  return q.next() ? q.int64(0) : -1;
}
} // namespace

class TestPluginEvents : public QObject
{
  Q_OBJECT
  testing::SampleStore mSample;
  QTemporaryDir mOut;
  double mLon = 0, mLat = 0;

  QStringList quake(const QString &magnitude) const
  {
    return {QStringLiteral("event"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--plugin"), QStringLiteral("earthquake"),
            QStringLiteral("--kind"), QStringLiteral("quake"), QStringLiteral("--value"), QStringLiteral("lon=%1").arg(mLon, 0, 'f', 4),
            QStringLiteral("--value"), QStringLiteral("lat=%1").arg(mLat, 0, 'f', 4), QStringLiteral("--value"), QStringLiteral("magnitude=") + magnitude,
            QStringLiteral("--value"), QStringLiteral("depth_km=12"), QStringLiteral("--value"), QStringLiteral("occurred_at=2026-11-23T09:30:00+08:00"),
            QStringLiteral("--value"), QStringLiteral("place=示范县城关镇"), QStringLiteral("--lang"), QStringLiteral("en")};
  }

private Q_SLOTS:
  void initTestCase()
  {
    qputenv("ONEMAP_PLUGIN_PATH", ONEMAP_BINARY_DIR "/lib/onemap/plugins");
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    // The epicentre in the middle of the county's villages.
    auto store = Store::open(mSample.path());
    SqlStatement c(store.value()->handle(), QStringLiteral("SELECT AVG(X(ST_Centroid(geom))), AVG(Y(ST_Centroid(geom))) FROM admin_units WHERE level = 'village'"));
    QVERIFY(c.next());
    mLon = c.real(0);
    mLat = c.real(1);
  }

  void badMagnitudeIsRefused()
  {
    // Migrate through a harmless run first so the table exists to count.
    Run r = runOnemap(quake(QStringLiteral("9.1")));
    QCOMPARE(r.code, 1);
    const QString error = testing::onemapError(r.err);
    QVERIFY2(error.contains(QStringLiteral("magnitude: 9.1 is outside 4.0..8.5 Ms")), qPrintable(r.err));
    QCOMPARE(quakeCount(mSample.path()), 0);
    r = runOnemap(quake(QStringLiteral("strong")));
    QCOMPARE(r.code, 1);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("magnitude: strong is not a number")), qPrintable(r.err));
    QCOMPARE(quakeCount(mSample.path()), 0);
    // A field the kind does not have is a usage error naming it.
    QStringList args = quake(QStringLiteral("5.0"));
    args << QStringLiteral("--value") << QStringLiteral("wind=3");
    r = runOnemap(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no field wind")), qPrintable(r.err));
    QCOMPARE(quakeCount(mSample.path()), 0);
    QVERIFY(!r.err.contains(QStringLiteral("No such plugin for spec"))); // Qt does not take --plugin for itself
  }

  void goodEventPrintedAndWritten()
  {
    Run r = runOnemap(quake(QStringLiteral("6.0")) << QStringLiteral("--level") << QStringLiteral("II"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(quakeCount(mSample.path()), 1);
    QVERIFY2(r.out.contains(QStringLiteral("Earthquake intensity rings")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("M6.0 at 示范县城关镇")));
    QVERIFY(r.out.contains(QStringLiteral("level II response checklist, Village (grid)")));
    QVERIFY(r.out.contains(QStringLiteral("intensity VII ring")) || r.out.contains(QStringLiteral("intensity VIII ring")));

    // The stored event again, by id, to a PDF.
    qint64 id = 0;
    {
      auto store = Store::open(mSample.path());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT MAX(id) FROM quake_events"));
      QVERIFY(q.next());
      id = q.int64(0);
    }
    const QString pdf = mOut.filePath(QStringLiteral("quake.pdf"));
    r = runOnemap({QStringLiteral("event"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--plugin"), QStringLiteral("earthquake"),
                   QStringLiteral("--kind"), QStringLiteral("quake"), QStringLiteral("--id"), QString::number(id), QStringLiteral("--level"),
                   QStringLiteral("I"), QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(quakeCount(mSample.path()), 1); // re-running writes nothing
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Event impact analysis")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("Earthquake intensity rings")));
    QVERIFY(text.contains(QStringLiteral("(id %1)").arg(id)));
    for (const char *tier : {"County", "Township", "Village (grid)"})
      QVERIFY2(text.contains(QStringLiteral("level I response checklist, %1").arg(QLatin1String(tier))), tier);

    // An id that is not there fails naming the table.
    r = runOnemap({QStringLiteral("event"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--plugin"), QStringLiteral("earthquake"),
                   QStringLiteral("--kind"), QStringLiteral("quake"), QStringLiteral("--id"), QStringLiteral("999"), QStringLiteral("--lang"),
                   QStringLiteral("en")});
    QCOMPARE(r.code, 1);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("quake_events: no event with id 999")), qPrintable(r.err));
  }

  void unknownPluginOrKind()
  {
    Run r = runOnemap({QStringLiteral("event"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--plugin"), QStringLiteral("volcano"),
                       QStringLiteral("--kind"), QStringLiteral("x"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no loaded hazard plugin volcano")) && r.err.contains(QStringLiteral("earthquake")), qPrintable(r.err));
    r = runOnemap({QStringLiteral("event"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--plugin"), QStringLiteral("earthquake"),
                   QStringLiteral("--kind"), QStringLiteral("fire"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no event kind fire (kinds: quake)")), qPrintable(r.err));
  }

  void warningImpactWithPluginSections()
  {
    qint64 warning = 0;
    {
      auto store = Store::open(mSample.path());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT id FROM warnings WHERE hazard = 'geological' LIMIT 1"));
      QVERIFY(q.next());
      warning = q.int64(0);
    }
    const QString pdf = mOut.filePath(QStringLiteral("impact.pdf"));
    Run r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(warning),
                       QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = testing::pdfText(pdf);
    // After the board's own tables, the geohazard plugin's part; no earthquake part for a geological warning.
    const int board = text.indexOf(QStringLiteral("Rescue teams inside the area"));
    const int plugin = text.indexOf(QStringLiteral("Hazard plugin: Geological hazards"));
    QVERIFY2(board >= 0 && plugin > board, qPrintable(text.right(1500)));
    QVERIFY(text.contains(QStringLiteral("Geological hazard points")));
    QVERIFY(text.contains(QStringLiteral("objects threatened")));
    for (const char *tier : {"County", "Township", "Village (grid)"})
      QVERIFY2(text.contains(QStringLiteral("level IV response checklist, %1").arg(QLatin1String(tier))), tier);
    QVERIFY(!text.contains(QStringLiteral("Hazard plugin: Earthquake")));

    const QString csv = mOut.filePath(QStringLiteral("impact.csv"));
    r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(warning),
                   QStringLiteral("--out"), csv, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString data = QString::fromUtf8(f.readAll());
    for (const char *key : {"[plugin:geohazard]", "[plugin:geohazard:threatened]", "[plugin:geohazard:checklist:county]",
                            "[plugin:geohazard:checklist:township]", "[plugin:geohazard:checklist:village]"})
      QVERIFY2(data.contains(QLatin1String(key)), key);

    r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(warning),
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.indexOf(QStringLiteral("Geological hazard points")) > r.out.indexOf(QStringLiteral("Townships affected")));
  }
};

QTEST_GUILESS_MAIN(TestPluginEvents)
#include "test_plugin_events.moc"
