#include "Team.h"

namespace onemap {

const QStringList &Team::kinds()
{
  static const QStringList k {QStringLiteral("comprehensive"), QStringLiteral("professional"), QStringLiteral("social"),
                              QStringLiteral("militia"), QStringLiteral("enterprise")};
  return k;
}

const TypedSpec<Team> &Team::schema()
{
  static const TypedSpec<Team> s = TypedSpec<Team>("teams", GeometryType::Point)
    .field("code", &Team::code).required()
    .field("name", &Team::name).required()
    .field("kind", &Team::kind).required().oneOf(kinds())
    .field("specialties", &Team::specialties)
    .field("members", &Team::members).atLeast(0)
    .field("equipment", &Team::equipment)
    .field("leader", &Team::leader)
    .field("phone", &Team::phone)
    .field("base", &Team::base)
    .field("status", &Team::status).required().oneOf({QStringLiteral("standby"), QStringLiteral("deployed")})
    .field("township_code", &Team::townshipCode)
    .point(&Team::location);
  return s;
}

} // namespace onemap
