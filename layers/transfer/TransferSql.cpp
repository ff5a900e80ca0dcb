#include "TransferSql.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap::TransferSql {

Result<QByteArray> geometryBlob(Store &store, const QString &wkt)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT CastToMulti(GeomFromText(?1, %1))").arg(Store::kSrid));
  q.bind(1, wkt);
  if (wkt.isEmpty() || !q.next() || q.isNull(0))
    return Status::failure(QCoreApplication::translate("onemap::TransferArea", "the area \"%1\" is not a valid polygon").arg(wkt.left(60)));
  return q.value(0).toByteArray();
}

QString indexed(const char *table, const char *alias, const QString &frame)
{
  return QStringLiteral("%1.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '%2' AND f_geometry_column = 'geom' "
                        "AND search_frame = %3)")
    .arg(QLatin1String(alias), QLatin1String(table), frame);
}

QHash<QString, Village> villages(Store &store)
{
  QHash<QString, Village> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, name, parent_code, population FROM admin_units WHERE level = 'village'"));
  while (q.next()) {
    Village v;
    v.name = q.text(1);
    v.townshipCode = q.text(2);
    v.population = q.int64(3);
    out.insert(q.text(0), v);
  }
  return out;
}

QHash<QString, QString> townshipNames(Store &store)
{
  QHash<QString, QString> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township'"));
  while (q.next())
    out.insert(q.text(0), q.text(1));
  return out;
}

QString villageOf(const char *alias)
{
  const QString a = QLatin1String(alias);
  return QStringLiteral("COALESCE((SELECT v.code FROM admin_units v WHERE v.code = %1.village_code AND v.level = 'village'), "
                        "(SELECT v.code FROM admin_units v WHERE v.level = 'village' AND %2 AND ST_Intersects(v.geom, %1.geom) "
                        "ORDER BY v.code LIMIT 1), '')")
    .arg(a, indexed("admin_units", "v", a + QStringLiteral(".geom")));
}

QString townshipOf(const char *alias)
{
  const QString a = QLatin1String(alias);
  return QStringLiteral("COALESCE((SELECT v.parent_code FROM admin_units v WHERE v.code = %1.village_code AND v.level = 'village'), "
                        "(SELECT v.parent_code FROM admin_units v WHERE v.level = 'village' AND %2 AND ST_Intersects(v.geom, %1.geom) "
                        "ORDER BY v.code LIMIT 1), "
                        "(SELECT t.code FROM admin_units t WHERE t.level = 'township' AND %3 AND ST_Intersects(t.geom, %1.geom) "
                        "ORDER BY t.code LIMIT 1), '')")
    .arg(a, indexed("admin_units", "v", a + QStringLiteral(".geom")), indexed("admin_units", "t", a + QStringLiteral(".geom")));
}

} // namespace onemap::TransferSql
