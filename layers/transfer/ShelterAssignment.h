#pragma once
// \brief Capacity-aware assignment of people to shelters, nearest by route first.
//
// Demands are served in the order given. Each takes the shelters its search
// yields, nearest first, filling each up to its remaining capacity and
// splitting over as many shelters as it needs; so no shelter is ever over
// capacity, and when the reachable capacity suffices everybody is placed.
// What cannot be placed is reported with the reason. The search is abstract
// so the same rule runs over a road network (desktop/routing) or a matrix.
#include <QVector>
#include <functional>
#include <memory>

namespace onemap {

//! Yields one demand's shelters in order of increasing cost (ties by index).
class ShelterSearch
{
public:
  virtual ~ShelterSearch() = default;
  //! Next shelter index and its cost; false when no more are reachable.
  virtual bool next(int &shelter, double &cost) = 0;
};

struct Placement
{
  int demand = -1;
  int shelter = -1;        //!< -1: not placed
  qint64 people = 0;
  double cost = 0;         //!< from the search (minutes on a road network)
  bool noShelterReachable = false; //!< unplaced because nothing was reachable at all
};

struct AssignmentResult
{
  QVector<Placement> placements; //!< in the order made
  qint64 placed = 0;
  qint64 unplaced = 0;
  QVector<qint64> remaining;     //!< capacity left per shelter
  bool cancelled = false;
};

using ShelterSearchFactory = std::function<std::unique_ptr<ShelterSearch>(int demand)>;

//! \a progress gets the number of demands done and returns false to cancel.
AssignmentResult assignShelters(const QVector<qint64> &people, const QVector<qint64> &capacity,
                                const ShelterSearchFactory &searchFor,
                                const std::function<bool(int)> &progress = {});

//! The naive baseline: the full demand x shelter cost matrix (infinite or NaN:
//! unreachable), served by the same rule. Gives the same result as
//! assignShelters with an exact search.
AssignmentResult assignFromMatrix(const QVector<qint64> &people, const QVector<qint64> &capacity,
                                  const QVector<QVector<double>> &cost);

} // namespace onemap
