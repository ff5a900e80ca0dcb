#pragma once
// \brief The route of a group reassigned by hand: on the plan's road network
// (its travel mode and walking speed, the roads it avoided), from where the
// group gathers to the chosen shelter, so the row keeps a route on the list
// and the map.
#include "routing/RoadNetwork.h"

namespace onemap {

class Store;
struct TransferAssignment;

namespace ManualRoute {

//! Route of \a row's group to shelter \a shelterId; found is false when
//! either end cannot be placed or no open road joins them.
Route compute(Store &store, const TransferAssignment &row, qint64 shelterId);
//! The route's path as a LINESTRING (EPSG:4490); empty when it has fewer than two points.
QString wkt(const Route &route);

} // namespace ManualRoute
} // namespace onemap
