#include "EditHistory.h"

#include "LedgerColumns.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>

namespace onemap {

namespace {
// Values as the store returns them, so a round trip compares equal.
bool sameRow(const Record &a, const Record &b)
{
  if (a.id != b.id || a.wkt != b.wkt || a.values.keys() != b.values.keys())
    return false;
  for (auto it = a.values.constBegin(); it != a.values.constEnd(); ++it) {
    const QVariant &other = b.values.value(it.key());
    if (it.value().isNull() != other.isNull() || it.value().toString() != other.toString())
      return false;
  }
  return true;
}
} // namespace

EditHistory::EditHistory(Store &store, QString actor, QObject *parent)
  : QObject(parent), mStore(store), mActor(std::move(actor))
{
}

Status EditHistory::push(const TableSpec &spec, Action action, const Record &before, qint64 id,
                         const QVector<QPair<const TableSpec *, Record>> &children)
{
  Edit edit;
  edit.children = children;
  edit.spec = &spec;
  edit.action = action;
  edit.before = before;
  if (action != Action::Delete) {
    Result<Record> after = Table(mStore, spec).get(id);
    if (!after)
      return after.status();
    edit.after = after.value();
  }
  mEdits << edit;
  if (mEdits.size() > kLimit)
    mEdits.removeFirst();
  emit changed(spec.name, id);
  return Status();
}

Result<qint64> EditHistory::insert(const TableSpec &spec, const Record &record)
{
  Result<qint64> id = Table(mStore, spec).insert(record, mActor);
  if (!id)
    return id;
  if (Status pushed = push(spec, Action::Insert, Record(), id.value()); !pushed)
    return pushed;
  return id;
}

Status EditHistory::update(const TableSpec &spec, const Record &record)
{
  Table table(mStore, spec);
  Result<Record> before = table.get(record.id);
  if (!before)
    return before.status();
  if (Status s = table.update(record, mActor); !s)
    return s;
  return push(spec, Action::Update, before.value(), record.id);
}

Status EditHistory::remove(const TableSpec &spec, qint64 id)
{
  Table table(mStore, spec);
  Result<Record> before = table.get(id);
  if (!before)
    return before.status();
  // Child rows would go silently by ON DELETE CASCADE: delete them through the
  // audited API first, in the same transaction, and keep them for the undo.
  QVector<QPair<const TableSpec *, Record>> children;
  Status s = mStore.transaction([&]() -> Status {
    for (const TableSpec *child : Ledgers::tables()) {
      const LedgerColumns columns = LedgerColumns::of(*child);
      if (columns.parentTable != spec.name)
        continue;
      Table childTable(mStore, *child);
      for (const Record &row : childTable.select(QStringLiteral("%1 = ?").arg(columns.parentField), {id})) {
        if (Status removed = childTable.remove(row.id, mActor); !removed)
          return removed;
        children << qMakePair(child, row);
      }
    }
    return table.remove(id, mActor);
  });
  if (!s)
    return s;
  return push(spec, Action::Delete, before.value(), id, children);
}

Status EditHistory::undoEdit(const Edit &edit)
{
  Table table(mStore, *edit.spec);
  const qint64 id = edit.rowId();
  Result<Record> now = table.get(id);
  if (edit.action == Action::Delete) {
    if (now)
      return Status::failure(tr("%1: row %2 exists again; the delete was not undone").arg(edit.spec->name).arg(id));
    return mStore.transaction([&]() -> Status {
      if (Status restored = table.restore(edit.before, mActor); !restored)
        return restored;
      for (const auto &child : edit.children)
        if (Status restored = Table(mStore, *child.first).restore(child.second, mActor); !restored)
          return restored;
      return Status();
    });
  }
  if (!now || !sameRow(now.value(), edit.after))
    return Status::failure(tr("%1: row %2 changed since this edit; it was not undone").arg(edit.spec->name).arg(id));
  if (edit.action == Action::Insert)
    return table.remove(id, mActor);
  return table.update(edit.before, mActor);
}

Status EditHistory::undo()
{
  if (mEdits.isEmpty())
    return Status::failure(tr("nothing to undo"));
  const Edit edit = mEdits.takeLast();
  Status s = undoEdit(edit);
  emit changed(edit.spec->name, edit.rowId());
  return s;
}

} // namespace onemap
