#pragma once
// \brief Emergency shelters (避难场所) of class I/II/III, village and temporary points.
#include "store/TypedTable.h"

namespace onemap {

struct Shelter
{
  qint64 id = 0;
  QString code;
  QString name;
  QString shelterClass;   //!< I, II, III, village, temporary
  qint64 capacity = 0;    //!< people
  double usableAreaM2 = 0;
  QString supplies;
  QString manager;
  QString phone;
  bool isOpen = true;
  qint64 occupancy = 0;
  QString villageCode;
  GeoPoint location;

  static const TypedSpec<Shelter> &schema();
  static const QStringList &classes();
};
using Shelters = TypedTable<Shelter>;

} // namespace onemap
