#include "Reserve.h"

namespace onemap {

const QStringList &Reserve::levels()
{
  static const QStringList l {QStringLiteral("county"), QStringLiteral("township"), QStringLiteral("village"),
                              QStringLiteral("social"), QStringLiteral("household")};
  return l;
}

const TypedSpec<Reserve> &Reserve::schema()
{
  static const TypedSpec<Reserve> s = TypedSpec<Reserve>("reserves", GeometryType::Point)
    .field("code", &Reserve::code).required()
    .field("name", &Reserve::name).required()
    .field("level", &Reserve::level).required().oneOf(levels())
    .field("keeper", &Reserve::keeper)
    .field("phone", &Reserve::phone)
    .field("township_code", &Reserve::townshipCode)
    .point(&Reserve::location);
  return s;
}

const TypedSpec<ReserveItem> &ReserveItem::schema()
{
  static const TypedSpec<ReserveItem> s = TypedSpec<ReserveItem>("reserve_items", GeometryType::None)
    .field("reserve_id", &ReserveItem::reserveId).required()
    .field("item", &ReserveItem::item).required()
    .field("unit", &ReserveItem::unit).required()
    .field("quantity", &ReserveItem::quantity).required().atLeast(0);
  return s;
}

} // namespace onemap
