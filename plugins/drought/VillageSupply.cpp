#include "VillageSupply.h"

#include "store/SqlStatement.h"

#include <QHash>

namespace onemap::drought {

namespace {

// Each source's current supply and everyone relying on it, per village.
const char *kShares = R"SQL(
SELECT l.village_code, s.design_m3_day * s.supply_ratio, l.people,
       (SELECT SUM(a.people) FROM drought_source_villages a WHERE a.source_id = s.id)
FROM drought_source_villages l JOIN drought_water_sources s ON s.id = l.source_id
)SQL";

const char *kAllVillages = R"SQL(
SELECT v.id, v.code, v.name, COALESCE(v.population, 0), COALESCE(v.parent_code, ''), COALESCE(t.name, '')
FROM admin_units v LEFT JOIN admin_units t ON t.code = v.parent_code
WHERE v.level = 'village'
ORDER BY v.code
)SQL";

// ST_PointOnSurface lies inside the village even where the polygon is concave,
// so a village on the warning's edge counts once, on the side it mostly lies.
const char *kWarningVillages = R"SQL(
SELECT v.id, v.code, v.name, COALESCE(v.population, 0), COALESCE(v.parent_code, ''), COALESCE(t.name, '')
FROM warnings w JOIN admin_units v LEFT JOIN admin_units t ON t.code = v.parent_code
WHERE w.id = ?1 AND w.hazard = ?2 AND w.geom IS NOT NULL
  AND v.level = 'village' AND v.geom IS NOT NULL
  AND ST_Intersects(w.geom, ST_PointOnSurface(v.geom)) = 1
ORDER BY v.code
)SQL";

Result<QVector<VillageSupply>> balance(sqlite3 *db, SqlStatement &villages)
{
  QHash<QString, QVector<SourceShare>> shares;
  QHash<QString, int> counts;
  SqlStatement s(db, QString::fromUtf8(kShares));
  while (s.next()) {
    shares[s.text(0)] << SourceShare {s.real(1), s.int64(3), s.int64(2)};
    counts[s.text(0)] += 1;
  }
  if (s.hasError())
    return Status::failure(QStringLiteral("drought_source_villages: %1").arg(s.error()));

  QVector<VillageSupply> out;
  while (villages.next()) {
    VillageSupply v;
    v.id = villages.int64(0);
    v.code = villages.text(1);
    v.name = villages.text(2);
    v.townshipCode = villages.text(4);
    v.townshipName = villages.text(5);
    v.sources = counts.value(v.code);
    v.balance = villageBalance(villages.int64(3), shares.value(v.code));
    out << v;
  }
  if (villages.hasError())
    return Status::failure(QStringLiteral("admin_units: %1").arg(villages.error()));
  return out;
}

} // namespace

Result<QVector<VillageSupply>> allVillageSupplies(sqlite3 *db)
{
  SqlStatement q(db, QString::fromUtf8(kAllVillages));
  return balance(db, q);
}

Result<QVector<VillageSupply>> villageSuppliesInWarning(sqlite3 *db, qint64 warningId)
{
  SqlStatement q(db, QString::fromUtf8(kWarningVillages));
  q.bind(1, warningId).bind(2, QStringLiteral("drought"));
  return balance(db, q);
}

} // namespace onemap::drought
