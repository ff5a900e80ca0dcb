#include "TransferPlans.h"

#include "TransferSql.h"
#include "shelters/Shelter.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <sqlite3.h>

namespace onemap {

// Assignment rows are written here rather than through Table because an
// unplaced row (or one reassigned without a route) has no geometry, which
// Table refuses; the rows are validated by the same TableSpec and audited
// the same way (one bulk_insert row for a saved plan, an insert/update row
// per hand edit).

namespace {

const TableSpec &assignmentSpec() { return TransferAssignment::schema().spec(); }

//! \a withId: the row goes back under its own id (bound last), as run() binds it.
QString insertSql(bool withId = false)
{
  QStringList marks;
  for (int i = 0; i < assignmentSpec().fields.size(); ++i)
    marks << QStringLiteral("?");
  return QStringLiteral("INSERT INTO transfer_assignments(%1, geom%2) VALUES(%3, GeomFromText(?, %4)%5)")
    .arg(assignmentSpec().fieldNames().join(QStringLiteral(", ")), withId ? QStringLiteral(", id") : QString(), marks.join(QStringLiteral(", ")))
    .arg(Store::kSrid)
    .arg(withId ? QStringLiteral(", ?") : QString());
}

QString updateSql()
{
  QStringList sets;
  for (const QString &f : assignmentSpec().fieldNames())
    sets << f + QStringLiteral(" = ?");
  return QStringLiteral("UPDATE transfer_assignments SET %1, geom = GeomFromText(?, %2) WHERE id = ?")
    .arg(sets.join(QStringLiteral(", ")))
    .arg(Store::kSrid);
}

Status check(const TransferAssignment &row)
{
  // The spec's rules field by field; its "geometry required" does not hold
  // here: a group nobody could place has no route.
  const Record r = TransferAssignment::schema().toRecord(row);
  for (const FieldSpec &f : assignmentSpec().fields)
    if (Status s = assignmentSpec().validateField(f, r.values.value(f.name)); !s)
      return s;
  // The table's CHECK, said in words: placed rows have no reason, unplaced ones must.
  if ((row.shelterId == 0) != !row.unplacedReason.isEmpty())
    return Status::failure(row.shelterId == 0
                             ? QCoreApplication::translate("onemap::TransferPlans", "%1: a group not placed needs the reason").arg(row.sourceCode)
                             : QCoreApplication::translate("onemap::TransferPlans", "%1: a placed group cannot have an unplaced reason").arg(row.sourceCode));
  return Status();
}

Status run(SqlStatement &q, const TransferAssignment &row, bool withId)
{
  const Record r = TransferAssignment::schema().toRecord(row);
  int i = 1;
  for (const FieldSpec &f : assignmentSpec().fields) {
    QVariant v = r.values.value(f.name);
    if (f.type == FieldType::Boolean && v.isValid() && !v.isNull())
      v = v.toBool() ? 1 : 0;
    q.bind(i++, v);
  }
  q.bind(i++, row.routeWkt.isEmpty() ? QVariant() : QVariant(row.routeWkt));
  if (withId)
    q.bind(i++, row.id);
  if (!q.exec())
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "transfer_assignments, %1: %2").arg(row.sourceCode, q.error()));
  return Status();
}

Status routeWritten(Store &store, qint64 id, const TransferAssignment &row)
{
  if (row.routeWkt.isEmpty())
    return Status();
  SqlStatement q(store.handle(), QStringLiteral("SELECT geom IS NULL FROM transfer_assignments WHERE id = ?1"));
  q.bind(1, id);
  if (q.next() && q.int64(0) == 1)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "%1: the route \"%2\" is not a valid LINESTRING")
                             .arg(row.sourceCode, row.routeWkt.left(60)));
  return Status();
}

Result<qint64> insertRow(Store &store, const TransferAssignment &row)
{
  SqlStatement q(store.handle(), insertSql());
  if (Status s = run(q, row, false); !s)
    return s;
  const qint64 id = sqlite3_last_insert_rowid(store.handle());
  if (Status s = routeWritten(store, id, row); !s)
    return s;
  return id;
}

bool sourceOrder(const TransferAssignment &a, const TransferAssignment &b)
{
  if (a.sourceKind != b.sourceKind)
    return a.sourceKind == QLatin1String("danger");
  if (a.sourceCode != b.sourceCode)
    return a.sourceCode < b.sourceCode;
  return a.id < b.id;
}

} // namespace

