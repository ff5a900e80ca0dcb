// `onemap impact` end to end on a sample store: the CSV read back section by
// section (township rows add up to the Total row, and to counts made here with
// a plain SQL scan), the PDF read back with pdftotext, and an unknown id.
#include "CsvRecords.h"
#include "OnemapProcess.h"
#include "PdfText.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QFile>
#include <QTranslator>
#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

namespace {

//! Splits one CSV line (quotes doubled inside quoted cells).
QStringList cells(const QString &line) { return testing::parseCsv(line).value(0); }

//! Section key -> rows after its header row.
QMap<QString, QList<QStringList>> sections(const QByteArray &bytes)
{
  QMap<QString, QList<QStringList>> out;
  QString key;
  bool header = false;
  for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"))) {
    if (line.isEmpty()) {
      key.clear();
      continue;
    }
    const QStringList c = cells(line);
    if (key.isEmpty() && c.first().startsWith(QLatin1Char('['))) {
      key = c.first().mid(1, c.first().size() - 2);
      out[key];
      header = true;
    } else if (header) {
      header = false;
    } else if (!key.isEmpty()) {
      out[key] << c;
    }
  }
  return out;
}

} // namespace

class TestImpactCli : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  qint64 mOrange = 0;
  qint64 mDangersInside = 0;
  qint64 mEscalatedInside = 0;
  qint64 mSheltersInside = 0;
  qint64 mCapacityInside = 0;
  qint64 mTeamsInside = 0;
  const QString mAsOf = QStringLiteral("2025-06-30");

  qint64 scalar(Store &store, const QString &sql)
  {
    SqlStatement q(store.handle(), sql);
    q.bind(1, mOrange);
    return q.next() ? q.int64(0) : -1;
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto store = Store::open(mSample.path());
    QVERIFY2(store.ok(), qPrintable(store.message()));
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT id FROM warnings WHERE level = 'orange' ORDER BY id LIMIT 1"));
    QVERIFY2(q.next(), "the sample county should hold an orange warning");
    mOrange = q.int64(0);
    // A plain scan, no R*Tree, no township lookup: a different road to the same counts.
    Store &s = *store.value();
    mDangersInside = scalar(s, QStringLiteral("SELECT count(*) FROM hidden_dangers h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom)"));
    mEscalatedInside = scalar(s, QStringLiteral("SELECT count(*) FROM hidden_dangers h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom) AND h.status <> 'signed_off'"));
    mSheltersInside = scalar(s, QStringLiteral("SELECT count(*) FROM shelters h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom)"));
    mCapacityInside = scalar(s, QStringLiteral("SELECT total(capacity) FROM shelters h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom)"));
    mTeamsInside = scalar(s, QStringLiteral("SELECT count(*) FROM teams h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom)"));
    QVERIFY(mDangersInside > 0);
    QVERIFY(mEscalatedInside > 0 && mEscalatedInside < mDangersInside);
    // A name Excel would run as a formula, on a point inside the area.
    SqlStatement evil(s.handle(), QStringLiteral("UPDATE hidden_dangers SET name = '=HYPERLINK(\"http://x\",\"点\")' WHERE id = "
                                                 "(SELECT h.id FROM hidden_dangers h, warnings w WHERE w.id = ? AND ST_Contains(w.geom, h.geom) ORDER BY h.id LIMIT 1)"));
    evil.bind(1, mOrange);
    QVERIFY2(evil.exec(), qPrintable(evil.error()));
  }

  void csvAddsUp()
  {
    const QString csv = mSample.dir() + QStringLiteral("/impact.csv");
    const Run r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(mOrange),
                             QStringLiteral("--as-of"), mAsOf, QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!QFile::exists(csv + QStringLiteral(".part")));
    const auto s = sections(bytes);
    // The board's own sections; hazard plugins add "plugin:<id>..." ones after them.
    QStringList boardKeys;
    for (const QString &k : s.keys())
      if (!k.startsWith(QLatin1String("plugin:")))
        boardKeys << k;
    QCOMPARE(boardKeys, (QStringList {QStringLiteral("dangers"), QStringLiteral("shelters"), QStringLiteral("teams"), QStringLiteral("townships"),
                                     QStringLiteral("villages"), QStringLiteral("warning")}));

    // Township rows, then Total (empty code): every numeric column adds up.
    const QList<QStringList> towns = s.value(QStringLiteral("townships"));
    QVERIFY(towns.size() >= 2);
    const QStringList total = towns.last();
    QVERIFY(total.first().isEmpty());
    for (int c = 2; c < total.size(); ++c) {
      qint64 sum = 0;
      for (int r = 0; r + 1 < towns.size(); ++r)
        sum += towns[r][c].toLongLong();
      QCOMPARE(sum, total[c].toLongLong());
    }
    QCOMPARE(total[7].toLongLong(), mDangersInside);
    QCOMPARE(total[8].toLongLong(), mEscalatedInside);
    QCOMPARE(total[9].toLongLong(), mSheltersInside);
    QCOMPARE(total[10].toLongLong(), mCapacityInside);
    QCOMPARE(total[11].toLongLong(), mTeamsInside);

    // One row per item; escalated rows first.
    const QList<QStringList> dangers = s.value(QStringLiteral("dangers"));
    QCOMPARE(dangers.size(), mDangersInside);
    QCOMPARE(s.value(QStringLiteral("shelters")).size(), mSheltersInside);
    QCOMPARE(s.value(QStringLiteral("teams")).size(), mTeamsInside);
    QCOMPARE(s.value(QStringLiteral("villages")).size(), total[4].toLongLong());
    int guarded = 0;
    for (const QStringList &d : dangers) {
      QVERIFY2(!d[1].startsWith(QLatin1Char('=')), qPrintable(d[1]));
      guarded += d[1].startsWith(QLatin1String("'=HYPERLINK("));
    }
    QCOMPARE(guarded, 1);
    const QString yes = dangers.first().last();
    for (int i = 0; i < dangers.size(); ++i)
      QCOMPARE(dangers[i].last() == yes, i < mEscalatedInside);
  }

  void pdfReport_data()
  {
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << QStringLiteral("zh");
    QTest::newRow("en") << QStringLiteral("en");
  }

  void pdfReport()
  {
    QFETCH(QString, language);
    const QString pdf = mSample.dir() + QStringLiteral("/impact-%1.pdf").arg(language);
    const QString csv = mSample.dir() + QStringLiteral("/impact-%1.csv").arg(language);
    const QStringList common {QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(mOrange),
                              QStringLiteral("--as-of"), mAsOf, QStringLiteral("--lang"), language};
    Run r = runOnemap(common + QStringList {QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runOnemap(common + QStringList {QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto s = sections(f.readAll());
    const QList<QStringList> towns = s.value(QStringLiteral("townships"));
    const QStringList total = towns.last();

    const QString text = testing::pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    // The title as the board's translation has it (Chinese once translated).
    QTranslator zh;
    QString title = QStringLiteral("Warning impact analysis");
    if (language == QLatin1String("zh") && zh.load(QStringLiteral(ONEMAP_BINARY_DIR "/desktop/onemap_zh_CN.qm")))
      title = zh.translate("onemap::ImpactReport", "Warning impact analysis");
    if (title.isEmpty())
      title = QStringLiteral("Warning impact analysis");
    QVERIFY2(text.contains(title), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("预警")), "the Chinese headline of the warning");
    QVERIFY2(text.contains(towns.first()[1]), qPrintable(towns.first()[1]));
    // Totals: township population, dangers and shelter capacity appear as printed in the CSV.
    for (int c : {2, 7, 10})
      QVERIFY2(text.contains(total[c]), qPrintable(total[c]));
    QVERIFY(!QFile::exists(mSample.dir() + QStringLiteral("/impact-%1.part.pdf").arg(language)));
  }

  void summaryOnStdout()
  {
    const Run r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(mOrange),
                             QStringLiteral("--as-of"), mAsOf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Townships affected")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Escalated hidden dangers")), qPrintable(r.out));
  }

  void unknownWarning()
  {
    const Run r = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QStringLiteral("424242"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 1);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("424242")), qPrintable(r.err));
    const Run bad = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QStringLiteral("x")});
    QCOMPARE(bad.code, 2);
    const Run ext = runOnemap({QStringLiteral("impact"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(mOrange),
                               QStringLiteral("--out"), mSample.dir() + QStringLiteral("/x.txt")});
    QCOMPARE(ext.code, 2);
  }
};

QTEST_GUILESS_MAIN(TestImpactCli)
#include "test_impact_cli.moc"
