#pragma once
// \brief Monitoring stations (监测站点): weather, rain, river level, GNSS, tailings.
#include "store/TypedTable.h"

namespace onemap {

struct Station
{
  qint64 id = 0;
  QString code;
  QString name;
  QString kind;          //!< weather, rain_gauge, river_level, gnss, tailings
  double latestValue = 0;
  QString latestTime;    //!< ISO date-time
  double threshold = 0;
  QString unit;
  QString villageCode;
  GeoPoint location;

  static const TypedSpec<Station> &schema();
  static const QStringList &kinds();
};
using Stations = TypedTable<Station>;

} // namespace onemap
