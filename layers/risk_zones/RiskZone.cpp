#include "RiskZone.h"

namespace onemap {

const QStringList &RiskZone::hazards()
{
  static const QStringList h {QStringLiteral("geological"), QStringLiteral("flood"), QStringLiteral("forest_fire"),
                              QStringLiteral("earthquake"), QStringLiteral("drought"), QStringLiteral("snow_freeze"),
                              QStringLiteral("hazmat")};
  return h;
}

const TypedSpec<RiskZone> &RiskZone::schema()
{
  static const TypedSpec<RiskZone> s = TypedSpec<RiskZone>("risk_zones", GeometryType::MultiPolygon)
    .field("code", &RiskZone::code).required()
    .field("name", &RiskZone::name)
    .field("hazard", &RiskZone::hazard).required().oneOf(hazards())
    .field("risk_level", &RiskZone::riskLevel).required().range(1, 4)
    .field("exposed_population", &RiskZone::exposedPopulation).atLeast(0)
    .field("exposed_houses", &RiskZone::exposedHouses).atLeast(0)
    .field("source_year", &RiskZone::sourceYear).range(1949, 2100)
    .field("township_code", &RiskZone::townshipCode)
    .wkt(&RiskZone::wkt);
  return s;
}

} // namespace onemap
