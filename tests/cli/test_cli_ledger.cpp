// `onemap export ledger` end to end: filtered CSV/XLSX with Chinese headers,
// and wrong input gives one line naming the thing and a non-zero exit.
#include "OnemapProcess.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

class TestCliLedger : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mStore = mDir.filePath(QStringLiteral("s.onemap.sqlite"));
    const Run init = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--store"), mStore});
    QVERIFY2(init.code == 0, qPrintable(init.err));
  }

  void csvIsFilteredWithChineseHeaders()
  {
    const QString out = mDir.filePath(QStringLiteral("城关镇滑坡.csv"));
    const Run r = runOnemap({QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--store"), mStore,
                             QStringLiteral("--layer"), QStringLiteral("hidden_dangers"), QStringLiteral("--out"), out,
                             QStringLiteral("--township"), QStringLiteral("城关镇"), QStringLiteral("--type"), QStringLiteral("滑坡")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto store = Store::open(mStore);
    QVERIFY(store.ok());
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT count(*) FROM hidden_dangers h JOIN admin_units a "
                                                          "ON a.code = substr(h.village_code, 1, 9) || '000' "
                                                          "WHERE a.name = '城关镇' AND h.hazard_type = 'landslide'"));
    QVERIFY(q.next());
    QVERIFY(q.int64(0) > 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(qint64(data.count("\r\n")), q.int64(0) + 1);
    const QString text = QString::fromUtf8(data);
    QVERIFY2(text.contains(QStringLiteral("隐患类型")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral(",滑坡,")));
    QVERIFY(!text.contains(QStringLiteral(",landslide,")));
  }

  void xlsxOpensWithTheSameRows()
  {
    const QString out = mDir.filePath(QStringLiteral("teams.xlsx"));
    const Run r = runOnemap({QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--store"), mStore,
                             QStringLiteral("--layer"), QStringLiteral("teams"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("teams.part.xlsx"))));
    auto store = Store::open(mStore);
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT count(*) FROM teams"));
    QVERIFY(q.next());
    GDALAllRegister();
    const char *openOptions[] = {"HEADERS=FORCE", nullptr};
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(out).constData(), GDAL_OF_VECTOR, nullptr, openOptions, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    QCOMPARE(qint64(OGR_L_GetFeatureCount(layer, TRUE)), q.int64(0));
    QVERIFY(OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "队伍类型") >= 0 || OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "类型") >= 0);
    GDALClose(ds);
  }

  void badInputNamesTheProblem_data()
  {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown ledger") << QStringList {QStringLiteral("--layer"), QStringLiteral("bridges"), QStringLiteral("--out"), QStringLiteral("x.csv")} << 2 << "bridges";
    QTest::newRow("no out") << QStringList {QStringLiteral("--layer"), QStringLiteral("teams")} << 2 << "--out";
    QTest::newRow("bad format") << QStringList {QStringLiteral("--layer"), QStringLiteral("teams"), QStringLiteral("--out"), QStringLiteral("OUTDIR/t.ods")} << 1 << "t.ods";
    QTest::newRow("unknown township") << QStringList {QStringLiteral("--layer"), QStringLiteral("teams"), QStringLiteral("--township"), QStringLiteral("火星镇"), QStringLiteral("--out"), QStringLiteral("OUTDIR/t.csv")} << 2 << "火星镇";
    QTest::newRow("no type on cameras") << QStringList {QStringLiteral("--layer"), QStringLiteral("cameras"), QStringLiteral("--type"), QStringLiteral("x"), QStringLiteral("--out"), QStringLiteral("OUTDIR/c.csv")} << 2 << "cameras";
  }

  void badInputNamesTheProblem()
  {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    args.replaceInStrings(QStringLiteral("OUTDIR"), mDir.path());
    const Run r = runOnemap(QStringList {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--store"), mStore} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("t.csv"))));
  }

private:
  QTemporaryDir mDir;
  QString mStore;
};

QTEST_GUILESS_MAIN(TestCliLedger)
#include "test_cli_ledger.moc"
