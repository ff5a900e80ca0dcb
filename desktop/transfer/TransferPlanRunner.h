#pragma once
// \brief Runs makeTransferPlan off the GUI thread: a thread of its own with
// its own connection to the store file (a Store is not shared between
// threads), progress and cancel through a QgsFeedback, the outcome handed
// back on the GUI thread.
#include "transfer/TransferPlanner.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;
class QgsFeedback;

namespace onemap {

class TransferPlanRunner : public QObject
{
  Q_OBJECT
public:
  explicit TransferPlanRunner(QObject *parent = nullptr);
  ~TransferPlanRunner() override;

  //! Starts planning on \a storePath; false when a run is already going.
  //! \a areaKind / \a areaRef are resolved in the worker (TransferArea::resolve).
  bool start(const QString &storePath, TransferArea::Kind areaKind, const QString &areaRef, const TransferPlanOptions &options);
  bool isRunning() const { return mThread != nullptr; }
  void cancel();
  //! Waits for the worker (tests, shutdown).
  void wait();

  //! Valid after finished(): the outcome or the message why there is none.
  const Result<TransferPlanOutcome> &result() const { return *mResult; }

Q_SIGNALS:
  void progressChanged(double percent);
  //! \a planId 0 when nothing was saved (cancelled or failed; see result()).
  void finished(qint64 planId, bool cancelled);

private:
  void done();

  QThread *mThread = nullptr;
  std::unique_ptr<QgsFeedback> mFeedback;
  std::shared_ptr<Result<TransferPlanOutcome>> mResult;
};

} // namespace onemap
