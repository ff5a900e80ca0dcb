#pragma once
// \brief The progressive-warning stage (递进式预警: 72h, 24h, 6h, 2h, live) of a CAP info.
//
// An explicit parameter wins; otherwise the lead time from <sent> to <onset>
// (or <effective>) picks the stage, so a message sent two days ahead of the
// rain sits at 72h and one sent as it starts is live.
#include "CapMessage.h"

namespace onemap {

class WarningStage
{
public:
  static QStringList stages(); //!< 72h, 24h, 6h, 2h, live
  //! Stage for \a hours of lead time (negative or zero: live).
  static QString fromLeadHours(double hours);
  //! A parameter named stage/预警阶段 holding one of stages(), else the lead time; empty when no time is given.
  static QString of(const CapInfo &info, const QString &sent);
};

} // namespace onemap
