#pragma once
// \brief Makes a transfer plan: who must move out of an area (TransferDemands),
// where there is room (ShelterSites), the roads open (RoadCuts), the routes
// (RoadNetwork) and the capacity-aware assignment, saved as one plan.
#include "routing/RoadNetwork.h"
#include "transfer/RoadCuts.h"
#include "transfer/TransferArea.h"
#include "transfer/TransferPlan.h"

#include <QStringList>

class QgsFeedback;

namespace onemap {

struct TransferPlanOptions
{
  TransferArea area;
  QString name;                //!< empty: made from the area's label and the date
  TravelMode mode = TravelMode::Walk;
  TravelSpeeds speeds;
  QStringList shelterClasses;  //!< empty: all
  RoadCutOptions cuts;
  QString hazard;              //!< empty: the area's hazard
  QString actor;
  QString note;
};

struct TransferPlanOutcome
{
  qint64 planId = 0;           //!< 0 when not saved
  TransferPlan plan;
  QVector<TransferAssignment> rows;
  qint64 people = 0;
  qint64 placed = 0;
  qint64 unplaced = 0;
  int demands = 0;
  int sheltersUsable = 0;
  int sheltersUnsuitable = 0;
  int cutRoads = 0;
};

//! Plans and (when \a save) stores the plan; \a feedback reports progress and may cancel.
Result<TransferPlanOutcome> makeTransferPlan(Store &store, const TransferPlanOptions &options,
                                             QgsFeedback *feedback = nullptr, bool save = true);

} // namespace onemap
