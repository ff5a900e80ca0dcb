// Call-and-answer (叫应) over a real sample-county store: a CAP warning for one
// township is ingested, its call list must be exactly the responsible persons
// of that township and its villages (computed here with plain SQL), preparing
// twice adds nothing, times are checked, answers and undos are audited, and a
// call without answer N minutes after it fell due is overdue.
#include "SampleStore.h"
#include "responsible_persons/ResponsiblePerson.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Table.h"
#include "warnings/CallList.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"

#include <QJsonObject>
#include <QtTest>

using namespace onemap;

namespace {

QByteArray cap(const QString &identifier, const QString &townshipCode)
{
  return QStringLiteral(
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
           "<identifier>%1</identifier><sender>53990104100@weather.example.cn</sender>"
           "<sent>2024-06-20T08:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
           "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
           "<severity>Severe</severity><certainty>Likely</certainty><effective>2024-06-20T08:00:00+08:00</effective>"
           "<expires>2024-06-21T20:00:00+08:00</expires><senderName>示范县气象台</senderName>"
           "<headline>示范县气象台发布暴雨橙色预警信号</headline><description>预计未来6小时内将出现强降雨。</description>"
           "<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%2</value></geocode></area>"
           "</info></alert>\n")
    .arg(identifier, townshipCode)
    .toUtf8();
}

QDateTime at(const char *hhmm) { return QDateTime::fromString(QStringLiteral("2024-06-20T%1:00+08:00").arg(QLatin1String(hhmm)), Qt::ISODate); }

qint64 integer(Store &store, const QString &sql, const QVariantList &params = {})
{
  SqlStatement q(store.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : -1;
}

} // namespace

class TestCallList : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QString mTownship;
  qint64 mWarning = 0;
  QDateTime mNow = at("10:00");

  CallList calls() { return CallList(*mStore, [this] { return mNow; }); }

  qint64 ingest(const QString &identifier, const QString &township)
  {
    Result<CapMessage> m = CapParser::parse(cap(identifier, township));
    if (!m)
      return -1;
    Result<CapIngestOutcome> o = CapIngest::ingest(*mStore, m.value(), at("08:30"));
    return o ? o.value().id : -1;
  }

  qint64 callOf(const QString &role, const QString &adminCode)
  {
    return integer(*mStore, QStringLiteral("SELECT min(id) FROM warning_calls WHERE warning_id = ? AND role = ? AND admin_code = ?"),
                   {mWarning, role, adminCode});
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1 OFFSET 2"));
    QVERIFY(q.next());
    mTownship = q.text(0);
    mWarning = ingest(QStringLiteral("53990104100300009_20240620080000"), mTownship);
    QVERIFY(mWarning > 0);
  }

  void everyUnitHasItsResponsiblePersons()
  {
    // The sample gives each township and village a 包保责任人, and each village
    // an information officer and at least one grid member: the call list needs them.
    const QString missing = QStringLiteral("SELECT count(*) FROM admin_units a WHERE a.level IN ('township', 'village') "
                                           "AND NOT EXISTS (SELECT 1 FROM responsible_persons p WHERE p.admin_code = a.code AND p.role = ?)");
    QCOMPARE(integer(*mStore, missing, {QStringLiteral("disaster_responsible")}), qint64(0));
    QCOMPARE(integer(*mStore, missing + QStringLiteral(" AND a.level = 'village'"), {QStringLiteral("grid_member")}), qint64(0));
    QCOMPARE(integer(*mStore, missing + QStringLiteral(" AND a.level = 'village'"), {QStringLiteral("info_officer")}), qint64(0));
  }

