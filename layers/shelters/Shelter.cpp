#include "Shelter.h"

namespace onemap {

const QStringList &Shelter::classes()
{
  static const QStringList c {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("village"),
                              QStringLiteral("temporary")};
  return c;
}

const TypedSpec<Shelter> &Shelter::schema()
{
  static const TypedSpec<Shelter> s = TypedSpec<Shelter>("shelters", GeometryType::Point)
    .field("code", &Shelter::code).required()
    .field("name", &Shelter::name).required()
    .field("shelter_class", &Shelter::shelterClass).required().oneOf(classes())
    .field("capacity", &Shelter::capacity).required().atLeast(0)
    .field("usable_area_m2", &Shelter::usableAreaM2).atLeast(0)
    .field("supplies", &Shelter::supplies)
    .field("manager", &Shelter::manager)
    .field("phone", &Shelter::phone)
    .field("is_open", &Shelter::isOpen)
    .field("occupancy", &Shelter::occupancy).atLeast(0)
    .field("village_code", &Shelter::villageCode)
    .point(&Shelter::location);
  return s;
}

} // namespace onemap
