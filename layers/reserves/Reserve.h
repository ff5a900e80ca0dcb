#pragma once
// \brief Material reserves (物资储备): depots and the items they stock.
#include "store/TypedTable.h"

namespace onemap {

struct Reserve
{
  qint64 id = 0;
  QString code;
  QString name;
  QString level;   //!< county, township, village, social, household
  QString keeper;
  QString phone;
  QString townshipCode;
  GeoPoint location;

  static const TypedSpec<Reserve> &schema();
  static const QStringList &levels();
};
using Reserves = TypedTable<Reserve>;

struct ReserveItem
{
  qint64 id = 0;
  qint64 reserveId = 0;
  QString item;
  QString unit;
  double quantity = 0;

  static const TypedSpec<ReserveItem> &schema();
};
using ReserveItems = TypedTable<ReserveItem>;

} // namespace onemap
