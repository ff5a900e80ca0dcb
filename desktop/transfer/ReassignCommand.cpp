#include "ReassignCommand.h"

#include "ManualRoute.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"
#include "transfer/TransferPlans.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace onemap {

namespace {
bool sameRow(const TransferAssignment &a, const TransferAssignment &b)
{
  const Record ra = TransferAssignment::schema().toRecord(a);
  const Record rb = TransferAssignment::schema().toRecord(b);
  return ra.values == rb.values && ra.wkt == rb.wkt;
}
} // namespace

ReassignCommand::ReassignCommand(Store &store, qint64 assignmentId, qint64 shelterId, qint64 people, const QString &actor,
                                 std::function<void()> changed)
  : mStore(store), mAssignmentId(assignmentId), mShelterId(shelterId), mPeople(people), mActor(actor), mChanged(std::move(changed))
{
  TransferAssignmentTable table(mStore);
  if (const auto row = table.get(assignmentId)) {
    mPlanId = row.value().planId;
    setText(QCoreApplication::translate("onemap::ReassignCommand", "Reassign %1 people of %2")
              .arg(people)
              .arg(row.value().sourceName.isEmpty() ? row.value().sourceCode : row.value().sourceName));
  }
}

QHash<qint64, TransferAssignment> ReassignCommand::planRows() const
{
  QHash<qint64, TransferAssignment> rows;
  TransferAssignmentTable table(mStore);
  for (const TransferAssignment &a : table.where(QStringLiteral("plan_id = ?"), {mPlanId}))
    rows.insert(a.id, a);
  return rows;
}

void ReassignCommand::finish(const QString &error)
{
  mError = error;
  // A write the store refused leaves nothing to undo.
  if (!error.isEmpty())
    setObsolete(true);
  if (mChanged)
    mChanged();
}

void ReassignCommand::redo()
{
  if (mPlanId == 0) {
    finish(QCoreApplication::translate("onemap::ReassignCommand", "transfer row %1 not found").arg(mAssignmentId));
    return;
  }
  mBefore = planRows();
  // The group keeps a route: on the plan's roads to the shelter chosen (none when no road joins them).
  const Route route = ManualRoute::compute(mStore, mBefore.value(mAssignmentId), mShelterId);
  const QString path = ManualRoute::wkt(route);
  const Status s = TransferPlans(mStore).reassign(mAssignmentId, mShelterId, mPeople, mActor, path,
                                                  path.isEmpty() ? 0 : route.metres, path.isEmpty() ? 0 : route.minutes);
  mAfter = s ? planRows() : QHash<qint64, TransferAssignment>();
  finish(s ? QString() : s.message());
}

void ReassignCommand::undo()
{
  // Put back what reassign changed, whatever shape the change took (moved,
  // split): rows it added go, rows it changed come back as they were. Rows
  // without a route (groups not placed) have no geometry, which Table
  // refuses, so the old values are written here, each with its audit row.
  const TableSpec &spec = TransferAssignment::schema().spec();
  const Table table(mStore, spec);
  const Status s = mStore.transaction([&]() -> Status {
    AuditLog audit(mStore);
    for (auto it = mAfter.cbegin(); it != mAfter.cend(); ++it) {
      if (mBefore.contains(it.key()))
        continue;
      const QJsonObject before = table.rowJson(it.key());
      SqlStatement q(mStore.handle(), QStringLiteral("DELETE FROM transfer_assignments WHERE id = ?"));
      q.bind(1, it.key());
      if (!q.exec())
        return Status::failure(QStringLiteral("transfer_assignments, %1: %2").arg(it.key()).arg(q.error()));
      if (Status r = audit.record(spec.name, it.key(), QStringLiteral("delete"), mActor, before, {}); !r)
        return r;
    }
    for (auto it = mBefore.cbegin(); it != mBefore.cend(); ++it) {
      const bool exists = mAfter.contains(it.key());
      if (exists && sameRow(mAfter.value(it.key()), it.value()))
        continue;
      const Record r = TransferAssignment::schema().toRecord(it.value());
      const QStringList names = spec.fieldNames();
      QStringList sets, marks;
      for (const QString &n : names) {
        sets << n + QStringLiteral(" = ?");
        marks << QStringLiteral("?");
      }
      const QString sql = exists ? QStringLiteral("UPDATE transfer_assignments SET %1, geom = GeomFromText(?, %2) WHERE id = ?").arg(sets.join(QStringLiteral(", "))).arg(Store::kSrid)
                                 : QStringLiteral("INSERT INTO transfer_assignments(%1, geom, id) VALUES(%2, GeomFromText(?, %3), ?)")
                                     .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                                     .arg(Store::kSrid);
      const QJsonObject before = exists ? table.rowJson(it.key()) : QJsonObject();
      SqlStatement q(mStore.handle(), sql);
      int i = 1;
      for (const FieldSpec &f : spec.fields) {
        QVariant v = r.values.value(f.name);
        if (f.type == FieldType::Boolean && !v.isNull())
          v = v.toBool() ? 1 : 0;
        q.bind(i++, v);
      }
      q.bind(i++, r.wkt.isEmpty() ? QVariant() : QVariant(r.wkt));
      q.bind(i++, it.key());
      if (!q.exec())
        return Status::failure(QStringLiteral("transfer_assignments, %1: %2").arg(it.value().sourceCode, q.error()));
      if (Status a = audit.record(spec.name, it.key(), exists ? QStringLiteral("update") : QStringLiteral("insert"), mActor, before, table.rowJson(it.key())); !a)
        return a;
    }
    return Status();
  });
  finish(s ? QString() : s.message());
}

} // namespace onemap
