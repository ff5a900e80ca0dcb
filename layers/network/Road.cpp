#include "Road.h"

namespace onemap {

const QStringList &Road::classes()
{
  static const QStringList c {QStringLiteral("national"), QStringLiteral("provincial"), QStringLiteral("county"),
                              QStringLiteral("township"), QStringLiteral("village")};
  return c;
}

const TypedSpec<Road> &Road::schema()
{
  static const TypedSpec<Road> s = TypedSpec<Road>("roads", GeometryType::LineString)
    .field("name", &Road::name)
    .field("road_class", &Road::roadClass).required().oneOf(classes())
    .field("length_m", &Road::lengthM).atLeast(0)
    .field("is_cut", &Road::isCut)
    .wkt(&Road::wkt);
  return s;
}

const TypedSpec<River> &River::schema()
{
  static const TypedSpec<River> s = TypedSpec<River>("rivers", GeometryType::LineString)
    .field("name", &River::name)
    .field("river_rank", &River::rank).range(1, 3)
    .wkt(&River::wkt);
  return s;
}

} // namespace onemap
