#pragma once
// \brief The progressive-warning stage (递进式预警: 72h, 24h, 6h, 2h, live) of a CAP info.
//
// An explicit parameter wins; otherwise the lead time from <sent> to <onset>
// (or <effective>) picks the stage, so a message sent two days ahead of the
// rain sits at 72h and one sent as it starts is live.
//
// On the board the stage moves on with the clock (at()): the lead time left
// until onset picks a stage, but a warning never steps back to an earlier
// stage than the one it was issued at (an issuer may call a 12-hour lead 6h).
#include "CapMessage.h"

#include <QDateTime>

namespace onemap {

class WarningStage
{
public:
  static QStringList stages(); //!< 72h, 24h, 6h, 2h, live
  //! Stage for \a hours of lead time (negative or zero: live).
  static QString fromLeadHours(double hours);
  //! A parameter named stage/预警阶段 holding one of stages(), else the lead time; empty when no time is given.
  static QString of(const CapInfo &info, const QString &sent);

  //! 0 (72h) .. 4 (live); -1 for anything else.
  static int rank(const QString &stage);
  //! The stage at \a now of a warning issued at \a stage with ISO date-times
  //! \a onset / \a effective: the later of \a stage and the stage of the lead
  //! time left until onset (else effective). \a stage alone when neither time
  //! reads; empty only when nothing is known.
  static QString at(const QString &stage, const QString &onset, const QString &effective, const QDateTime &now);
};

} // namespace onemap