  void listIsThePersonsOfTheCoveredUnits()
  {
    // Independently: the township's persons and those of its villages.
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT id FROM responsible_persons WHERE admin_code = ?1 "
                                                    "OR admin_code IN (SELECT code FROM admin_units WHERE level = 'village' AND parent_code = ?1) ORDER BY id"));
    q.bind(1, mTownship);
    QList<qint64> want;
    while (q.next())
      want << q.int64(0);
    QVERIFY(want.size() > 10);

    const qint64 auditBefore = AuditLog(*mStore).count();
    Result<int> added = calls().prepare(mWarning, QStringLiteral("值班员"));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(added.value(), want.size());
    QCOMPARE(AuditLog(*mStore).count(), auditBefore + 1);
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'warning_calls' AND action = 'bulk_insert' AND actor = ?"),
                     {QStringLiteral("值班员")}),
             qint64(1));

    QList<qint64> got;
    SqlStatement g(mStore->handle(), QStringLiteral("SELECT person_id FROM warning_calls WHERE warning_id = ? ORDER BY person_id"));
    g.bind(1, mWarning);
    while (g.next())
      got << g.int64(0);
    QCOMPARE(got, want);
    // Names and phones are copied from the ledger.
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls c JOIN responsible_persons p ON p.id = c.person_id "
                                             "WHERE c.warning_id = ? AND (c.person_name IS NOT p.name OR c.phone IS NOT p.phone OR c.role IS NOT p.role "
                                             "OR c.admin_code IS NOT p.admin_code)"),
                     {mWarning}),
             qint64(0));

    // Sheet order: the township's own calls first, leader first; then villages in code order.
    Result<CallSheet> sheet = calls().sheet(mWarning, at("08:10"), 30);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    const QVector<CallRow> &rows = sheet.value().rows;
    QCOMPARE(rows.size(), want.size());
    QCOMPARE(rows.first().call.adminCode, mTownship);
    QCOMPARE(rows.first().call.role, QStringLiteral("disaster_responsible"));
    QCOMPARE(rows.first().unitLevel, QStringLiteral("township"));
    QCOMPARE(rows[1].call.role, QStringLiteral("emergency_manager"));
    QCOMPARE(rows[2].call.role, QStringLiteral("info_officer"));
    QCOMPARE(rows[3].unitLevel, QStringLiteral("village"));
    for (int i = 1; i < rows.size(); ++i) {
      QVERIFY(rows[i - 1].call.adminCode <= rows[i].call.adminCode);
      if (rows[i - 1].call.adminCode == rows[i].call.adminCode)
        QVERIFY(CallList::roleOrder().indexOf(rows[i - 1].call.role) <= CallList::roleOrder().indexOf(rows[i].call.role));
      QCOMPARE(rows[i].townshipCode, mTownship);
      QVERIFY(!rows[i].unitName.isEmpty());
    }
    QCOMPARE(sheet.value().townships.size(), 1);
    QCOMPARE(sheet.value().townships.first().calls, want.size());
    QVERIFY(!sheet.value().townships.first().townshipName.isEmpty());
    QCOMPARE(sheet.value().total.called, 0);
    QCOMPARE(sheet.value().total.overdue, 0); // 10 minutes after sending

    // expected() agrees with what was written, in sheet order.
    Result<QVector<WarningCall>> expected = calls().expected(mWarning);
    QVERIFY(expected.ok());
    QCOMPARE(expected.value().size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
      QCOMPARE(expected.value()[i].personId, rows[i].call.personId);
  }

  void prepareIsIdempotent()
  {
    const qint64 rows = integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls"));
    const qint64 audit = AuditLog(*mStore).count();
    Result<int> again = calls().prepare(mWarning, QStringLiteral("值班员"));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again.value(), 0);
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls")), rows);
    QCOMPARE(AuditLog(*mStore).count(), audit);

    // A person added to the ledger later is added, alone.
    ResponsiblePerson p;
    p.name = QStringLiteral("新增网格员");
    p.role = QStringLiteral("grid_member");
    p.adminCode = mTownship;
    p.phone = QStringLiteral("13900000000");
    QVERIFY(ResponsiblePersons(*mStore).add(p, QStringLiteral("test")).ok());
    Result<int> more = calls().prepare(mWarning, QStringLiteral("值班员"));
    QVERIFY(more.ok());
    QCOMPARE(more.value(), 1);

    Result<int> unknown = calls().prepare(987654, QStringLiteral("值班员"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.message().contains(QStringLiteral("987654")), qPrintable(unknown.message()));
  }

  void callAndAnswerAreCheckedAndAudited()
  {
    CallList list = calls();
    const qint64 leader = callOf(QStringLiteral("disaster_responsible"), mTownship);
    QVERIFY(leader > 0);

    // Before the warning was sent: refused, nothing written.
    Status early = list.markCalled(leader, at("07:59"), QStringLiteral("值班员"));
    QVERIFY(!early.ok());
    QVERIFY2(early.message().contains(QStringLiteral("before the warning was sent")), qPrintable(early.message()));
    QVERIFY2(early.message().contains(QString::number(leader)), qPrintable(early.message()));
    Status noOne = list.markCalled(leader, at("08:05"), QString());
    QVERIFY(!noOne.ok());
    QVERIFY2(noOne.message().contains(QStringLiteral("called by")), qPrintable(noOne.message()));
    Status future = list.markCalled(leader, at("11:00"), QStringLiteral("值班员"));
    QVERIFY2(!future.ok() && future.message().contains(QStringLiteral("future")), qPrintable(future.message()));
    QVERIFY(!list.markCalled(999999, at("08:05"), QStringLiteral("值班员")).ok());
    QVERIFY(!list.call(leader).value().called());

    const qint64 audit = AuditLog(*mStore).count();
    QVERIFY(list.markCalled(leader, at("08:05"), QStringLiteral("值班员")).ok());
    QCOMPARE(AuditLog(*mStore).count(), audit + 1);
    const AuditEntry called = AuditLog(*mStore).history(QStringLiteral("warning_calls"), leader).first();
    QCOMPARE(called.action, QStringLiteral("update"));
    QCOMPARE(called.actor, QStringLiteral("值班员"));
    QVERIFY(called.before.value(QStringLiteral("called_at")).toString().isEmpty());
    QCOMPARE(called.after.value(QStringLiteral("called_at")).toString(), QStringLiteral("2024-06-20T08:05:00+08:00"));
    QVERIFY(!list.markCalled(leader, at("08:06"), QStringLiteral("值班员")).ok()); // already called

    // The answer cannot come before the call.
    Status beforeCall = list.markAnswered(leader, at("08:04"), QStringLiteral("本人"), QString(), QStringLiteral("值班员"));
    QVERIFY2(!beforeCall.ok() && beforeCall.message().contains(QStringLiteral("before the call")), qPrintable(beforeCall.message()));
    Status nobody = list.markAnswered(leader, at("08:07"), QStringLiteral(" "), QString(), QStringLiteral("值班员"));
    QVERIFY2(!nobody.ok() && nobody.message().contains(QStringLiteral("answered by")), qPrintable(nobody.message()));

    const WarningCall person = list.call(leader).value();
    QVERIFY(list.markAnswered(leader, at("08:07"), person.personName, QStringLiteral("已部署转移"), QStringLiteral("值班员")).ok());
    WarningCall answered = list.call(leader).value();
    QCOMPARE(answered.answeredAt, QStringLiteral("2024-06-20T08:07:00+08:00"));
    QCOMPARE(answered.answeredBy, person.personName);
    QCOMPARE(answered.note, QStringLiteral("已部署转移"));
    QCOMPARE(answered.calledAt, QStringLiteral("2024-06-20T08:05:00+08:00"));
    QVERIFY(!list.markAnswered(leader, at("08:08"), QStringLiteral("x"), QString(), QStringLiteral("值班员")).ok());

    // An answer to a call never marked as called records the call with it;
    // a time without offset is county time.
    const qint64 officer = callOf(QStringLiteral("info_officer"), mTownship);
    QVERIFY(list.markAnswered(officer, CallList::parseTime(QStringLiteral("2024-06-20T08:09:00")), QStringLiteral("代接人"), QString(), QStringLiteral("值班员")).ok());
    const WarningCall both = list.call(officer).value();
    QCOMPARE(both.calledAt, QStringLiteral("2024-06-20T08:09:00+08:00"));
    QCOMPARE(both.answeredAt, both.calledAt);
    QCOMPARE(both.answeredBy, QStringLiteral("代接人"));
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'warning_calls' AND action = 'update' AND row_id = ?"), {officer}),
             qint64(1));

    // Undo clears the answer, then the call, then refuses.
    Result<CallList::Undone> u1 = list.undo(officer, QStringLiteral("值班员"));
    QVERIFY(u1.ok() && u1.value() == CallList::Undone::Answer);
    QVERIFY(!list.call(officer).value().answered());
    QVERIFY(list.call(officer).value().called());
    Result<CallList::Undone> u2 = list.undo(officer, QStringLiteral("值班员"));
    QVERIFY(u2.ok() && u2.value() == CallList::Undone::Call);
    QVERIFY(!list.call(officer).value().called());
    Result<CallList::Undone> u3 = list.undo(officer, QStringLiteral("值班员"));
    QVERIFY2(!u3.ok() && u3.message().contains(QStringLiteral("nothing to undo")), qPrintable(u3.message()));
    const AuditEntry last = AuditLog(*mStore).history(QStringLiteral("warning_calls"), officer).first();
    QCOMPARE(last.before.value(QStringLiteral("called_at")).toString(), QStringLiteral("2024-06-20T08:09:00+08:00"));
    QVERIFY(last.after.value(QStringLiteral("called_at")).toString().isEmpty());
  }

  void overdueAfterTheLimit()
  {
    CallList list = calls();
    const qint64 manager = callOf(QStringLiteral("emergency_manager"), mTownship);
    QVERIFY(list.markCalled(manager, at("08:20"), QStringLiteral("值班员")).ok());
    const qint64 total = integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"), {mWarning});

    // 08:25: nothing is 30 minutes old yet.
    Result<QVector<CallRow>> none = list.overdue(mWarning, at("08:25"), 30);
    QVERIFY(none.ok());
    QCOMPARE(none.value().size(), 0);

    // 08:40: every call still uncalled is 40 minutes past the sending; the one
    // called at 08:20 has 10 minutes to go; the answered one is never late.
    Result<QVector<CallRow>> late = list.overdue(mWarning, at("08:40"), 30);
    QVERIFY(late.ok());
    QCOMPARE(late.value().size(), int(total - 2));
    for (const CallRow &r : late.value()) {
      QVERIFY(r.call.id != manager);
      QVERIFY(!r.call.answered());
      QCOMPARE(r.overdueMinutes, qint64(10));
      QCOMPARE(r.waitingMinutes, qint64(40));
    }

    // 09:00: now the manager is late too, by 10 minutes of a 30-minute limit.
    Result<CallSheet> sheet = list.sheet(mWarning, at("09:00"), 30);
    QVERIFY(sheet.ok());
    bool seen = false;
    for (const CallRow &r : sheet.value().rows)
      if (r.call.id == manager) {
        seen = true;
        QVERIFY(r.overdue);
        QCOMPARE(r.overdueMinutes, qint64(10));
        QCOMPARE(r.waitingMinutes, qint64(40));
      }
    QVERIFY(seen);
    QCOMPARE(sheet.value().total.calls, int(total));
    QCOMPARE(sheet.value().total.called, 2);
    QCOMPARE(sheet.value().total.answered, 1);
    QCOMPARE(sheet.value().total.overdue, int(total - 1));
    // A longer limit: nobody is late at 09:00 with 90 minutes.
    QCOMPARE(list.overdue(mWarning, at("09:00"), 90).value().size(), 0);
  }

  void findNamesTheFieldThatMatchesNothing()
  {
    CallList list = calls();
    Result<QVector<WarningCall>> person = list.find(mWarning, CallQuery {0, QStringLiteral("无此人"), QString()});
    QVERIFY(!person.ok());
    QVERIFY2(person.message().startsWith(QStringLiteral("person:")) && person.message().contains(QStringLiteral("无此人")), qPrintable(person.message()));
    Result<QVector<WarningCall>> admin = list.find(mWarning, CallQuery {0, QString(), QStringLiteral("539901999999")});
    QVERIFY2(!admin.ok() && admin.message().startsWith(QStringLiteral("admin:")), qPrintable(admin.message()));
    Result<QVector<WarningCall>> id = list.find(mWarning, CallQuery {424242, QString(), QString()});
    QVERIFY2(!id.ok() && id.message().startsWith(QStringLiteral("call:")), qPrintable(id.message()));
    Result<QVector<WarningCall>> township = list.find(mWarning, CallQuery {0, QString(), mTownship});
    QVERIFY(township.ok());
    QCOMPARE(township.value().size(), 4); // three leaders and the grid member added above
  }

  void deletingTheWarningDeletesItsCalls()
  {
    QString other;
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' AND code <> ? ORDER BY code LIMIT 1"));
    q.bind(1, mTownship);
    QVERIFY(q.next());
    other = q.text(0);
    const qint64 id = ingest(QStringLiteral("53990104100300010_20240620080000"), other);
    QVERIFY(id > 0);
    Result<int> added = calls().prepare(id, QStringLiteral("值班员"));
    QVERIFY(added.ok() && added.value() > 0);
    QVERIFY(Table(*mStore, Warning::schema().spec()).remove(id, QStringLiteral("test")).ok());
    QCOMPARE(integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"), {id}), qint64(0));
    QVERIFY(integer(*mStore, QStringLiteral("SELECT count(*) FROM warning_calls WHERE warning_id = ?"), {mWarning}) > 0);
  }
};

QTEST_GUILESS_MAIN(TestCallList)
#include "test_call_list.moc"
