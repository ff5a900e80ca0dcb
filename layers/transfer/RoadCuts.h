#pragma once
// \brief Roads a route must not use: those marked cut in the ledger, those
// crossing an active red or orange warning area, those crossing a risk zone
// the user picked.
#include "store/Result.h"

#include <QSet>
#include <QStringList>

namespace onemap {

class Store;

struct RoadCutOptions
{
  bool markedCut = true;          //!< roads.is_cut = 1
  bool severeWarnings = false;    //!< inside active red/orange warning areas
  QStringList zoneCodes;          //!< risk_zones.code picked by the user
  QString asOf;                   //!< ISO time "active" is judged at; empty: now
};

Result<QSet<qint64>> roadCuts(Store &store, const RoadCutOptions &options);

//! Marks or clears roads.is_cut by hand, audited (one audit row per road).
Status setRoadCut(Store &store, qint64 roadId, bool cut, const QString &actor);

} // namespace onemap
