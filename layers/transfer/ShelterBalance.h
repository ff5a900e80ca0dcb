#pragma once
// \brief Shelter balance per township: the people to move against the room
// left in the township's open shelters; the shortfall is what the map shows.
#include "store/Result.h"

#include <cmath>

#include <QVector>

namespace onemap {

class Store;

struct TownshipBalance
{
  QString townshipCode;
  QString townshipName;
  qint64 peopleToMove = 0;   //!< plan rows of the township (or open danger points' threatened people)
  qint64 shelterCapacity = 0; //!< free capacity of open shelters in the township
  qint64 shelters = 0;
  qint64 shortfall() const { return peopleToMove > shelterCapacity ? peopleToMove - shelterCapacity : 0; }
  double ratio() const { return shelterCapacity > 0 ? double(peopleToMove) / shelterCapacity : (peopleToMove > 0 ? INFINITY : 0); }
};

//! With \a planId > 0 the people come from that plan's rows (placed or not);
//! else from the threatened people of hidden-danger points not signed off.
Result<QVector<TownshipBalance>> shelterBalance(Store &store, qint64 planId = 0);

} // namespace onemap
