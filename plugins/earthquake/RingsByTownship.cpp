#include "RingsByTownship.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>
#include <utility>

namespace onemap::earthquake {

namespace {
const char *kVillages = R"SQL(
SELECT v.parent_code, COALESCE(t.name, ''), v.population, v.households,
       X(ST_Centroid(v.geom)), Y(ST_Centroid(v.geom))
FROM admin_units v LEFT JOIN admin_units t ON t.code = v.parent_code
WHERE v.level = ?1 AND v.geom IS NOT NULL
)SQL";
} // namespace

Result<QVector<TownshipRing>> ringsByTownship(sqlite3 *db, const Event &event)
{
  SqlStatement q(db, QString::fromUtf8(kVillages));
  q.bind(1, QStringLiteral("village"));
  // Key sorts strongest ring first, then township code.
  QMap<std::pair<int, QString>, TownshipRing> rows;
  while (q.next()) {
    const double i = intensityAtLonLat(event, q.real(4), q.real(5));
    const int ring = std::min(11, static_cast<int>(std::floor(i)));
    if (ring < 6)
      continue;
    TownshipRing &r = rows[{-ring, q.text(0)}];
    r.townshipCode = q.text(0);
    r.townshipName = q.text(1);
    r.intensity = ring;
    r.villages += 1;
    r.population += q.int64(2);
    r.households += q.int64(3);
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::EarthquakeRings", "cannot read the villages of admin_units: %1").arg(q.error()));
  return QVector<TownshipRing>(rows.begin(), rows.end());
}

} // namespace onemap::earthquake