Result<qint64> TransferPlans::save(TransferPlan plan, const QVector<TransferAssignment> &rows, const QString &actor)
{
  for (int i = 0; i < rows.size(); ++i) {
    TransferAssignment r = rows[i];
    r.planId = 1; // the id it will get; checked here so nothing is written on a bad row
    if (Status s = check(r); !s)
      return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "row %1: %2").arg(i + 1).arg(s.message()));
  }
  plan.id = 0;
  qint64 planId = 0;
  Status s = mStore.transaction([&]() -> Status {
    Result<qint64> added = TransferPlanTable(mStore).add(plan, actor);
    if (!added)
      return added.status();
    planId = added.value();
    qint64 first = 0, last = 0;
    SqlStatement q(mStore.handle(), insertSql());
    for (int i = 0; i < rows.size(); ++i) {
      TransferAssignment r = rows[i];
      r.id = 0;
      r.planId = planId;
      q.reset();
      if (Status run1 = run(q, r, false); !run1)
        return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "row %1: %2").arg(i + 1).arg(run1.message()));
      last = sqlite3_last_insert_rowid(mStore.handle());
      if (i == 0)
        first = last;
      if (Status g = routeWritten(mStore, last, r); !g)
        return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "row %1: %2").arg(i + 1).arg(g.message()));
    }
    if (rows.isEmpty())
      return Status();
    const QJsonObject summary {{QStringLiteral("rows"), rows.size()}, {QStringLiteral("first_id"), first},
                               {QStringLiteral("last_id"), last}, {QStringLiteral("plan_id"), planId}};
    return AuditLog(mStore).record(QStringLiteral("transfer_assignments"), 0, QStringLiteral("bulk_insert"), actor, {}, summary);
  });
  if (!s)
    return s;
  return planId;
}

Result<TransferPlan> TransferPlans::plan(qint64 id) const
{
  Result<TransferPlan> p = TransferPlanTable(mStore).get(id);
  if (!p)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "no transfer plan with id %1").arg(id));
  return p;
}

QVector<TransferPlan> TransferPlans::plans() const
{
  QVector<TransferPlan> all = TransferPlanTable(mStore).all();
  // By the time itself (plans made in different offsets compare right), then by id.
  std::sort(all.begin(), all.end(), [](const TransferPlan &a, const TransferPlan &b) {
    const QDateTime ta = QDateTime::fromString(a.createdAt, Qt::ISODate), tb = QDateTime::fromString(b.createdAt, Qt::ISODate);
    return ta != tb ? ta > tb : a.id > b.id;
  });
  return all;
}

QVector<TransferAssignment> TransferPlans::assignments(qint64 planId) const
{
  return TransferAssignmentTable(mStore).where(QStringLiteral("plan_id = ?"), {planId});
}

QVector<TownshipTransferList> TransferPlans::byTownship(qint64 planId) const
{
  const QHash<QString, QString> names = TransferSql::townshipNames(mStore);
  QMap<QString, TownshipTransferList> lists;
  for (const TransferAssignment &row : assignments(planId)) {
    TownshipTransferList &l = lists[row.townshipCode];
    l.townshipCode = row.townshipCode;
    l.townshipName = names.value(row.townshipCode);
    l.people += row.people;
    if (row.shelterId > 0)
      l.placed += row.people;
    l.rows << row;
  }
  QVector<TownshipTransferList> out;
  for (TownshipTransferList &l : lists) {
    std::sort(l.rows.begin(), l.rows.end(), sourceOrder);
    out << l;
  }
  return out;
}

Status TransferPlans::reassign(qint64 assignmentId, qint64 shelterId, qint64 people, const QString &actor,
                               const QString &routeWkt, double routeM, double routeMinutes)
{
  TransferAssignmentTable rows(mStore);
  const Result<TransferAssignment> found = rows.get(assignmentId);
  if (!found)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "no transfer row with id %1").arg(assignmentId));
  const TransferAssignment row = found.value();
  if (people <= 0 || people > row.people)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "%1: can move 1 to %2 people, not %3")
                             .arg(row.sourceCode).arg(row.people).arg(people));
  const Result<Shelter> shelter = Shelters(mStore).get(shelterId);
  if (!shelter)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "no shelter with id %1").arg(shelterId));
  const Shelter &target = shelter.value();
  if (!target.isOpen)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "shelter %1 is closed").arg(target.name));
  if (shelterId == row.shelterId)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "%1 already goes to shelter %2").arg(row.sourceCode, target.name));
  if (routeM < 0 || routeMinutes < 0)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "%1: route length and time cannot be negative").arg(row.sourceCode));

  const qint64 load = loadByShelter(row.planId).value(shelterId);
  const qint64 room = std::max<qint64>(0, target.capacity - target.occupancy - load);
  if (people > room)
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "shelter %1 has room for %2 more people, not %3")
                             .arg(target.name).arg(room).arg(people));

  TransferAssignment moved = row;
  moved.shelterId = shelterId;
  moved.shelterName = target.name;
  moved.unplacedReason.clear();
  moved.manual = true;
  moved.routeWkt = routeWkt;
  moved.routeM = routeWkt.isEmpty() ? 0 : routeM;
  moved.routeMinutes = routeWkt.isEmpty() ? 0 : routeMinutes;
  moved.people = people;

  const Table table(mStore, assignmentSpec());
  return mStore.transaction([&]() -> Status {
    AuditLog audit(mStore);
    if (people == row.people) {
      // The whole group moves: the row itself changes.
      if (Status s = check(moved); !s)
        return s;
      const QJsonObject before = table.rowJson(row.id);
      SqlStatement q(mStore.handle(), updateSql());
      if (Status s = run(q, moved, true); !s)
        return s;
      if (Status s = routeWritten(mStore, row.id, moved); !s)
        return s;
      return audit.record(assignmentSpec().name, row.id, QStringLiteral("update"), actor, before, table.rowJson(row.id));
    }
    // Part moves: the row keeps the rest (marked as edited by hand), a new row takes the part.
    TransferAssignment rest = row;
    rest.people = row.people - people;
    rest.manual = true;
    if (Status s = check(rest); !s)
      return s;
    moved.id = 0;
    if (Status s = check(moved); !s)
      return s;
    const QJsonObject before = table.rowJson(row.id);
    SqlStatement q(mStore.handle(), updateSql());
    if (Status s = run(q, rest, true); !s)
      return s;
    if (Status s = audit.record(assignmentSpec().name, row.id, QStringLiteral("update"), actor, before, table.rowJson(row.id)); !s)
      return s;
    const Result<qint64> id = insertRow(mStore, moved);
    if (!id)
      return id.status();
    return audit.record(assignmentSpec().name, id.value(), QStringLiteral("insert"), actor, {}, table.rowJson(id.value()));
  });
}

