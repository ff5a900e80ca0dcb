#include "ImpactQueries.h"

namespace onemap::ImpactQueries {

namespace {

// The warning's outline as a one-row derived table, so the point tables'
// own status columns never clash with the warning's.
const char *const kArea = "(SELECT geom AS g FROM warnings WHERE id = ?1) w";

// Points within the area. The R*Tree keeps the exact test to the points whose
// box meets the area's box; SpatiaLite caches the area as a prepared geometry
// across rows, so the scan pays one point-in-polygon test per point.
QString within(const char *table, bool useSpatialIndex)
{
  QString sql;
  if (useSpatialIndex)
    sql = QStringLiteral("p.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '%1' AND f_geometry_column = 'geom' "
                         "AND search_frame = w.g) AND ")
            .arg(QLatin1String(table));
  return sql + QStringLiteral("ST_Within(p.geom, w.g)");
}

// A point's township from its code column, or, when that is missing or
// unknown, the township its point lies in.
QString township(const QString &codeExpression)
{
  return QStringLiteral(
           "COALESCE((SELECT a.code FROM admin_units a WHERE a.code = %1 AND a.level = 'township'), "
           "(SELECT a.code FROM admin_units a WHERE a.level = 'township' AND ST_Intersects(a.geom, p.geom) "
           " AND a.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'admin_units' AND f_geometry_column = 'geom' "
           " AND search_frame = p.geom) ORDER BY a.code LIMIT 1), '')")
    .arg(codeExpression);
}

const char *const kVillageTownship = "substr(p.village_code, 1, 9) || '000'";

} // namespace

QString warning()
{
  return QStringLiteral("SELECT id, identifier, headline, level, hazard, status, area_desc, sent, expires FROM warnings WHERE id = ?1");
}

QString dangers(bool useSpatialIndex, int hazardTypes)
{
  QString sql = QStringLiteral("SELECT p.id, p.code, p.name, p.hazard_type, p.status, p.deadline, p.village_code, "
                               "(SELECT v.name FROM admin_units v WHERE v.code = p.village_code), %1, p.threatened_people, p.supervised "
                               "FROM hidden_dangers p, %2 WHERE %3")
                  .arg(township(QLatin1String(kVillageTownship)), QLatin1String(kArea), within("hidden_dangers", useSpatialIndex));
  if (hazardTypes > 0) {
    QStringList marks;
    for (int i = 0; i < hazardTypes; ++i)
      marks << QStringLiteral("?%1").arg(i + 2);
    sql += QStringLiteral(" AND p.hazard_type IN (%1)").arg(marks.join(QStringLiteral(", ")));
  }
  return sql;
}

QString shelters(bool useSpatialIndex)
{
  return QStringLiteral("SELECT p.id, p.code, p.name, p.capacity, p.occupancy, p.is_open, %1 "
                        "FROM shelters p, %2 WHERE %3 ORDER BY p.code")
    .arg(township(QLatin1String(kVillageTownship)), QLatin1String(kArea), within("shelters", useSpatialIndex));
}

QString teams(bool useSpatialIndex)
{
  return QStringLiteral("SELECT p.id, p.code, p.name, p.kind, p.members, p.status, %1 "
                        "FROM teams p, %2 WHERE %3 ORDER BY p.code")
    .arg(township(QStringLiteral("p.township_code")), QLatin1String(kArea), within("teams", useSpatialIndex));
}

QString townships()
{
  return QStringLiteral("SELECT code, name, population, households FROM admin_units WHERE level = 'township' ORDER BY code");
}

QString escalatingWarnings()
{
  return QStringLiteral("SELECT id, expires FROM warnings WHERE status = 'active' AND level IN ('orange', 'red') ORDER BY id");
}

QString openDangersWithin()
{
  return QStringLiteral("SELECT p.id FROM hidden_dangers p, %1 WHERE p.status <> 'signed_off' AND %2")
    .arg(QLatin1String(kArea), within("hidden_dangers", true));
}

} // namespace onemap::ImpactQueries
