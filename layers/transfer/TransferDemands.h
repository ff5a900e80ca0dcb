#pragma once
// \brief Who must move out of an area: every hidden-danger point in it that is
// not signed off (its threatened people) and every village it touches (the
// village's people living inside the area, area-weighted, less those already
// counted at its danger points).
#include "TransferArea.h"

#include <QVector>

namespace onemap {

struct TransferDemand
{
  QString kind;          //!< danger, village (TransferAssignment::sourceKind)
  QString code;          //!< hidden_dangers.code or village admin code
  QString name;
  QString villageCode;
  QString townshipCode;
  QString riskType;      //!< hazard_type of the point; the area's hazard for a village
  qint64 people = 0;
  double lon = 0, lat = 0; //!< where they gather: the point, or a point on the village's surface inside the area
  QString responsiblePerson; //!< the point's responsible person, or the village's disaster_responsible
  QString responsiblePhone;
};

//! Danger points first (most people first), then villages (most people
//! first): the order the assignment serves them. Zero-people rows are left out.
Result<QVector<TransferDemand>> transferDemands(Store &store, const TransferArea &area);

} // namespace onemap
