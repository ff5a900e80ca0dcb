#include "AdminUnit.h"

namespace onemap {

const QStringList &AdminUnit::levels()
{
  static const QStringList l {QStringLiteral("county"), QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("grid")};
  return l;
}

QString AdminUnit::parentOf(const QString &code)
{
  if (code.size() != 12)
    return QString();
  if (code.endsWith(QLatin1String("000000")))
    return QString();
  if (code.endsWith(QLatin1String("000")))
    return code.left(6) + QStringLiteral("000000");
  return code.left(9) + QStringLiteral("000");
}

const TypedSpec<AdminUnit> &AdminUnit::schema()
{
  static const TypedSpec<AdminUnit> s = TypedSpec<AdminUnit>("admin_units", GeometryType::MultiPolygon)
    .field("code", &AdminUnit::code).required()
    .field("name", &AdminUnit::name).required()
    .field("level", &AdminUnit::level).required().oneOf(levels())
    .field("parent_code", &AdminUnit::parentCode)
    .field("population", &AdminUnit::population).atLeast(0)
    .field("households", &AdminUnit::households).atLeast(0)
    .field("area_km2", &AdminUnit::areaKm2).atLeast(0)
    .wkt(&AdminUnit::wkt);
  return s;
}

} // namespace onemap
