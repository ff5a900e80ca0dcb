// `onemap danger advance|list|summary` end to end through the executable on
// a sample store: the store changes only on a legal step, failures name the
// danger code and exit 1, wrong usage exits 2.
#include "OnemapProcess.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;
using testing::onemapError;
using testing::Run;
using testing::runOnemap;

namespace {
const QString kDay = QStringLiteral("2025-06-30"); // the sample's register date
} // namespace

class TestDangerCli : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mStore;

  QStringList danger(const QStringList &args) { return QStringList {QStringLiteral("danger")} + args + QStringList {QStringLiteral("--store"), mStore}; }

  qint64 integer(const QString &sql, const QVariantList &params = {})
  {
    auto store = Store::open(mStore);
    if (!store)
      return -1;
    SqlStatement q(store.value()->handle(), sql);
    for (int i = 0; i < params.size(); ++i)
      q.bind(i + 1, params[i]);
    return q.next() ? q.int64(0) : -1;
  }

  QString text(const QString &sql)
  {
    auto store = Store::open(mStore);
    if (!store)
      return {};
    SqlStatement q(store.value()->handle(), sql);
    return q.next() ? q.text(0) : QString();
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mStore = mDir.filePath(QStringLiteral("county.onemap.sqlite"));
    const Run r = runOnemap({QStringLiteral("init"), QStringLiteral("--sample"), QStringLiteral("--as-of"), kDay, QStringLiteral("--store"), mStore});
    QVERIFY2(r.code == 0, qPrintable(r.err));
  }

  void advanceAssignsAndRecordsTheStep()
  {
    const QString code = text(QStringLiteral("SELECT code FROM hidden_dangers WHERE status = 'identified' ORDER BY code LIMIT 1"));
    QVERIFY(!code.isEmpty());
    const qint64 events = integer(QStringLiteral("SELECT count(*) FROM danger_events"));
    const qint64 audit = integer(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Run r = runOnemap(danger({QStringLiteral("advance"), QStringLiteral("--code"), code, QStringLiteral("--to"), QStringLiteral("assigned"),
                                    QStringLiteral("--actor"), QStringLiteral("县应急管理局"), QStringLiteral("--unit"), QStringLiteral("九沟镇人民政府"),
                                    QStringLiteral("--person"), QStringLiteral("李四"), QStringLiteral("--measure"), QStringLiteral("设置警示标志"),
                                    QStringLiteral("--deadline"), QStringLiteral("2025-09-30"), QStringLiteral("--at"), QStringLiteral("2025-07-01T09:30:00"),
                                    QStringLiteral("--note"), QStringLiteral("下达整改督办单")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(code), qPrintable(r.out));
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM danger_events")), events + 1);
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM audit_log")), audit + 2);
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE code = ? AND status = 'assigned' AND deadline = '2025-09-30' "
                                    "AND responsible_unit = '九沟镇人民政府' AND responsible_person = '李四' AND measures = '设置警示标志'"),
                     {code}),
             qint64(1));
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM danger_events e JOIN hidden_dangers h ON h.id = e.danger_id WHERE h.code = ? "
                                    "AND e.step = 'assigned' AND e.at = '2025-07-01T09:30:00' AND e.actor = '县应急管理局' AND e.note = '下达整改督办单'"),
                     {code}),
             qint64(1));

    // The same step again is illegal: exit 1, the message names code and steps, nothing written.
    const Run again = runOnemap(danger({QStringLiteral("advance"), QStringLiteral("--code"), code, QStringLiteral("--to"), QStringLiteral("signed_off"),
                                        QStringLiteral("--actor"), QStringLiteral("县应急管理局")}));
    QCOMPARE(again.code, 1);
    const QString message = onemapError(again.err);
    QVERIFY2(message.contains(code) && message.contains(QStringLiteral("assigned")) && message.contains(QStringLiteral("signed_off")), qPrintable(again.err));
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM danger_events")), events + 1);
  }

  void advanceOfAnUnknownCodeFails()
  {
    const Run r = runOnemap(danger({QStringLiteral("advance"), QStringLiteral("--code"), QStringLiteral("HD000"), QStringLiteral("--to"),
                                    QStringLiteral("assigned"), QStringLiteral("--actor"), QStringLiteral("x")}));
    QCOMPARE(r.code, 1);
    QVERIFY2(onemapError(r.err).contains(QStringLiteral("HD000")), qPrintable(r.err));
  }

  void listOverdueAsCsv()
  {
    const Run r = runOnemap(danger({QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--date"), kDay, QStringLiteral("--format"), QStringLiteral("csv")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY(lines.takeFirst().startsWith(QLatin1String("code,name,")));
    const qint64 expected = integer(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + HiddenDanger::overdueSql(), {kDay});
    QVERIFY(expected > 0);
    QCOMPARE(qint64(lines.size()), expected);
    for (const QString &line : lines) {
      const QStringList f = line.split(QLatin1Char(','));
      QCOMPARE(f.value(9), QStringLiteral("1")); // overdue column
      QVERIFY2(f.value(5) != QLatin1String("signed_off") && f.value(8) < kDay, qPrintable(line));
    }
  }

  void listFiltersAsATable()
  {
    const Run r = runOnemap(danger({QStringLiteral("list"), QStringLiteral("--supervised"), QStringLiteral("--township"), QStringLiteral("539901002000"),
                                    QStringLiteral("--date"), kDay, QStringLiteral("--lang"), QStringLiteral("en")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 expected = integer(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE supervised = 1 AND village_code LIKE '539901002%'"));
    QVERIFY2(r.out.contains(QStringLiteral("%1 hidden danger").arg(expected)), qPrintable(r.out));
  }

  void summaryCountsMatchTheStore()
  {
    const Run r = runOnemap(danger({QStringLiteral("summary"), QStringLiteral("--date"), kDay, QStringLiteral("--lang"), QStringLiteral("en")}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 found = integer(QStringLiteral("SELECT count(*) FROM hidden_dangers"));
    const qint64 signedOff = integer(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE status = 'signed_off'"));
    const qint64 overdue = integer(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + HiddenDanger::overdueSql(), {kDay});
    QVERIFY2(r.out.contains(QStringLiteral("found %1, signed off %2,").arg(found).arg(signedOff)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(overdue %1)").arg(overdue)), qPrintable(r.out));
    // One subtotal line per township, named in Chinese from admin_units.
    QCOMPARE(r.out.count(QStringLiteral("subtotal")), 12);
    QVERIFY(r.out.contains(text(QStringLiteral("SELECT name FROM admin_units WHERE code = '539901001000'"))));
  }

  void wrongUsageExitsTwo_data()
  {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList {};
    QTest::newRow("unknown action") << QStringList {QStringLiteral("close")};
    QTest::newRow("advance without --to") << QStringList {QStringLiteral("advance"), QStringLiteral("--code"), QStringLiteral("HD1"), QStringLiteral("--actor"), QStringLiteral("x")};
    QTest::newRow("bad deadline") << QStringList {QStringLiteral("advance"), QStringLiteral("--code"), QStringLiteral("HD1"), QStringLiteral("--to"), QStringLiteral("assigned"),
                                                  QStringLiteral("--actor"), QStringLiteral("x"), QStringLiteral("--deadline"), QStringLiteral("30/09/2025")};
    QTest::newRow("bad format") << QStringList {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad status") << QStringList {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done")};
    QTest::newRow("bad date") << QStringList {QStringLiteral("summary"), QStringLiteral("--date"), QStringLiteral("tomorrow")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("summary"), QStringLiteral("--frob")};
  }

  void wrongUsageExitsTwo()
  {
    QFETCH(QStringList, args);
    const qint64 events = integer(QStringLiteral("SELECT count(*) FROM danger_events"));
    const Run r = runOnemap(danger(args));
    QCOMPARE(r.code, 2);
    QVERIFY2(!onemapError(r.err).isEmpty(), qPrintable(r.err));
    QCOMPARE(integer(QStringLiteral("SELECT count(*) FROM danger_events")), events);
  }
};

QTEST_GUILESS_MAIN(TestDangerCli)
#include "test_danger_cli.moc"
