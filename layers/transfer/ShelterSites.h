#pragma once
// \brief The shelters a plan may use: open ones of the allowed classes with
// room left, each marked unsuitable when it stands in danger itself (inside a
// risk zone of the plan's hazard, or inside the plan's area when that area is
// a risk zone: no flood shelter inside a flood zone).
#include "TransferArea.h"

#include <QStringList>
#include <QVector>

namespace onemap {

struct ShelterSite
{
  qint64 id = 0;
  QString code;
  QString name;
  QString shelterClass;
  QString villageCode;
  QString townshipCode;
  qint64 freeCapacity = 0; //!< capacity - occupancy, never below 0
  double lon = 0, lat = 0;
  bool suitable = true;
  QString unsuitableReason; //!< e.g. "inside flood zone RZ...F0003"
};

//! Risk-zone hazards a plan for \a hazard must keep its shelters out of
//! (rainstorm -> flood and geological; flood -> flood; forest_fire -> forest_fire ...).
QStringList zoneHazardsFor(const QString &hazard);

//! Open shelters of \a classes (empty: all) in the county, suitable or not.
//! Suitability follows \a area.hazard: set it to the plan's hazard when the
//! user chose another one than the area's. Full shelters are left out.
Result<QVector<ShelterSite>> shelterSites(Store &store, const TransferArea &area, const QStringList &classes);

} // namespace onemap
