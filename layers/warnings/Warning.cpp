#include "Warning.h"

namespace onemap {

const QStringList &Warning::levels()
{
  static const QStringList l {QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("orange"), QStringLiteral("red")};
  return l;
}

const TypedSpec<Warning> &Warning::schema()
{
  static const TypedSpec<Warning> s = TypedSpec<Warning>("warnings", GeometryType::MultiPolygon)
    .field("identifier", &Warning::identifier).required()
    .field("sender", &Warning::sender).required()
    .field("sent", &Warning::sent).required().dateTime()
    .field("msg_type", &Warning::msgType).required().oneOf({QStringLiteral("Alert"), QStringLiteral("Update"), QStringLiteral("Cancel")})
    .field("issuer", &Warning::issuer)
    .field("hazard", &Warning::hazard).required()
    .field("level", &Warning::level).required().oneOf(levels())
    .field("stage", &Warning::stage)
    .field("headline", &Warning::headline)
    .field("description", &Warning::description)
    .field("area_desc", &Warning::areaDesc)
    .field("effective", &Warning::effective).dateTime()
    .field("onset", &Warning::onset).dateTime()
    .field("expires", &Warning::expires).dateTime()
    .field("status", &Warning::status).required()
      .oneOf({QStringLiteral("active"), QStringLiteral("updated"), QStringLiteral("cancelled"), QStringLiteral("expired")})
    .wkt(&Warning::wkt);
  return s;
}

} // namespace onemap
