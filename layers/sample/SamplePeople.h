#pragma once
// \brief Responsible persons of the sample county's units: a disaster
// responsible person for the county, every township and every village, plus
// information officers, emergency managers and grid members.
// (Monitors of hidden-danger points come with the points.)
#include "SampleFrame.h"
#include "responsible_persons/ResponsiblePerson.h"

namespace onemap::sample {

struct People
{
  QVector<ResponsiblePerson> persons;
  QVector<int> villageResponsible; //!< per village: index into persons
  QVector<int> townshipResponsible; //!< per township: index into persons
};

People buildUnitPeople(const Frame &frame, Rng &rng);

//! The unit a village's people belong to: 村民委员会, or 居民委员会 for a 社区.
QString villageCommittee(const Area &village);

} // namespace onemap::sample
