#pragma once
// \brief ShelterSearch over a RoadNetwork: a Dijkstra from one tie point that
// stops as soon as it has yielded what the assignment asked for, so serving a
// demand touches only the part of the county around it.
#include "RoadNetwork.h"
#include "transfer/ShelterAssignment.h"

#include <QHash>

namespace onemap {

//! Which shelters stand at which graph vertex (shelter index -> its tie).
class ShelterTargets
{
public:
  //! \a shelterTies[i] is shelter i's tie index in \a network; only \a usable ones are targets
  //! (a shelter past the end of \a usable counts as usable).
  ShelterTargets(const RoadNetwork &network, const QVector<int> &shelterTies, const QVector<bool> &usable);
  struct Target { int shelter; double accessMinutes; double accessMetres; };
  const QVector<Target> &at(int vertex) const;
  int count() const { return mCount; }
  //! Shelter \a shelter's tie index in the network (-1 unknown).
  int tieOf(int shelter) const { return mTies.value(shelter, -1); }

private:
  QHash<int, QVector<Target>> mByVertex;
  QVector<int> mTies;
  int mCount = 0;
};

class NetworkShelterSearch : public ShelterSearch
{
public:
  NetworkShelterSearch(const RoadNetwork &network, const ShelterTargets &targets, int fromTie);
  ~NetworkShelterSearch() override;
  //! Cost = demand access minutes + (road minutes to the shelter's tie + the shelter's access minutes),
  //! added in that order, so a full QgsGraphAnalyzer::dijkstra reproduces it bit for bit.
  bool next(int &shelter, double &cost) override;

  //! Route to a shelter already yielded: minutes, metres and the path (lon/lat).
  Route routeTo(int shelter) const;

private:
  struct State;
  std::unique_ptr<State> d;
};

} // namespace onemap
