#include "ReassignCommand.h"

#include "ManualRoute.h"
#include "store/Store.h"
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
  const QString path = route.toWkt();
  const Status s = TransferPlans(mStore).reassign(mAssignmentId, mShelterId, mPeople, mActor, path,
                                                  path.isEmpty() ? 0 : route.metres, path.isEmpty() ? 0 : route.minutes);
  mAfter = s ? planRows() : QHash<qint64, TransferAssignment>();
  finish(s ? QString() : s.message());
}

void ReassignCommand::undo()
{
  // Put back what reassign changed, whatever shape the change took (moved,
  // split): rows it added go, rows it changed come back as they were.
  QVector<qint64> added;
  for (auto it = mAfter.cbegin(); it != mAfter.cend(); ++it)
    if (!mBefore.contains(it.key()))
      added << it.key();
  QVector<TransferAssignment> changed;
  for (auto it = mBefore.cbegin(); it != mBefore.cend(); ++it)
    if (!mAfter.contains(it.key()) || !sameRow(mAfter.value(it.key()), it.value()))
      changed << it.value();
  const Status s = TransferPlans(mStore).restore(changed, added, mActor);
  finish(s ? QString() : s.message());
}

} // namespace onemap
