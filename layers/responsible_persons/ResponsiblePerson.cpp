#include "ResponsiblePerson.h"

namespace onemap {

const QStringList &ResponsiblePerson::roles()
{
  static const QStringList r {QStringLiteral("disaster_responsible"), QStringLiteral("grid_member"), QStringLiteral("info_officer"),
                              QStringLiteral("emergency_manager"), QStringLiteral("monitor")};
  return r;
}

const TypedSpec<ResponsiblePerson> &ResponsiblePerson::schema()
{
  static const TypedSpec<ResponsiblePerson> s = TypedSpec<ResponsiblePerson>("responsible_persons", GeometryType::None)
    .field("name", &ResponsiblePerson::name).required()
    .field("role", &ResponsiblePerson::role).required().oneOf(roles())
    .field("unit", &ResponsiblePerson::unit)
    .field("admin_code", &ResponsiblePerson::adminCode)
    .field("phone", &ResponsiblePerson::phone)
    .field("covers_table", &ResponsiblePerson::coversTable)
    .field("covers_id", &ResponsiblePerson::coversId);
  return s;
}

} // namespace onemap
