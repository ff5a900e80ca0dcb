#include "CoverageRunner.h"

#include "store/Store.h"

#include <QThread>
#include <qgsfeedback.h>

namespace onemap {

CoverageRunner::CoverageRunner(QObject *parent)
  : QObject(parent), mResult(std::make_shared<Result<CoverageResult>>(Status::failure(QString())))
{
}

CoverageRunner::~CoverageRunner()
{
  // Nobody is left to tell: stop the worker quietly.
  if (mThread) {
    cancel();
    mThread->wait();
    delete mThread;
  }
}

bool CoverageRunner::start(const QString &storePath, const CoverageOptions &options, const RoadCutOptions &cuts)
{
  if (mThread)
    return false;
  mOptions = options;
  mFeedback = std::make_unique<QgsFeedback>();
  connect(mFeedback.get(), &QgsFeedback::progressChanged, this, &CoverageRunner::progressChanged, Qt::QueuedConnection);
  auto result = std::make_shared<Result<CoverageResult>>(Status::failure(QString()));
  mResult = result;
  QgsFeedback *feedback = mFeedback.get();
  mThread = QThread::create([storePath, options, cuts, feedback, result] {
    auto store = Store::open(storePath);
    if (!store) {
      *result = store.status();
      return;
    }
    CoverageOptions o = options;
    const Result<QSet<qint64>> cut = roadCuts(*store.value(), cuts);
    if (!cut) {
      *result = cut.status();
      return;
    }
    o.cutRoads = cut.value();
    *result = shelterCoverage(*store.value(), o, feedback);
  });
  connect(mThread, &QThread::finished, this, &CoverageRunner::done);
  mThread->start();
  return true;
}

void CoverageRunner::cancel()
{
  if (mFeedback)
    mFeedback->cancel();
}

void CoverageRunner::done()
{
  if (!mThread)
    return;
  mThread->deleteLater();
  mThread = nullptr;
  mFeedback.reset();
  Q_EMIT finished(mResult->ok());
}

} // namespace onemap
