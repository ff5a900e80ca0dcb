// `onemap transfer ...` and `onemap shelter ...` end to end on a sample store:
// a township's plan stored and written as CSV, XLSX and PDF (read back), no
// shelter over its room, a dry run storing nothing, reassignment refused over
// capacity and audited when it fits, reports and the lagging status, coverage
// and balance as CSV and PDF checked against the store, and bad input refused
// with the option named and nothing written.
#include "CsvRecords.h"
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

class TestTransferCli : public QObject
{
  Q_OBJECT

  std::unique_ptr<testing::SampleStore> mSample;
  QString mTownship = QStringLiteral("539901001000");
  qint64 mPlanId = 0;

  QStringList withStore(QStringList args) const
  {
    return args << QStringLiteral("--store") << mSample->path() << QStringLiteral("--lang") << QStringLiteral("en");
  }
  QString value(const QString &sql) const { return testing::textIn(mSample->path(), sql); }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<testing::SampleStore>(2024, 1, QDate(2025, 6, 20));
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
  }

  void plansATownshipAndWritesTheCsv()
  {
    const QString csv = mSample->dir() + QStringLiteral("/plan.csv");
    const Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("township:") + mTownship,
                                       QStringLiteral("--by"), QStringLiteral("李调度"), QStringLiteral("--out"), csv}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("stored as plan")), qPrintable(r.out));
    mPlanId = value(QStringLiteral("SELECT max(id) FROM transfer_plans")).toLongLong();
    QVERIFY(mPlanId > 0);
    QCOMPARE(value(QStringLiteral("SELECT created_by FROM transfer_plans WHERE id = %1").arg(mPlanId)), QStringLiteral("李调度"));

    // Every open danger point of the township is in the plan with all its people.
    const qint64 dangerPeople = value(QStringLiteral("SELECT sum(d.threatened_people) FROM hidden_dangers d JOIN admin_units v ON v.code = d.village_code "
                                                     "WHERE v.parent_code = '%1' AND d.status <> 'signed_off' AND d.threatened_people > 0")
                                        .arg(mTownship))
                                  .toLongLong();
    const qint64 plannedDangerPeople = value(QStringLiteral("SELECT sum(people) FROM transfer_assignments WHERE plan_id = %1 AND source_kind = 'danger'").arg(mPlanId)).toLongLong();
    QVERIFY(dangerPeople > 0);
    QCOMPARE(plannedDangerPeople, dangerPeople);
    // No shelter over the room it had.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM (SELECT a.shelter_id, sum(a.people) AS n, s.capacity - s.occupancy AS room FROM transfer_assignments a "
                                  "JOIN shelters s ON s.id = a.shelter_id WHERE a.plan_id = %1 GROUP BY a.shelter_id) WHERE n > room")
                     .arg(mPlanId)),
             QStringLiteral("0"));
    // Placed rows carry a route; unplaced ones a reason.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = %1 AND shelter_id > 0 AND (geom IS NULL OR route_m <= 0)").arg(mPlanId)),
             QStringLiteral("0"));

    const QVector<QStringList> rows = testing::readCsvFile(csv);
    QVERIFY(rows.size() > 1);
    const int people = rows[0].indexOf(QStringLiteral("People"));
    QVERIFY2(people >= 0, qPrintable(rows[0].join(QLatin1Char('|'))));
    qint64 sum = 0;
    for (int i = 1; i < rows.size(); ++i)
      sum += rows[i].value(people).toLongLong();
    QCOMPARE(rows.size() - 1, value(QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = %1").arg(mPlanId)).toInt());
    QCOMPARE(sum, value(QStringLiteral("SELECT sum(people) FROM transfer_assignments WHERE plan_id = %1").arg(mPlanId)).toLongLong());
  }

  void writesThePdfAndXlsxOfAStoredPlan()
  {
    QVERIFY(mPlanId > 0);
    const QString pdf = mSample->dir() + QStringLiteral("/plan.pdf");
    Run r = runOnemap({QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--plan"),
                       QString::number(mPlanId), QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = testing::pdfText(pdf);
    QVERIFY2(text.contains(value(QStringLiteral("SELECT name FROM admin_units WHERE code = '%1'").arg(mTownship))), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("转移")), qPrintable(text.left(400)));

    const QString xlsx = mSample->dir() + QStringLiteral("/plan.xlsx");
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--out"), xlsx}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK");

    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("list")}));
    QVERIFY2(r.code == 0 && r.out.contains(QString::number(mPlanId)), qPrintable(r.out + r.err));
  }

  void dryRunStoresNothing()
  {
    const QString before = value(QStringLiteral("SELECT count(*) FROM transfer_plans"));
    const Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("county"),
                                       QStringLiteral("--mode"), QStringLiteral("drive"), QStringLiteral("--drive-kmh"), QStringLiteral("village=15"),
                                       QStringLiteral("--dry-run")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("placed")), qPrintable(r.out));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM transfer_plans")), before);
  }

  void refusesBadInputWithoutWriting()
  {
    const QString before = value(QStringLiteral("SELECT count(*) FROM transfer_plans"));
    Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("township:没有这个镇")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("没有这个镇")), qPrintable(r.err));
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("county"), QStringLiteral("--mode"),
                             QStringLiteral("fly")}));
    QCOMPARE(r.code, 2);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("--mode")), qPrintable(r.err));
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("county"), QStringLiteral("--drive-kmh"),
                             QStringLiteral("footpath=3")}));
    QCOMPARE(r.code, 2);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("footpath")), qPrintable(r.err));
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("county"), QStringLiteral("--classes"),
                             QStringLiteral("I,palace")}));
    QCOMPARE(r.code, 2);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("palace")), qPrintable(r.err));
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("plan"), QStringLiteral("--area"), QStringLiteral("county"), QStringLiteral("--out"),
                             mSample->dir() + QStringLiteral("/plan.doc")}));
    QCOMPARE(r.code, 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM transfer_plans")), before);
  }

  void reassignsWithinCapacityOnly()
  {
    QVERIFY(mPlanId > 0);
    const QString row = value(QStringLiteral("SELECT id FROM transfer_assignments WHERE plan_id = %1 AND shelter_id > 0 ORDER BY people DESC LIMIT 1").arg(mPlanId));
    const qint64 people = value(QStringLiteral("SELECT people FROM transfer_assignments WHERE id = %1").arg(row)).toLongLong();
    QVERIFY(people > 0);
    // A shelter too small for the group is refused and nothing changes.
    const QString tiny = value(QStringLiteral("SELECT id FROM shelters WHERE is_open = 1 AND capacity - occupancy < %1 ORDER BY capacity LIMIT 1").arg(people));
    if (!tiny.isEmpty()) {
      const QString auditBefore = value(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'transfer_assignments'"));
      const Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("reassign"), QStringLiteral("--row"), row, QStringLiteral("--shelter"), tiny}));
      QCOMPARE(r.code, 1);
      QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'transfer_assignments'")), auditBefore);
    }
    // An open shelter the plan does not use takes one person of it: the row is split and audited.
    const QString big = value(QStringLiteral("SELECT id FROM shelters WHERE is_open = 1 AND capacity - occupancy > 0 AND id NOT IN "
                                             "(SELECT shelter_id FROM transfer_assignments WHERE plan_id = %1) ORDER BY capacity - occupancy DESC LIMIT 1")
                                .arg(mPlanId));
    QVERIFY(!big.isEmpty());
    const Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("reassign"), QStringLiteral("--row"), row, QStringLiteral("--shelter"), big,
                                       QStringLiteral("--people"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("王科长")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(value(QStringLiteral("SELECT people FROM transfer_assignments WHERE id = %1").arg(row)).toLongLong(), people - 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = %1 AND shelter_id = %2 AND manual = 1").arg(mPlanId).arg(big)),
             QStringLiteral("1"));
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'transfer_assignments' AND actor = '王科长'")).toInt() >= 1);
  }

  void reportsAndShowsWhatLags()
  {
    QVERIFY(mPlanId > 0);
    const QString village = value(QStringLiteral("SELECT village_code FROM transfer_assignments WHERE plan_id = %1 GROUP BY village_code "
                                                 "ORDER BY sum(people) DESC LIMIT 1")
                                    .arg(mPlanId));
    const qint64 planned = value(QStringLiteral("SELECT sum(people) FROM transfer_assignments WHERE plan_id = %1 AND village_code = '%2'").arg(mPlanId).arg(village)).toLongLong();
    QVERIFY(planned > 1);
    Run r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("report"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--village"),
                                 village, QStringLiteral("--transferred"), QString::number(planned - 1), QStringLiteral("--at-post"), QStringLiteral("1")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(value(QStringLiteral("SELECT transferred FROM transfer_reports WHERE plan_id = %1 AND village_code = '%2'").arg(mPlanId).arg(village)).toLongLong(), planned - 1);

    const QString csv = mSample->dir() + QStringLiteral("/status.csv");
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("status"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--out"), csv}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QVector<QStringList> rows = testing::readCsvFile(csv);
    bool found = false;
    for (const QStringList &row : rows)
      if (row.contains(village)) {
        found = true;
        QVERIFY2(row.contains(QString::number(planned - 1)), qPrintable(row.join(QLatin1Char('|'))));
      }
    QVERIFY(found);

    // Unknown village and negative counts are refused, nothing written.
    const QString count = value(QStringLiteral("SELECT count(*) FROM transfer_reports"));
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("report"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--village"),
                             QStringLiteral("539901999999"), QStringLiteral("--transferred"), QStringLiteral("3")}));
    QCOMPARE(r.code, 1);
    r = runOnemap(withStore({QStringLiteral("transfer"), QStringLiteral("report"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--village"),
                             village, QStringLiteral("--transferred"), QStringLiteral("-3")}));
    QCOMPARE(r.code, 2);
    QVERIFY2(testing::onemapError(r.err).contains(QStringLiteral("--transferred")), qPrintable(r.err));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM transfer_reports")), count);
  }

  void coverageAndBalanceFiles()
  {
    const QString csv = mSample->dir() + QStringLiteral("/coverage.csv");
    Run r = runOnemap(withStore({QStringLiteral("shelter"), QStringLiteral("coverage"), QStringLiteral("--out"), csv}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(testing::readCsvFile(csv).size() - 1, value(QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'village'")).toInt());
    r = runOnemap(withStore({QStringLiteral("shelter"), QStringLiteral("coverage"), QStringLiteral("--minutes"), QStringLiteral("10")}));
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("10-minute walk")), qPrintable(r.out + r.err));
    const QString pdf = mSample->dir() + QStringLiteral("/coverage.pdf");
    r = runOnemap({QStringLiteral("shelter"), QStringLiteral("coverage"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!testing::pdfText(pdf).isEmpty());

    const QString balance = mSample->dir() + QStringLiteral("/balance.csv");
    r = runOnemap(withStore({QStringLiteral("shelter"), QStringLiteral("balance"), QStringLiteral("--plan"), QString::number(mPlanId), QStringLiteral("--out"), balance}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QVector<QStringList> rows = testing::readCsvFile(balance);
    QCOMPARE(rows.size() - 2, value(QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'township'")).toInt()); // header, townships, total
    const QString balancePdf = mSample->dir() + QStringLiteral("/balance.pdf");
    r = runOnemap({QStringLiteral("shelter"), QStringLiteral("balance"), QStringLiteral("--store"), mSample->path(), QStringLiteral("--out"), balancePdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!testing::pdfText(balancePdf).isEmpty());

    r = runOnemap(withStore({QStringLiteral("shelter"), QStringLiteral("coverage"), QStringLiteral("--minutes"), QStringLiteral("-1")}));
    QCOMPARE(r.code, 2);
    r = runOnemap(withStore({QStringLiteral("shelter"), QStringLiteral("tally")}));
    QCOMPARE(r.code, 2);
  }
};

QTEST_GUILESS_MAIN(TestTransferCli)
#include "test_transfer_cli.moc"
