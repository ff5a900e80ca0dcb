// End to end through the `onemap` executable: init the sample county, export
// a sheet, and every kind of bad input gives one line naming the thing,
// a non-zero exit and no change on disk.
#include "OnemapProcess.h"
#include "PdfText.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace onemap;
using testing::onemapError;
using testing::Run;
using testing::runOnemap;

namespace {
QByteArray hashOf(const QString &path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCli : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mStore = mDir.filePath(QStringLiteral("county.onemap.sqlite"));
    const Run r = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--store"), mStore});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("hidden_dangers\t250")));
    QVERIFY(QFile::exists(mStore));
    QVERIFY(!QFile::exists(mStore + QStringLiteral(".partial")));
  }

  void initRefusesToOverwriteWithoutForce()
  {
    const QByteArray before = hashOf(mStore);
    const Run r = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--store"), mStore});
    QCOMPARE(r.code, 1);
    QVERIFY2(onemapError(r.err).contains(mStore) && onemapError(r.err).contains(QStringLiteral("--force")), qPrintable(r.err));
    QCOMPARE(hashOf(mStore), before);
  }

  void initSampleIsAsOfTodayUnlessToldOtherwise()
  {
    auto store = Store::open(mStore);
    QVERIFY2(store, qPrintable(store.message()));
    QCOMPARE(store.value()->meta(QStringLiteral("sample_register_date")), QDate::currentDate().toString(Qt::ISODate));

    const QString other = mDir.filePath(QStringLiteral("asof.onemap.sqlite"));
    const Run bad = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--as-of"), QStringLiteral("30/06/2025"), QStringLiteral("--store"), other});
    QCOMPARE(bad.code, 2);
    QVERIFY2(onemapError(bad.err).contains(QStringLiteral("30/06/2025")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(other));
    const Run r = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--store"), other});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto dated = Store::open(other);
    QVERIFY2(dated, qPrintable(dated.message()));
    QCOMPARE(dated.value()->meta(QStringLiteral("sample_register_date")), QStringLiteral("2025-06-30"));
    // Every step of the history is on or before the register date.
    sqlite3_stmt *q = nullptr;
    QCOMPARE(sqlite3_prepare_v2(dated.value()->handle(), "SELECT count(*), max(substr(at, 1, 10)) FROM danger_events", -1, &q, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(q), SQLITE_ROW);
    QVERIFY(sqlite3_column_int(q, 0) > 0);
    QVERIFY(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1))) <= QStringLiteral("2025-06-30"));
    sqlite3_finalize(q);
    // The sample's warnings are sent that morning and in force until the next evening.
    QCOMPARE(sqlite3_prepare_v2(dated.value()->handle(),
                                "SELECT count(*) FROM warnings WHERE sent = '2025-06-30T08:00:00+08:00' AND expires = '2025-07-01T20:00:00+08:00' "
                                "AND substr(identifier, -15) = '_20250630080000'",
                                -1, &q, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(q), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(q, 0), 3);
    sqlite3_finalize(q);
  }

  void exportMapWritesAPdfWithTheTitle()
  {
    const QString pdf = mDir.filePath(QStringLiteral("county.pdf"));
    const Run r = runOnemap({QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--store"), mStore, QStringLiteral("--out"), pdf,
                          QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--dpi"), QStringLiteral("120"),
                          QStringLiteral("--title"), QStringLiteral("示范县应急资源分布图")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(testing::pdfText(pdf).contains(QStringLiteral("示范县应急资源分布图")));
  }

  void badInputFailsWithOneLineAndChangesNothing_data()
  {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("missing store") << "missing" << 1;
    QTest::newRow("not a store") << "text" << 1;
    QTest::newRow("newer schema") << "newer" << 1;
    QTest::newRow("unwritable output") << "unwritable" << 2;
    QTest::newRow("unknown paper") << "paper" << 2;
    QTest::newRow("unknown verb") << "verb" << 2;
  }

  void badInputFailsWithOneLineAndChangesNothing()
  {
    QFETCH(QString, kind);
    QFETCH(int, code);
    QString store = mStore;
    QString out = mDir.filePath(kind + QStringLiteral(".pdf"));
    QString paper = QStringLiteral("A4");
    QString mentions;
    if (kind == QLatin1String("missing")) {
      store = mDir.filePath(QStringLiteral("nowhere.onemap.sqlite"));
      mentions = store;
    } else if (kind == QLatin1String("text")) {
      store = mDir.filePath(QStringLiteral("readme.sqlite"));
      QFile f(store);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("plain text");
      mentions = store;
    } else if (kind == QLatin1String("newer")) {
      store = mDir.filePath(QStringLiteral("future.onemap.sqlite"));
      sqlite3 *db = nullptr;
      QCOMPARE(sqlite3_open(store.toUtf8().constData(), &db), SQLITE_OK);
      const QByteArray sql = QStringLiteral("CREATE TABLE t(x); PRAGMA application_id=%1; PRAGMA user_version=99").arg(Store::kApplicationId).toUtf8();
      QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
      sqlite3_close(db);
      mentions = QStringLiteral("99");
    } else if (kind == QLatin1String("unwritable")) {
      out = QStringLiteral("/nonexistent-folder/sheet.pdf");
      mentions = out;
    } else if (kind == QLatin1String("paper")) {
      paper = QStringLiteral("Letter");
      mentions = QStringLiteral("LETTER");
    }
    const QByteArray before = hashOf(store);
    const QStringList args = kind == QLatin1String("verb")
                               ? QStringList {QStringLiteral("explode")}
                               : QStringList {QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--store"), store,
                                              QStringLiteral("--out"), out, QStringLiteral("--paper"), paper};
    if (kind == QLatin1String("verb"))
      mentions = QStringLiteral("explode");
    const Run r = runOnemap(args);
    QCOMPARE(r.code, code);
    const QString line = onemapError(r.err);
    QVERIFY2(!line.isEmpty() && line.contains(mentions), qPrintable(r.err));
    QCOMPARE(hashOf(store), before);
    QVERIFY(!QFile::exists(out));
    if (kind == QLatin1String("missing"))
      QVERIFY(!QFile::exists(store));
  }

  void englishWithLangEn()
  {
    const Run r = runOnemap({QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--store"), mDir.filePath(QStringLiteral("none.sqlite")),
                          QStringLiteral("--out"), mDir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(onemapError(r.err).contains(QStringLiteral("store not found")));
    const Run zh = runOnemap({QStringLiteral("export"), QStringLiteral("map"), QStringLiteral("--store"), mDir.filePath(QStringLiteral("none.sqlite")),
                           QStringLiteral("--out"), mDir.filePath(QStringLiteral("x.pdf"))});
    QVERIFY2(onemapError(zh.err).contains(QStringLiteral("找不到态势库")), qPrintable(zh.err));
  }

private:
  QTemporaryDir mDir;
  QString mStore;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
