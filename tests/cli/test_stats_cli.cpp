// `onemap stats daily` end to end on a sample store: values recorded by
// township code or name (with a note), the CSV written and its total row
// checked against the values, suggestions accepted without touching entered
// values, the PDF and XLSX written, and bad input refused with the field named,
// the right exit code and nothing written.
#include "OnemapProcess.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "StoreQueries.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QFile>
#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

class TestStatsCli : public QObject
{
  Q_OBJECT

  std::unique_ptr<testing::SampleStore> mSample;
  QString mFirstName;

  QStringList base(const QString &date = QStringLiteral("2025-06-20")) const
  {
    return {QStringLiteral("stats"), QStringLiteral("daily"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--date"), date,
            QStringLiteral("--lang"), QStringLiteral("en")};
  }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<testing::SampleStore>(2024, 1, QDate(2025, 6, 20));
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    mFirstName = testing::textIn(mSample->path(), QStringLiteral("SELECT name FROM admin_units WHERE code = '539901001000'"));
    QVERIFY(!mFirstName.isEmpty());
  }

  void recordsValuesAndWritesTheCsv()
  {
    const QString csv = mSample->dir() + QStringLiteral("/rain.csv");
    const Run r = runOnemap(base() << QStringLiteral("--set-value") << QStringLiteral("539901001000:people_transferred=120")
                                   << QStringLiteral("--set-value") << mFirstName + QStringLiteral(":dead_missing=1")
                                   << QStringLiteral("--set-value") << QStringLiteral("539901002000:people_transferred=35")
                                   << QStringLiteral("--note") << QStringLiteral("539901001000:people_transferred=含学校师生")
                                   << QStringLiteral("--by") << QStringLiteral("张值班") << QStringLiteral("--out") << csv);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("3 value(s) recorded")), qPrintable(r.err));
    QCOMPARE(testing::textIn(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics")), QStringLiteral("3"));
    QCOMPARE(testing::textIn(mSample->path(), QStringLiteral("SELECT note FROM daily_statistics WHERE field = 'people_transferred' AND township_code = '539901001000'")),
             QStringLiteral("含学校师生"));
    QCOMPARE(testing::textIn(mSample->path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'daily_statistics' AND actor = '张值班'")), QStringLiteral("3"));

    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15); // title, header, 12 townships, total
    const QStringList header = lines[1].split(QLatin1Char(','));
    const int col = header.indexOf(QStringLiteral("People transferred"));
    QVERIFY(col > 0);
    QCOMPARE(lines.last().split(QLatin1Char(','))[col], QStringLiteral("155")); // 120 + 35
    QVERIFY(lines[2].startsWith(QStringLiteral("539901001000,") + mFirstName));
  }

  void acceptsSuggestionsKeepingEnteredValues()
  {
    // Enter a rainfall first; accepting suggestions fills the rest of the column.
    Run r = runOnemap(base() << QStringLiteral("--set-value") << QStringLiteral("539901001000:rain_max_mm=99.5") << QStringLiteral("--accept-suggestions"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("suggested value(s) accepted")), qPrintable(r.err));
    QCOMPARE(testing::textIn(mSample->path(), QStringLiteral("SELECT value || source FROM daily_statistics WHERE field = 'rain_max_mm' AND township_code = '539901001000'")),
             QStringLiteral("99.5manual"));
    QVERIFY(testing::textIn(mSample->path(), QStringLiteral("SELECT count(*) FROM daily_statistics WHERE source = 'suggested'")).toInt() > 5);
    // The printed report shows what the store would have said, and that the entry is kept.
    QVERIFY2(r.out.contains(QStringLiteral("rain_max_mm")) && r.out.contains(QStringLiteral("entered 99.5 is kept")), qPrintable(r.out.right(600)));
  }

  void writesPdfAndXlsx()
  {
    const QString pdf = mSample->dir() + QStringLiteral("/rain.pdf");
    Run r = runOnemap(base() << QStringLiteral("--out") << pdf);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = testing::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Daily Statistics of the Seven Situations (Rain)")));
    QVERIFY(text.contains(mFirstName));
    QVERIFY(text.contains(QStringLiteral("County total")));
    const QString xlsx = mSample->dir() + QStringLiteral("/fire.xlsx");
    r = runOnemap(base() << QStringLiteral("--set") << QStringLiteral("fire") << QStringLiteral("--out") << xlsx);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(xlsx).size() > 1000);
  }

  void refusesBadInput_data()
  {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << QStringList {QStringLiteral("--set-value"), QStringLiteral("539901001000:roads_cut=-1")} << "2025-06-20" << 1
                              << "roads_cut (Road sections cut), township";
    QTest::newRow("unknown field") << QStringList {QStringLiteral("--set-value"), QStringLiteral("539901001000:roadscut=1")} << "2025-06-20" << 1 << "field: \"roadscut\"";
    QTest::newRow("unknown township") << QStringList {QStringLiteral("--set-value"), QStringLiteral("无此镇:roads_cut=1")} << "2025-06-20" << 1 << "township_code \"无此镇\"";
    QTest::newRow("future") << QStringList {QStringLiteral("--set-value"), QStringLiteral("539901001000:roads_cut=1")} << "2099-01-01" << 1 << "is in the future";
    QTest::newRow("not a number") << QStringList {QStringLiteral("--set-value"), QStringLiteral("539901001000:roads_cut=many")} << "2025-06-20" << 1 << "\"many\" is not a number";
    QTest::newRow("shape") << QStringList {QStringLiteral("--set-value"), QStringLiteral("roads_cut=1")} << "2025-06-20" << 2 << "TOWNSHIP:FIELD=VALUE";
    QTest::newRow("set") << QStringList {QStringLiteral("--set"), QStringLiteral("flood")} << "2025-06-20" << 2 << "--set must be one of";
    QTest::newRow("date") << QStringList() << "20-06-2025" << 2 << "--date must be";
    QTest::newRow("out") << QStringList {QStringLiteral("--out"), QStringLiteral("x.docx")} << "2025-06-20" << 2 << ".pdf, .csv or .xlsx";
    // The first value is fine, the second is not: neither is written.
    QTest::newRow("batch") << QStringList {QStringLiteral("--set-value"), QStringLiteral("539901003000:roads_cut=1"), QStringLiteral("--set-value"),
                                           QStringLiteral("539901004000:roads_cut=1.5")}
                           << "2025-06-20" << 1 << "value 2: roads_cut";
  }

  void refusesBadInput()
  {
    QFETCH(QStringList, extra);
    QFETCH(QString, date);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString before = testing::textIn(mSample->path(), QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM daily_statistics"));
    const Run r = runOnemap(base(date) << extra);
    QCOMPARE(r.code, code);
    const QString error = testing::onemapError(r.err);
    QVERIFY2(error.contains(message), qPrintable(r.err));
    QCOMPARE(testing::textIn(mSample->path(), QStringLiteral("SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM daily_statistics")), before);
  }
};

QTEST_GUILESS_MAIN(TestStatsCli)
#include "test_stats_cli.moc"
