#pragma once
// \brief Tracking a transfer in a response ("four 100%"): per village, the
// people planned against those reported moved, the responsible persons at
// post, returns assessed before anyone goes home.
#include "TransferPlan.h"

#include <QVector>

namespace onemap {

struct VillageTransferStatus
{
  QString villageCode;
  QString villageName;
  QString townshipCode;
  qint64 planned = 0;          //!< people in the plan's rows of the village
  qint64 transferred = 0;      //!< latest report (0 when none)
  qint64 personsAtPost = 0;
  qint64 personsExpected = 0;  //!< responsible persons of the village
  qint64 returned = 0;
  bool returnsAssessed = false;
  QString lastReportAt;        //!< empty: never reported
  QString lastReportBy;

  double transferredShare() const { return planned > 0 ? double(transferred) / planned : 1.0; }
  //! Something falls short of 100%: people, persons at post, or returns without assessment.
  bool lagging() const;
};

class TransferTracking
{
public:
  explicit TransferTracking(Store &store) : mStore(store) {}

  //! Appends a report (audited); checks the village is in the plan and the
  //! numbers are sane (transferred <= planned is not required: more may move).
  //! personsExpected 0 is filled with the village's registered responsible
  //! persons (every role); reportedAt empty is now, reportedBy empty is \a actor.
  Result<qint64> report(TransferReport report, const QString &actor);

  //! One row per village of the plan, lagging ones first.
  QVector<VillageTransferStatus> status(qint64 planId) const;
  QVector<TransferReport> history(qint64 planId, const QString &villageCode) const;

private:
  Store &mStore;
};

} // namespace onemap
