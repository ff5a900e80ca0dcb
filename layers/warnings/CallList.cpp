#include "CallList.h"

#include "AffectedUnits.h"
#include "responsible_persons/ResponsiblePerson.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace onemap {

namespace {

int roleRank(const QString &role)
{
  const int i = CallList::roleOrder().indexOf(role);
  return i < 0 ? CallList::roleOrder().size() : i;
}

struct Unit
{
  QString name;
  QString level;
  QString townshipCode;
};

// A village's township is its parent; the code rule (first 9 digits + 000)
// stands in when the frame has no parent for it.
QString townshipOf(const QString &code, const QString &level, const QString &parent)
{
  if (level == QLatin1String("township"))
    return code;
  return parent.isEmpty() ? code.left(9) + QStringLiteral("000") : parent;
}

// Names and townships of the units a warning's calls name.
QHash<QString, Unit> unitsOfCalls(Store &store, qint64 warningId)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, level, parent_code FROM admin_units "
                                                "WHERE code IN (SELECT admin_code FROM warning_calls WHERE warning_id = ?)"));
  q.bind(1, warningId);
  QHash<QString, Unit> units;
  while (q.next())
    units.insert(q.text(0), Unit {q.text(1), q.text(2), townshipOf(q.text(0), q.text(2), q.text(3))});
  // Townships named only through their villages still need a name.
  QSet<QString> missing;
  for (const Unit &u : qAsConst(units))
    if (!units.contains(u.townshipCode))
      missing << u.townshipCode;
  for (const QString &code : qAsConst(missing)) {
    SqlStatement t(store.handle(), QStringLiteral("SELECT name FROM admin_units WHERE code = ?"));
    t.bind(1, code);
    units.insert(code, Unit {t.next() ? t.text(0) : code, QStringLiteral("township"), code});
  }
  return units;
}

bool sheetOrder(const CallRow &a, const CallRow &b)
{
  const auto key = [](const CallRow &r) {
    return std::make_tuple(r.townshipCode, r.unitLevel != QLatin1String("township"), r.call.adminCode, roleRank(r.call.role), r.call.personId, r.call.id);
  };
  return key(a) < key(b);
}

QString describe(const WarningCall &c) { return QStringLiteral("%1 (%2, %3)").arg(c.id).arg(c.personName, c.adminCode); }

} // namespace

CallList::CallList(Store &store, Clock clock) : mStore(store), mClock(std::move(clock))
{
  if (!mClock)
    mClock = [] { return QDateTime::currentDateTime(); };
}

const QStringList &CallList::roleOrder()
{
  // Who leads first: the unit's responsible leader, then the emergency and
  // information officers who pass the warning on, then the grid and monitors.
  static const QStringList order {QStringLiteral("disaster_responsible"), QStringLiteral("emergency_manager"), QStringLiteral("info_officer"),
                                  QStringLiteral("grid_member"), QStringLiteral("monitor")};
  return order;
}

QString CallList::formatTime(const QDateTime &at) { return at.toOffsetFromUtc(kCountyOffsetSeconds).toString(Qt::ISODate); }

QDateTime CallList::parseTime(const QString &text)
{
  QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
  if (t.isValid() && t.timeSpec() == Qt::LocalTime)
    t.setOffsetFromUtc(kCountyOffsetSeconds);
  return t;
}

QString CallList::shortTime(const QString &stored)
{
  const QDateTime t = parseTime(stored);
  return t.isValid() ? t.toOffsetFromUtc(kCountyOffsetSeconds).toString(QStringLiteral("MM-dd HH:mm")) : stored;
}

Result<Warning> CallList::warning(qint64 warningId) const
{
  // Everything but the area: the sheet never needs the polygon.
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT identifier, sender, sent, msg_type, issuer, hazard, level, stage, headline, "
                                                 "area_desc, expires, status FROM warnings WHERE id = ?"));
  q.bind(1, warningId);
  if (!q.next())
    return Status::failure(q.hasError() ? q.error() : QCoreApplication::translate("onemap::CallList", "no warning with id %1").arg(warningId));
  Warning w;
  w.id = warningId;
  w.identifier = q.text(0);
  w.sender = q.text(1);
  w.sent = q.text(2);
  w.msgType = q.text(3);
  w.issuer = q.text(4);
  w.hazard = q.text(5);
  w.level = q.text(6);
  w.stage = q.text(7);
  w.headline = q.text(8);
  w.areaDesc = q.text(9);
  w.expires = q.text(10);
  w.status = q.text(11);
  return w;
}

