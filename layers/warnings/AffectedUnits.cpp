#include "AffectedUnits.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap {

namespace {
// The R*Tree narrows the candidates to bounding boxes that meet the area
// before the exact (and costly) intersection runs.
const char *kIndexed = R"SQL(
SELECT a.code, a.name, a.level, a.parent_code, a.population, a.households
FROM warnings w JOIN admin_units a
WHERE w.id = ?1 AND a.level IN ('township', 'village')
  AND a.ROWID IN (SELECT ROWID FROM SpatialIndex
                  WHERE f_table_name = 'admin_units' AND f_geometry_column = 'geom' AND search_frame = w.geom)
  AND ST_Intersects(a.geom, w.geom)
  AND ST_Area(ST_Intersection(a.geom, w.geom)) > ?2 * ST_Area(a.geom)
ORDER BY a.level = 'village', a.code
)SQL";

const char *kScan = R"SQL(
SELECT a.code, a.name, a.level, a.parent_code, a.population, a.households
FROM warnings w JOIN admin_units a
WHERE w.id = ?1 AND a.level IN ('township', 'village')
  AND ST_Intersects(a.geom, w.geom)
  AND ST_Area(ST_Intersection(a.geom, w.geom)) > ?2 * ST_Area(a.geom)
ORDER BY a.level = 'village', a.code
)SQL";
} // namespace

Result<QVector<AffectedUnit>> AffectedUnits::of(Store &store, qint64 warningId, bool useSpatialIndex)
{
  SqlStatement q(store.handle(), QString::fromUtf8(useSpatialIndex ? kIndexed : kScan));
  q.bind(1, warningId).bind(2, kMinShare);
  QVector<AffectedUnit> units;
  while (q.next()) {
    AffectedUnit u;
    u.code = q.text(0);
    u.name = q.text(1);
    u.level = q.text(2);
    u.parentCode = q.text(3);
    u.population = q.int64(4);
    u.households = q.int64(5);
    units << u;
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::AffectedUnits", "warning %1: cannot find the units its area covers: %2").arg(warningId).arg(q.error()));
  return units;
}

} // namespace onemap
