#include "TransferPlanRunner.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QThread>
#include <qgsfeedback.h>

namespace onemap {

TransferPlanRunner::TransferPlanRunner(QObject *parent)
  : QObject(parent), mResult(std::make_shared<Result<TransferPlanOutcome>>(Status::failure(QString())))
{
}

TransferPlanRunner::~TransferPlanRunner()
{
  // Nobody is left to tell: stop the worker quietly.
  if (mThread) {
    cancel();
    mThread->wait();
    delete mThread;
  }
}

bool TransferPlanRunner::start(const QString &storePath, TransferArea::Kind areaKind, const QString &areaRef,
                               const TransferPlanOptions &options)
{
  if (mThread)
    return false;
  mFeedback = std::make_unique<QgsFeedback>();
  connect(mFeedback.get(), &QgsFeedback::progressChanged, this, &TransferPlanRunner::progressChanged, Qt::QueuedConnection);
  auto result = std::make_shared<Result<TransferPlanOutcome>>(Status::failure(QString()));
  mResult = result;
  QgsFeedback *feedback = mFeedback.get();
  mThread = QThread::create([storePath, areaKind, areaRef, options, feedback, result]() {
    auto store = Store::open(storePath);
    if (!store) {
      *result = store.status();
      return;
    }
    auto area = TransferArea::resolve(*store.value(), areaKind, areaRef);
    if (!area) {
      *result = area.status();
      return;
    }
    TransferPlanOptions o = options;
    o.area = area.value();
    *result = makeTransferPlan(*store.value(), o, feedback, true);
  });
  connect(mThread, &QThread::finished, this, &TransferPlanRunner::done);
  mThread->start();
  return true;
}

void TransferPlanRunner::cancel()
{
  if (mFeedback)
    mFeedback->cancel();
}

void TransferPlanRunner::wait()
{
  if (mThread) {
    mThread->wait();
    done();
  }
}

void TransferPlanRunner::done()
{
  if (!mThread)
    return;
  mThread->deleteLater();
  mThread = nullptr;
  const bool cancelled = mFeedback && mFeedback->isCanceled();
  mFeedback.reset();
  const qint64 planId = mResult->ok() ? mResult->value().planId : 0;
  Q_EMIT finished(planId, cancelled);
}

} // namespace onemap