Result<QVector<WarningCall>> CallList::expected(qint64 warningId) const
{
  if (Result<Warning> w = warning(warningId); !w)
    return w.status();
  Result<QVector<AffectedUnit>> units = AffectedUnits::of(mStore, warningId);
  if (!units)
    return units.status();
  QVector<CallRow> rows;
  ResponsiblePersons persons(mStore);
  for (const AffectedUnit &u : units.value()) {
    for (const ResponsiblePerson &p : persons.where(QStringLiteral("admin_code = ?"), {u.code})) {
      CallRow r;
      r.call.warningId = warningId;
      r.call.adminCode = u.code;
      r.call.personId = p.id;
      r.call.personName = p.name;
      r.call.role = p.role;
      r.call.phone = p.phone;
      r.townshipCode = townshipOf(u.code, u.level, u.parentCode);
      r.unitLevel = u.level;
      rows << r;
    }
  }
  std::stable_sort(rows.begin(), rows.end(), sheetOrder);
  QVector<WarningCall> calls;
  calls.reserve(rows.size());
  for (const CallRow &r : rows)
    calls << r.call;
  return calls;
}

Result<int> CallList::prepare(qint64 warningId, const QString &actor)
{
  if (actor.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "warning %1: preparing the call list needs an actor").arg(warningId));
  int added = 0;
  // Read and write under one write lock, so two boards preparing together
  // cannot both add the same calls.
  const Status done = mStore.transaction([&]() -> Status {
    Result<QVector<WarningCall>> wanted = expected(warningId);
    if (!wanted)
      return wanted.status();
    QSet<QPair<QString, qint64>> have;
    for (const WarningCall &c : WarningCalls(mStore).where(QStringLiteral("warning_id = ?"), {warningId}))
      have.insert({c.adminCode, c.personId});
    QVector<Record> missing;
    for (const WarningCall &c : wanted.value())
      if (!have.contains({c.adminCode, c.personId}))
        missing << WarningCall::toRecord(c);
    if (missing.isEmpty())
      return Status();
    Result<int> n = Table(mStore, WarningCall::schema().spec()).insertMany(missing, actor.trimmed());
    added = n.value();
    return n.status();
  });
  if (!done)
    return Status::failure(QCoreApplication::translate("onemap::CallList", "warning %1: cannot prepare the call list: %2").arg(warningId).arg(done.message()));
  return added;
}

Result<WarningCall> CallList::call(qint64 callId) const
{
  Result<WarningCall> c = WarningCalls(mStore).get(callId);
  if (!c)
    return Status::failure(QCoreApplication::translate("onemap::CallList", "no call with id %1").arg(callId));
  return c;
}

