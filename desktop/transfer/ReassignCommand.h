#pragma once
// \brief Reassigning a group of a transfer plan by hand, undoable. Redo goes
// through TransferPlans::reassign (capacity checked, audited) with the route
// on the plan's roads to the new shelter (ManualRoute); undo puts the
// plan's rows back exactly as they were (the split-off row removed, the
// original row, its route and its "by hand" flag restored), each write with
// its audit row, all in one transaction.
#include "transfer/TransferPlan.h"

#include <QHash>
#include <QUndoCommand>
#include <functional>

namespace onemap {

class Store;

class ReassignCommand : public QUndoCommand
{
public:
  ReassignCommand(Store &store, qint64 assignmentId, qint64 shelterId, qint64 people, const QString &actor,
                  std::function<void()> changed);

  void redo() override;
  void undo() override;
  //! The message of the last failed write (empty when it went through).
  const QString &error() const { return mError; }
  qint64 assignmentId() const { return mAssignmentId; }

private:
  QHash<qint64, TransferAssignment> planRows() const;
  void finish(const QString &error);

  Store &mStore;
  qint64 mAssignmentId;
  qint64 mShelterId;
  qint64 mPeople;
  QString mActor;
  std::function<void()> mChanged;
  qint64 mPlanId = 0;
  QHash<qint64, TransferAssignment> mBefore;
  QHash<qint64, TransferAssignment> mAfter;
  QString mError;
};

} // namespace onemap
