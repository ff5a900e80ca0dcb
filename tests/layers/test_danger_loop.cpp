// The hidden-danger closed loop on real stores: the legal path, every illegal
// transition refused with the store unchanged, assignment rules, reopen kept
// in the history, overdue on a fixed clock, audit rows per step, and the
// summary checked against direct SQL on the sample county.
#include "SampleStore.h"
#include "admin_units/AdminUnit.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace onemap;

namespace {

const QString kCode = QStringLiteral("HD539901000001");
const QString kTown = QStringLiteral("539901001000");

qint64 integer(Store &store, const QString &sql, const QVariantList &params = {})
{
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : -1;
}

// Everything a step may change: the danger row, its events and the audit log.
QString snapshot(Store &store)
{
  QStringList parts;
  for (const char *sql : {"SELECT code, status, responsible_unit, responsible_person, measures, deadline FROM hidden_dangers ORDER BY id",
                          "SELECT danger_id, step, at, actor, note, deadline FROM danger_events ORDER BY id",
                          "SELECT table_name, row_id, action, actor FROM audit_log ORDER BY id"}) {
    SqlStatement q(store.handle(), QString::fromLatin1(sql));
    while (q.next()) {
      QStringList row;
      for (int i = 0; i < q.columnCount(); ++i)
        row << q.text(i);
      parts << row.join(QLatin1Char('|'));
    }
  }
  return parts.join(QLatin1Char('\n'));
}

// A clock that starts at a fixed time and moves one hour per reading.
struct SteppingClock
{
  QDateTime t;
  DangerLoop::Clock clock()
  {
    return [this] {
      const QDateTime now = t;
      t = t.addSecs(3600);
      return now;
    };
  }
};

DangerStep stepTo(const QString &to, const QString &actor = QStringLiteral("张三"))
{
  DangerStep s;
  s.code = kCode;
  s.to = to;
  s.actor = actor;
  s.note = QStringLiteral("note for ") + to;
  if (to == QLatin1String("assigned")) {
    s.responsibleUnit = QStringLiteral("城关镇人民政府");
    s.responsiblePerson = QStringLiteral("李四");
    s.measures = QStringLiteral("设置警示标志，汛期专人巡查");
    s.deadline = QDate(2025, 7, 10);
  }
  return s;
}

} // namespace