Result<QVector<WarningCall>> CallList::find(qint64 warningId, const CallQuery &query) const
{
  if (Result<Warning> w = warning(warningId); !w)
    return w.status();
  QVector<WarningCall> calls = WarningCalls(mStore).where(QStringLiteral("warning_id = ?"), {warningId});
  if (calls.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "warning %1 has no call list (no responsible person in the units it covers)").arg(warningId));
  const auto keep = [&calls](const std::function<bool(const WarningCall &)> &match) {
    calls.erase(std::remove_if(calls.begin(), calls.end(), [&](const WarningCall &c) { return !match(c); }), calls.end());
  };
  if (query.callId > 0) {
    keep([&](const WarningCall &c) { return c.id == query.callId; });
    if (calls.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call: no call %1 in the call list of warning %2").arg(query.callId).arg(warningId));
  }
  if (!query.adminCode.isEmpty()) {
    keep([&](const WarningCall &c) { return c.adminCode == query.adminCode; });
    if (calls.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::CallList", "admin: no unit %1 in the call list of warning %2").arg(query.adminCode).arg(warningId));
  }
  if (!query.personName.isEmpty()) {
    const QString name = query.personName.trimmed();
    keep([&](const WarningCall &c) { return c.personName == name; });
    if (calls.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::CallList", "person: no %1 in the call list of warning %2").arg(name).arg(warningId));
  }
  return calls;
}

Status CallList::write(const WarningCall &after, const QString &actor)
{
  return Table(mStore, WarningCall::schema().spec()).update(WarningCall::toRecord(after), actor);
}

Result<CallList::Marking> CallList::marking(qint64 callId, const QDateTime &at) const
{
  Result<WarningCall> found = call(callId);
  if (!found)
    return found.status();
  Result<Warning> w = warning(found.value().warningId);
  if (!w)
    return w.status();
  Marking m;
  m.call = found.take();
  m.sent = parseTime(w.value().sent);
  m.now = mClock();
  m.when = at.isValid() ? at : m.now;
  return m;
}

Status CallList::markCalled(qint64 callId, const QDateTime &at, const QString &by)
{
  if (by.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: called by is required").arg(callId));
  return mStore.transaction([&]() -> Status {
    Result<Marking> m = marking(callId, at);
    if (!m)
      return m.status();
    const WarningCall &c = m.value().call;
    const QDateTime &when = m.value().when, &now = m.value().now, &sent = m.value().sent;
    if (c.called())
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: already called at %2 by %3").arg(describe(c), c.calledAt, c.calledBy));
    if (sent.isValid() && when < sent)
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: called at %2 is before the warning was sent at %3").arg(describe(c), formatTime(when), formatTime(sent)));
    if (when > now.addSecs(60))
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: called at %2 is in the future (now %3)").arg(describe(c), formatTime(when), formatTime(now)));
    WarningCall after = c;
    after.calledAt = formatTime(when);
    after.calledBy = by.trimmed();
    return write(after, by.trimmed());
  });
}

Status CallList::markAnswered(qint64 callId, const QDateTime &at, const QString &answeredBy, const QString &note, const QString &actor)
{
  if (answeredBy.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: answered by is required (the person or who answered for them)").arg(callId));
  if (actor.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: recorded by is required").arg(callId));
  return mStore.transaction([&]() -> Status {
    Result<Marking> m = marking(callId, at);
    if (!m)
      return m.status();
    const WarningCall &c = m.value().call;
    const QDateTime &when = m.value().when, &now = m.value().now, &sent = m.value().sent;
    if (c.answered())
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: already answered at %2 by %3").arg(describe(c), c.answeredAt, c.answeredBy));
    if (sent.isValid() && when < sent)
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: answered at %2 is before the warning was sent at %3").arg(describe(c), formatTime(when), formatTime(sent)));
    const QDateTime called = parseTime(c.calledAt);
    if (called.isValid() && when < called)
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: answered at %2 is before the call at %3").arg(describe(c), formatTime(when), c.calledAt));
    if (when > now.addSecs(60))
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: answered at %2 is in the future (now %3)").arg(describe(c), formatTime(when), formatTime(now)));
    WarningCall after = c;
    if (!c.called()) {
      // An answer means the person was reached: the call is recorded with it.
      after.calledAt = formatTime(when);
      after.calledBy = actor.trimmed();
    }
    after.answeredAt = formatTime(when);
    after.answeredBy = answeredBy.trimmed();
    after.note = note.trimmed();
    return write(after, actor.trimmed());
  });
}

Result<CallList::Undone> CallList::undo(qint64 callId, const QString &actor)
{
  if (actor.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: undo needs an actor").arg(callId));
  Undone undone = Undone::Answer;
  const Status done = mStore.transaction([&]() -> Status {
    Result<WarningCall> found = call(callId);
    if (!found)
      return found.status();
    const WarningCall c = found.value();
    WarningCall after = c;
    if (c.answered()) {
      after.answeredAt.clear();
      after.answeredBy.clear();
      after.note.clear();
      undone = Undone::Answer;
    } else if (c.called()) {
      after.calledAt.clear();
      after.calledBy.clear();
      undone = Undone::Call;
    } else {
      return Status::failure(QCoreApplication::translate("onemap::CallList", "call %1: nothing to undo (not called yet)").arg(describe(c)));
    }
    return write(after, actor.trimmed());
  });
  if (!done)
    return done;
  return undone;
}

Result<CallSheet> CallList::sheet(qint64 warningId, const QDateTime &now, int minutes) const
{
  if (minutes < 0)
    return Status::failure(QCoreApplication::translate("onemap::CallList", "minutes: %1 is not a number of minutes").arg(minutes));
  Result<Warning> w = warning(warningId);
  if (!w)
    return w.status();
  CallSheet sheet;
  sheet.warning = w.take();
  sheet.now = now.isValid() ? now : mClock();
  sheet.minutes = minutes;
  const QDateTime sent = parseTime(sheet.warning.sent);
  const QHash<QString, Unit> units = unitsOfCalls(mStore, warningId);
  for (const WarningCall &c : WarningCalls(mStore).where(QStringLiteral("warning_id = ?"), {warningId})) {
    CallRow r;
    r.call = c;
    const Unit u = units.value(c.adminCode, Unit {c.adminCode, QString(), townshipOf(c.adminCode, QString(), QString())});
    r.unitName = u.name;
    r.unitLevel = u.level;
    r.townshipCode = u.townshipCode;
    r.townshipName = units.value(u.townshipCode).name;
    if (!c.answered()) {
      const QDateTime due = c.called() ? parseTime(c.calledAt) : sent;
      if (due.isValid()) {
        const qint64 secs = due.secsTo(sheet.now);
        r.waitingMinutes = std::max<qint64>(0, secs / 60);
        r.overdue = secs > qint64(minutes) * 60;
        r.overdueMinutes = r.overdue ? (secs - qint64(minutes) * 60) / 60 : 0;
      }
    }
    sheet.rows << r;
  }
  std::stable_sort(sheet.rows.begin(), sheet.rows.end(), sheetOrder);
  for (const CallRow &r : qAsConst(sheet.rows)) {
    if (sheet.townships.isEmpty() || sheet.townships.last().townshipCode != r.townshipCode)
      sheet.townships << CallTally {r.townshipCode, r.townshipName};
    for (CallTally *t : {&sheet.townships.last(), &sheet.total}) {
      ++t->calls;
      t->called += r.call.called() ? 1 : 0;
      t->answered += r.call.answered() ? 1 : 0;
      t->overdue += r.overdue ? 1 : 0;
    }
  }
  return sheet;
}

Result<QVector<CallRow>> CallList::overdue(qint64 warningId, const QDateTime &now, int minutes) const
{
  Result<CallSheet> s = sheet(warningId, now, minutes);
  if (!s)
    return s.status();
  QVector<CallRow> late;
  for (const CallRow &r : s.value().rows)
    if (r.overdue)
      late << r;
  return late;
}

} // namespace onemap
