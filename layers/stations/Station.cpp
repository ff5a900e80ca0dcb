#include "Station.h"

namespace onemap {

const QStringList &Station::kinds()
{
  static const QStringList k {QStringLiteral("weather"), QStringLiteral("rain_gauge"), QStringLiteral("river_level"),
                              QStringLiteral("gnss"), QStringLiteral("tailings")};
  return k;
}

const TypedSpec<Station> &Station::schema()
{
  static const TypedSpec<Station> s = TypedSpec<Station>("stations", GeometryType::Point)
    .field("code", &Station::code).required()
    .field("name", &Station::name).required()
    .field("kind", &Station::kind).required().oneOf(kinds())
    .field("latest_value", &Station::latestValue)
    .field("latest_time", &Station::latestTime).dateTime()
    .field("threshold", &Station::threshold)
    .field("unit", &Station::unit)
    .field("village_code", &Station::villageCode)
    .point(&Station::location);
  return s;
}

} // namespace onemap