class TestDangerLoop : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mSerial = 0;
  std::unique_ptr<Store> mStore;
  SteppingClock mClock;
  std::unique_ptr<DangerLoop> mLoop;
  std::unique_ptr<testing::SampleStore> mSample;

  HiddenDanger danger() { return HiddenDangers(*mStore).where(QStringLiteral("code = ?"), {kCode}).value(0); }

  // Walks the danger along the legal path until its status is \a status.
  void walkTo(const QString &status)
  {
    const QStringList path {QStringLiteral("identified"), QStringLiteral("assigned"), QStringLiteral("rectifying"),
                            QStringLiteral("checked"), QStringLiteral("signed_off")};
    // Start after the danger's current step (from the top without history).
    const bool fresh = integer(*mStore, QStringLiteral("SELECT count(*) FROM danger_events")) == 0;
    const int from = fresh ? 0 : path.indexOf(danger().status) + 1;
    for (const QString &step : path.mid(from)) {
      if (step == QLatin1String("identified") && status.isEmpty())
        return;
      Result<qint64> r = mLoop->advance(stepTo(step));
      QVERIFY2(r.ok(), qPrintable(r.message()));
      if (step == status)
        return;
    }
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mSample = std::make_unique<testing::SampleStore>();
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
  }

  // A fresh store per test: one township, one danger without history.
  void init()
  {
    mLoop.reset();
    mStore.reset();
    auto store = Store::open(mDir.filePath(QStringLiteral("loop%1.sqlite").arg(++mSerial)), Store::Mode::CreateIfMissing);
    QVERIFY2(store.ok(), qPrintable(store.message()));
    mStore = store.take();
    AdminUnit town;
    town.code = kTown;
    town.name = QStringLiteral("城关镇");
    town.level = QStringLiteral("township");
    town.wkt = QStringLiteral("MULTIPOLYGON(((100 25,100.1 25,100.1 25.1,100 25.1,100 25)))");
    QVERIFY(AdminUnits(*mStore).add(town, QStringLiteral("test")).ok());
    HiddenDanger d;
    d.code = kCode;
    d.name = QStringLiteral("城关镇一组滑坡");
    d.hazardType = QStringLiteral("landslide");
    d.villageCode = QStringLiteral("539901001002");
    d.location = {100.05, 25.05};
    QVERIFY(HiddenDangers(*mStore).add(d, QStringLiteral("test")).ok());
    mClock.t = QDateTime(QDate(2025, 7, 1), QTime(9, 0));
    mLoop = std::make_unique<DangerLoop>(*mStore, mClock.clock());
  }

  void legalPathToSignedOff()
  {
    walkTo(QStringLiteral("signed_off"));
    const HiddenDanger d = danger();
    QCOMPARE(d.status, QStringLiteral("signed_off"));
    QCOMPARE(d.responsibleUnit, QStringLiteral("城关镇人民政府"));
    QCOMPARE(d.responsiblePerson, QStringLiteral("李四"));
    QCOMPARE(d.measures, QStringLiteral("设置警示标志，汛期专人巡查"));
    QCOMPARE(d.deadline, QStringLiteral("2025-07-10"));
    Result<QVector<DangerEvent>> h = mLoop->history(kCode);
    QVERIFY(h.ok());
    QStringList steps, times;
    for (const DangerEvent &e : h.value()) {
      steps << e.step;
      times << e.at;
      QCOMPARE(e.actor, QStringLiteral("张三"));
      QCOMPARE(e.note, QStringLiteral("note for ") + e.step);
    }
    QCOMPARE(steps.join(QLatin1Char(',')), QStringLiteral("identified,assigned,rectifying,checked,signed_off"));
    // The clock moves an hour per step.
    QCOMPARE(times.first(), QStringLiteral("2025-07-01T09:00:00"));
    QCOMPARE(times.last(), QStringLiteral("2025-07-01T13:00:00"));
    QCOMPARE(h.value()[1].deadline, QStringLiteral("2025-07-10"));
    QCOMPARE(h.value()[1].responsibleUnit, QStringLiteral("城关镇人民政府"));
  }

  void everyIllegalTransitionIsRefusedAndChangesNothing_data()
  {
    QTest::addColumn<QString>("status");
    QTest::newRow("no history") << QString();
    for (const QString &s : HiddenDanger::statuses())
      QTest::newRow(qPrintable(s)) << s;
  }

  void everyIllegalTransitionIsRefusedAndChangesNothing()
  {
    QFETCH(QString, status);
    walkTo(status);
    const QStringList allowed = DangerLoop::nextSteps(status);
    int refused = 0;
    for (const QString &to : DangerEvent::steps()) {
      if (allowed.contains(to))
        continue;
      const QString before = snapshot(*mStore);
      Result<qint64> r = mLoop->advance(stepTo(to));
      QVERIFY2(!r.ok(), qPrintable(status + QStringLiteral(" -> ") + to));
      QVERIFY2(r.message().contains(kCode) && r.message().contains(to)
                 && r.message().contains(status.isEmpty() ? QStringLiteral("no history") : status),
               qPrintable(r.message()));
      QCOMPARE(snapshot(*mStore), before);
      ++refused;
    }
    QCOMPARE(refused, DangerEvent::steps().size() - allowed.size());
    // The legal steps still go through afterwards.
    for (const QString &to : allowed.mid(0, 1))
      QVERIFY(mLoop->advance(stepTo(to)).ok());
  }

  void transitionTable()
  {
    QCOMPARE(DangerLoop::nextSteps(QString()), QStringList {QStringLiteral("identified")});
    QCOMPARE(DangerLoop::nextSteps(QStringLiteral("identified")), QStringList {QStringLiteral("assigned")});
    QCOMPARE(DangerLoop::nextSteps(QStringLiteral("assigned")), QStringList {QStringLiteral("rectifying")});
    QCOMPARE(DangerLoop::nextSteps(QStringLiteral("rectifying")), QStringList {QStringLiteral("checked")});
    QCOMPARE(DangerLoop::nextSteps(QStringLiteral("checked")), (QStringList {QStringLiteral("signed_off"), QStringLiteral("reopened")}));
    QCOMPARE(DangerLoop::nextSteps(QStringLiteral("signed_off")), QStringList {QStringLiteral("reopened")});
    QCOMPARE(DangerLoop::statusAfter(QStringLiteral("reopened")), QStringLiteral("assigned"));
  }

  void assignmentNeedsUnitPersonMeasureAndDeadline_data()
  {
    QTest::addColumn<QString>("missing");
    for (const char *m : {"responsible unit", "responsible person", "measure", "deadline"})
      QTest::newRow(m) << QString::fromLatin1(m);
  }

  void assignmentNeedsUnitPersonMeasureAndDeadline()
  {
    QFETCH(QString, missing);
    walkTo(QStringLiteral("identified"));
    DangerStep s = stepTo(QStringLiteral("assigned"));
    if (missing == QLatin1String("responsible unit"))
      s.responsibleUnit.clear();
    else if (missing == QLatin1String("responsible person"))
      s.responsiblePerson = QStringLiteral("  ");
    else if (missing == QLatin1String("measure"))
      s.measures.clear();
    else
      s.deadline = QDate();
    const QString before = snapshot(*mStore);
    Result<qint64> r = mLoop->advance(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(kCode) && r.message().contains(missing), qPrintable(r.message()));
    QCOMPARE(snapshot(*mStore), before);
    QCOMPARE(danger().status, QStringLiteral("identified"));
  }

  void deadlineBeforeTheAssignmentIsRefused()
  {
    walkTo(QStringLiteral("identified"));
    DangerStep s = stepTo(QStringLiteral("assigned"));
    s.deadline = QDate(2025, 6, 30); // the clock says 2025-07-01
    Result<qint64> r = mLoop->advance(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("2025-06-30")) && r.message().contains(kCode), qPrintable(r.message()));
  }

  void stepBeforeTheLastOneIsRefused()
  {
    walkTo(QStringLiteral("assigned"));
    DangerStep s = stepTo(QStringLiteral("rectifying"));
    s.at = QDateTime(QDate(2025, 6, 1), QTime(8, 0));
    Result<qint64> r = mLoop->advance(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("before the last step")), qPrintable(r.message()));
    s.at = QDateTime(QDate(2025, 7, 2), QTime(8, 0)); // an explicit time wins over the clock
    QVERIFY(mLoop->advance(s).ok());
    QCOMPARE(mLoop->history(kCode).value().last().at, QStringLiteral("2025-07-02T08:00:00"));
  }

  void actorAndKnownCodeAreRequired()
  {
    DangerStep s = stepTo(QStringLiteral("identified"), QString());
    Result<qint64> r = mLoop->advance(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(kCode) && r.message().contains(QStringLiteral("actor")), qPrintable(r.message()));
    s = stepTo(QStringLiteral("identified"));
    s.code = QStringLiteral("HD000");
    r = mLoop->advance(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("HD000")), qPrintable(r.message()));
    QVERIFY(!mLoop->history(QStringLiteral("HD000")).ok());
    s = stepTo(QStringLiteral("finished"));
    r = mLoop->advance(s);
    QVERIFY2(!r.ok() && r.message().contains(QStringLiteral("finished")), qPrintable(r.message()));
  }

  // The event is written first; when the danger's update then fails, the
  // event goes too: one transaction, nothing half-recorded.
  void aFailedUpdateLeavesNoEventBehind()
  {
    walkTo(QStringLiteral("identified"));
    SqlStatement q(mStore->handle(), QStringLiteral("UPDATE hidden_dangers SET scale = 'tiny' WHERE code = ?")); // SQL allows it, the spec does not
    q.bind(1, kCode);
    QVERIFY(q.exec());
    const QString before = snapshot(*mStore);
    Result<qint64> r = mLoop->advance(stepTo(QStringLiteral("assigned")));
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(kCode) && r.message().contains(QStringLiteral("scale")), qPrintable(r.message()));
    QCOMPARE(snapshot(*mStore), before);
    QVERIFY(!mStore->inTransaction());
  }

  void reopenIsKeptInTheHistory()
  {
    walkTo(QStringLiteral("signed_off"));
    DangerStep reopen = stepTo(QStringLiteral("reopened"), QStringLiteral("王五"));
    reopen.deadline = QDate(2025, 9, 30);
    QVERIFY(mLoop->advance(reopen).ok());
    HiddenDanger d = danger();
    QCOMPARE(d.status, QStringLiteral("assigned"));
    QCOMPARE(d.deadline, QStringLiteral("2025-09-30"));
    QCOMPARE(d.responsibleUnit, QStringLiteral("城关镇人民政府")); // carried on
    // From the reopen the loop runs again; the check may reopen it once more.
    for (const char *to : {"rectifying", "checked", "reopened", "rectifying", "checked", "signed_off"})
      QVERIFY2(mLoop->advance(stepTo(QLatin1String(to))).ok(), to);
    QStringList steps;
    const QVector<DangerEvent> history = mLoop->history(kCode).value();
    for (const DangerEvent &e : history)
      steps << e.step;
    QCOMPARE(steps.join(QLatin1Char(',')),
             QStringLiteral("identified,assigned,rectifying,checked,signed_off,reopened,rectifying,checked,reopened,rectifying,checked,signed_off"));
    QCOMPARE(danger().status, QStringLiteral("signed_off"));
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM danger_events WHERE step = 'reopened'")), qint64(2));
  }

  void overdueOnAFixedClock()
  {
    walkTo(QStringLiteral("rectifying")); // deadline 2025-07-10
    DangerFilter overdue;
    overdue.overdueOnly = true;
    QCOMPARE(mLoop->list(overdue, QDate(2025, 7, 10)).value().size(), 0); // due today is not overdue
    const QVector<DangerRow> late = mLoop->list(overdue, QDate(2025, 7, 11)).value();
    QCOMPARE(late.size(), 1);
    QVERIFY(late.first().overdue);
    QCOMPARE(late.first().townshipCode, kTown);
    QCOMPARE(late.first().townshipName, QStringLiteral("城关镇"));
    QVERIFY(danger().isOverdue(QDate(2025, 7, 11)));
    QVERIFY(!danger().isOverdue(QDate(2025, 7, 10)));
    QCOMPARE(mLoop->summary(QDate(2025, 7, 11)).value().total.overdue, qint64(1));
    // Without a date the loop's own clock decides.
    mClock.t = QDateTime(QDate(2025, 7, 11), QTime(8, 0));
    QCOMPARE(mLoop->list(overdue).value().size(), 1);
    mClock.t = QDateTime(QDate(2025, 7, 5), QTime(8, 0));
    QCOMPARE(mLoop->list(overdue).value().size(), 0);
    // Signed off is never overdue.
    walkTo(QStringLiteral("signed_off"));
    QCOMPARE(danger().status, QStringLiteral("signed_off"));
    QCOMPARE(mLoop->list(overdue, QDate(2026, 1, 1)).value().size(), 0);
    QVERIFY(!danger().isOverdue(QDate(2026, 1, 1)));
  }

  void everyStepWritesItsAuditRows()
  {
    const qint64 id = danger().id;
    qint64 audit = integer(*mStore, QStringLiteral("SELECT count(*) FROM audit_log"));
    for (const char *to : {"identified", "assigned", "rectifying", "checked", "signed_off", "reopened"}) {
      const QString actor = QStringLiteral("actor-") + QLatin1String(to);
      Result<qint64> event = mLoop->advance(stepTo(QLatin1String(to), actor));
      QVERIFY2(event.ok(), qPrintable(event.message()));
      QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM audit_log")), audit + 2);
      audit += 2;
      QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'danger_events' AND action = 'insert' AND row_id = ? AND actor = ?"),
                       {event.value(), actor}),
               qint64(1));
      SqlStatement q(mStore->handle(), QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE table_name = 'hidden_dangers' "
                                                      "AND action = 'update' AND row_id = ? AND actor = ? ORDER BY id DESC"));
      q.bind(1, id).bind(2, actor);
      QVERIFY2(q.next(), to);
      const QString after = QJsonDocument::fromJson(q.text(1).toUtf8()).object().value(QStringLiteral("status")).toString();
      QCOMPARE(after, DangerLoop::statusAfter(QLatin1String(to)));
    }
  }

  // The sample county: every danger has a history that ends at its status,
  // dated on or before the register date.
  void sampleHistoriesMatchTheStatus()
  {
    auto store = Store::open(mSample->path());
    QVERIFY(store.ok());
    Store &s = *store.value();
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE id NOT IN (SELECT danger_id FROM danger_events)")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM danger_events WHERE at > ?"), {QStringLiteral("2025-06-30T23:59:59")}), qint64(0));
    QCOMPARE(s.meta(QStringLiteral("sample_register_date")), QStringLiteral("2025-06-30"));
    DangerLoop loop(s);
    for (const HiddenDanger &d : HiddenDangers(s).all()) {
      const QVector<DangerEvent> h = loop.history(d.code).value();
      QVERIFY(!h.isEmpty());
      QCOMPARE(h.first().step, QStringLiteral("identified"));
      QCOMPARE(DangerLoop::statusAfter(h.last().step), d.status);
      for (int i = 1; i < h.size(); ++i) {
        const QString from = h[i - 1].step == QLatin1String("reopened") ? QStringLiteral("assigned") : h[i - 1].step;
        QVERIFY2(DangerLoop::nextSteps(from).contains(h[i].step), qPrintable(d.code + QLatin1Char(' ') + from + QStringLiteral("->") + h[i].step));
      }
      QCOMPARE(d.deadline.isEmpty(), d.status == QLatin1String("identified"));
    }
    QVERIFY(integer(s, QStringLiteral("SELECT count(*) FROM danger_events WHERE step = 'reopened'")) > 0);
    const QDate registerDate(2025, 6, 30);
    const qint64 overdue = integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + HiddenDanger::overdueSql(), {registerDate.toString(Qt::ISODate)});
    const qint64 open = integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE status IN ('assigned','rectifying','checked')"));
    QVERIFY2(overdue > open / 6 && overdue < open / 2, qPrintable(QStringLiteral("%1 overdue of %2 open").arg(overdue).arg(open)));
  }

  void summaryMatchesDirectSql()
  {
    auto store = Store::open(mSample->path());
    QVERIFY(store.ok());
    Store &s = *store.value();
    DangerLoop loop(s);
    const QDate day(2025, 6, 30);
    Result<DangerSummary> sum = loop.summary(day);
    QVERIFY2(sum.ok(), qPrintable(sum.message()));
    const DangerSummary &m = sum.value();
    QCOMPARE(m.total.found, integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers")));
    QCOMPARE(m.total.signedOff, integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE status = 'signed_off'")));
    QCOMPARE(m.total.pending, integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE status = 'identified'")));
    QCOMPARE(m.total.supervised, integer(s, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE supervised = 1")));
    QCOMPARE(m.total.found, m.total.pending + m.total.inRectification + m.total.signedOff);
    QVERIFY(m.total.overdue > 0 && m.total.supervised > 0);
    qint64 overdueRows = 0;
    const QVector<DangerRow> all = loop.list({}, day).value();
    for (const DangerRow &r : all)
      overdueRows += r.overdue;
    QCOMPARE(m.total.overdue, overdueRows);
    // Every township x type cell against a query of its own.
    QCOMPARE(m.byTownship.size(), 12);
    for (const DangerCounts &c : m.rows) {
      const QVariantList where {c.townshipCode.left(9) + QLatin1Char('%'), c.hazardType};
      const QString base = QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE village_code LIKE ? AND hazard_type = ?");
      QCOMPARE(c.found, integer(s, base, where));
      QCOMPARE(c.inRectification, integer(s, base + QStringLiteral(" AND status IN ('assigned','rectifying','checked')"), where));
      QCOMPARE(c.signedOff, integer(s, base + QStringLiteral(" AND status = 'signed_off'"), where));
      QCOMPARE(c.overdue, integer(s, base + QStringLiteral(" AND ") + HiddenDanger::overdueSql(), where + QVariantList {day.toString(Qt::ISODate)}));
      QVERIFY2(!c.townshipName.isEmpty(), qPrintable(c.townshipCode));
    }
    // Filters of the ledger agree with the summary.
    DangerFilter f;
    f.townshipCode = m.byTownship.first().townshipCode;
    QCOMPARE(qint64(loop.list(f, day).value().size()), m.byTownship.first().found);
    f = {};
    f.supervisedOnly = true;
    QCOMPARE(qint64(loop.list(f, day).value().size()), m.total.supervised);
    f = {};
    f.overdueOnly = true;
    f.hazardType = QStringLiteral("landslide");
    qint64 landslideOverdue = 0;
    for (const DangerCounts &c : m.byHazardType)
      if (c.hazardType == QLatin1String("landslide"))
        landslideOverdue = c.overdue;
    QCOMPARE(qint64(loop.list(f, day).value().size()), landslideOverdue);
    f = {};
    f.status = QStringLiteral("done");
    QVERIFY(!loop.list(f, day).ok());
    f = {};
    f.townshipCode = QStringLiteral("5399");
    QVERIFY(!loop.list(f, day).ok());
  }
};

QTEST_GUILESS_MAIN(TestDangerLoop)
#include "test_danger_loop.moc"
