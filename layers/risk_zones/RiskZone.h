#pragma once
// \brief Risk-census zones (风险普查): hazard type and risk level 1 (high) .. 4 (low).
#include "store/TypedTable.h"

namespace onemap {

struct RiskZone
{
  qint64 id = 0;
  QString code;
  QString name;
  QString hazard;       //!< geological, flood, forest_fire, ...
  int riskLevel = 4;    //!< 1 high .. 4 low
  qint64 exposedPopulation = 0;
  qint64 exposedHouses = 0;
  int sourceYear = 0;
  QString townshipCode;
  QString wkt;

  static const TypedSpec<RiskZone> &schema();
  static const QStringList &hazards();
};
using RiskZones = TypedTable<RiskZone>;

} // namespace onemap
