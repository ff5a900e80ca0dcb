#pragma once
// \brief The sample county's response resources: shelters, rescue teams and
// material reserves with their items.
#include "SampleFrame.h"
#include "reserves/Reserve.h"
#include "shelters/Shelter.h"
#include "teams/Team.h"

namespace onemap::sample {

//! \a classed shelters of class I/II/III/village, then \a temporary points.
QVector<Shelter> buildShelters(const Frame &frame, int classed, int temporary, Rng &rng);

//! About a quarter of the teams are based in the county seat.
QVector<Team> buildTeams(const Frame &frame, int count, Rng &rng);

struct Depots
{
  QVector<Reserve> reserves;
  QVector<ReserveItem> items;
  QVector<int> itemDepot; //!< items[i] belongs to reserves[itemDepot[i]]; reserve_id is set once ids exist
};

//! One county depot in the seat, one per township, the rest village and social.
Depots buildReserves(const Frame &frame, int count, Rng &rng);

} // namespace onemap::sample
