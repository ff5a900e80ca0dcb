#pragma once
// \brief Routes for reassigning a group by hand, on the plan's road network
// (its travel mode and walking speed, the roads it avoided): the shelters in
// order of travel time from where the group gathers, and the route to the one
// chosen, so the row keeps a route on the list and the map.
#include "routing/RoadNetwork.h"

namespace onemap {

class Store;
struct TransferAssignment;

namespace ManualRoute {

//! The network options the plan was made with.
RoadNetworkOptions planOptions(Store &store, qint64 planId);

struct Reach
{
  qint64 shelterId = 0;
  double minutes = 0;
  double metres = 0;
};
//! \a shelterIds reachable by road from \a row's group, fastest first; the
//! others are left out. Empty when the group cannot be placed on the map.
QVector<Reach> byTravelTime(Store &store, const TransferAssignment &row, const QVector<qint64> &shelterIds);

//! Route of \a row's group to shelter \a shelterId; found is false when
//! either end cannot be placed or no open road joins them.
Route compute(Store &store, const TransferAssignment &row, qint64 shelterId);

} // namespace ManualRoute
} // namespace onemap
