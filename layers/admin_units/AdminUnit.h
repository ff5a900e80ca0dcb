#pragma once
// \brief Administrative units: county, township, village, grid, with 12-digit codes.
#include "store/TypedTable.h"

namespace onemap {

struct AdminUnit
{
  qint64 id = 0;
  QString code;       //!< 6-digit county + 3 township + 3 village
  QString name;
  QString level;      //!< county, township, village, grid
  QString parentCode;
  qint64 population = 0;
  qint64 households = 0;
  double areaKm2 = 0;
  QString wkt;        //!< MULTIPOLYGON

  static const TypedSpec<AdminUnit> &schema();
  static const QStringList &levels();
  //! Parent code by the GB/T 2260 layout: village -> township -> county.
  static QString parentOf(const QString &code);
};
using AdminUnits = TypedTable<AdminUnit>;

} // namespace onemap
