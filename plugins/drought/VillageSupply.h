#pragma once
// The drinking-water balance of the sample county's villages from the store:
// admin_units (population) + drought_source_villages + drought_water_sources.
#include "DrinkingWaterModel.h"
#include "store/Result.h"

#include <QString>
#include <QVector>

struct sqlite3;

namespace onemap::drought {

struct VillageSupply
{
  qint64 id = 0; //!< admin_units.id
  QString code, name, townshipCode, townshipName;
  int sources = 0;         //!< water sources it relies on
  VillageBalance balance;
};

//! Every village, ordered by code. \a db must have SpatiaLite loaded.
Result<QVector<VillageSupply>> allVillageSupplies(sqlite3 *db);

//! The villages of drought warning \a warningId's area (the village's interior
//! point lies in warnings.geom), ordered by code; empty when the warning is
//! not a drought one or has no area.
Result<QVector<VillageSupply>> villageSuppliesInWarning(sqlite3 *db, qint64 warningId);

} // namespace onemap::drought
