#pragma once
// \brief The road and river network: the base of routing and of flood zones.
#include "store/TypedTable.h"

namespace onemap {

struct Road
{
  qint64 id = 0;
  QString name;
  QString roadClass;  //!< national, provincial, county, township, village
  double lengthM = 0;
  bool isCut = false;
  QString wkt;        //!< LINESTRING

  static const TypedSpec<Road> &schema();
  static const QStringList &classes();
};
using Roads = TypedTable<Road>;

struct River
{
  qint64 id = 0;
  QString name;
  int rank = 0;       //!< 1 main river .. 3 small stream
  QString wkt;

  static const TypedSpec<River> &schema();
};
using Rivers = TypedTable<River>;

} // namespace onemap
