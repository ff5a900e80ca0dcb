#pragma once
// \brief Runs shelterCoverage off the GUI thread, like TransferPlanRunner:
// its own store connection, the roads to avoid resolved in the worker
// (RoadCuts), progress and cancel through a QgsFeedback.
#include "routing/ShelterCoverage.h"
#include "transfer/RoadCuts.h"

#include <QObject>
#include <memory>

class QThread;
class QgsFeedback;

namespace onemap {

class CoverageRunner : public QObject
{
  Q_OBJECT
public:
  explicit CoverageRunner(QObject *parent = nullptr);
  ~CoverageRunner() override;

  //! False when a run is going already.
  bool start(const QString &storePath, const CoverageOptions &options, const RoadCutOptions &cuts);
  bool isRunning() const { return mThread != nullptr; }
  void cancel();
  //! Valid after finished().
  const Result<CoverageResult> &result() const { return *mResult; }
  const CoverageOptions &options() const { return mOptions; }

Q_SIGNALS:
  void progressChanged(double percent);
  void finished(bool ok);

private:
  void done();

  QThread *mThread = nullptr;
  std::unique_ptr<QgsFeedback> mFeedback;
  std::shared_ptr<Result<CoverageResult>> mResult;
  CoverageOptions mOptions;
};

} // namespace onemap