Status TransferPlans::restore(const QVector<TransferAssignment> &rows, const QVector<qint64> &removeIds, const QString &actor)
{
  const Table table(mStore, assignmentSpec());
  return mStore.transaction([&]() -> Status {
    AuditLog audit(mStore);
    for (qint64 id : removeIds) {
      const QJsonObject before = table.rowJson(id);
      SqlStatement q(mStore.handle(), QStringLiteral("DELETE FROM transfer_assignments WHERE id = ?1"));
      q.bind(1, id);
      if (!q.exec())
        return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "transfer_assignments, %1: %2").arg(id).arg(q.error()));
      if (Status s = audit.record(assignmentSpec().name, id, QStringLiteral("delete"), actor, before, {}); !s)
        return s;
    }
    for (const TransferAssignment &row : rows) {
      if (Status s = check(row); !s)
        return s;
      const QJsonObject before = table.rowJson(row.id);
      const bool exists = !before.isEmpty();
      SqlStatement q(mStore.handle(), exists ? updateSql() : insertSql(true));
      if (Status s = run(q, row, true); !s)
        return s;
      if (Status s = routeWritten(mStore, row.id, row); !s)
        return s;
      if (Status s = audit.record(assignmentSpec().name, row.id, exists ? QStringLiteral("update") : QStringLiteral("insert"), actor, before,
                                  table.rowJson(row.id));
          !s)
        return s;
    }
    return Status();
  });
}

QHash<qint64, qint64> TransferPlans::loadByShelter(qint64 planId) const
{
  QHash<qint64, qint64> out;
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT shelter_id, sum(people) FROM transfer_assignments "
                                                 "WHERE plan_id = ?1 AND shelter_id > 0 GROUP BY shelter_id"));
  q.bind(1, planId);
  while (q.next())
    out.insert(q.int64(0), q.int64(1));
  return out;
}

Status TransferPlans::remove(qint64 planId, const QString &actor)
{
  if (!plan(planId))
    return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "no transfer plan with id %1").arg(planId));
  return mStore.transaction([&]() -> Status {
    AuditLog audit(mStore);
    // The rows go with the plan; one audit row per table says how many.
    for (const char *table : {"transfer_reports", "transfer_assignments"}) {
      const QString name = QLatin1String(table);
      SqlStatement count(mStore.handle(), QStringLiteral("SELECT count(*) FROM %1 WHERE plan_id = ?1").arg(name));
      count.bind(1, planId);
      const qint64 n = count.next() ? count.int64(0) : 0;
      if (n == 0)
        continue;
      SqlStatement del(mStore.handle(), QStringLiteral("DELETE FROM %1 WHERE plan_id = ?1").arg(name));
      del.bind(1, planId);
      if (!del.exec())
        return Status::failure(QCoreApplication::translate("onemap::TransferPlans", "%1: %2").arg(name, del.error()));
      if (Status s = audit.record(name, 0, QStringLiteral("delete"), actor,
                                  QJsonObject {{QStringLiteral("plan_id"), planId}, {QStringLiteral("rows"), n}}, {});
          !s)
        return s;
    }
    return TransferPlanTable(mStore).remove(planId, actor);
  });
}

} // namespace onemap
