#include "GeohazardRule.h"

#include "GeoMonitors.h"
#include "GeoSql.h"

#include <QCoreApplication>
#include <QHash>

namespace onemap::geohazard {

const QStringList &warningHazards()
{
  static const QStringList h {QStringLiteral("geological"), QStringLiteral("rainstorm")};
  return h;
}

namespace {
QString typeName(const QString &code)
{
  static const QHash<QString, const char *> names {
    {QStringLiteral("landslide"), QT_TRANSLATE_NOOP("onemap::GeohazardPlugin", "landslide")},
    {QStringLiteral("collapse"), QT_TRANSLATE_NOOP("onemap::GeohazardPlugin", "collapse")},
    {QStringLiteral("debris_flow"), QT_TRANSLATE_NOOP("onemap::GeohazardPlugin", "debris flow")},
    {QStringLiteral("unstable_slope"), QT_TRANSLATE_NOOP("onemap::GeohazardPlugin", "unstable slope")},
    {QStringLiteral("subsidence"), QT_TRANSLATE_NOOP("onemap::GeohazardPlugin", "ground subsidence")},
  };
  const char *n = names.value(code);
  return n ? QCoreApplication::translate("onemap::GeohazardPlugin", n) : code;
}

// Signed-off (销号) points are closed and no longer threatened. The spatial
// index pre-filters by the warning's bounding box, ST_Within decides.
const char *kThreatenedSql =
  "SELECT d.id, d.name, d.hazard_type, COALESCE(d.threatened_people, 0), w.hazard, "
  "  (SELECT COUNT(*) FROM geo_monitors m WHERE m.danger_id = d.id) "
  "FROM warnings w JOIN hidden_dangers d "
  "WHERE w.id = ?1 AND w.hazard IN (?2, ?3) AND w.geom IS NOT NULL "
  "  AND d.hazard_type IN (?4, ?5, ?6, ?7, ?8) AND d.status <> 'signed_off' AND d.geom IS NOT NULL "
  "  AND d.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'hidden_dangers' "
  "                  AND f_geometry_column = 'geom' AND search_frame = w.geom) "
  "  AND ST_Within(d.geom, w.geom) = 1 "
  "ORDER BY COALESCE(d.threatened_people, 0) DESC, d.id";

struct Row
{
  qint64 id;
  QString name, type, warningHazard;
  qint64 people;
  qint64 monitors;
};

QVector<Row> query(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<Row> rows;
  Sql q(db, kThreatenedSql);
  q.bind(1, warningId).bind(2, warningHazards().at(0)).bind(3, warningHazards().at(1));
  const QStringList &types = geoHazardTypes(); // five, as ?4..?8
  for (int i = 0; i < types.size(); ++i)
    q.bind(4 + i, types.at(i));
  while (q.next())
    rows << Row {q.int64(0), q.text(1), q.text(2), q.text(4), q.int64(3), q.int64(5)};
  if (error)
    *error = q.error();
  return rows;
}
} // namespace

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<ThreatenedObject> out;
  for (const Row &r : query(db, warningId, error)) {
    ThreatenedObject o;
    o.table = QStringLiteral("hidden_dangers");
    o.id = r.id;
    o.name = r.name;
    o.rank = double(r.people);
    o.reason = QCoreApplication::translate("onemap::GeohazardPlugin", "%1 point inside the warning area, %2 people threatened")
                 .arg(typeName(r.type))
                 .arg(r.people);
    out << o;
  }
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  QString error;
  const QVector<Row> rows = query(db, warningId, &error);
  ImpactSection s;
  if (rows.isEmpty())
    return s; // not a geohazard warning, or nothing in its area
  s.title = QCoreApplication::translate("onemap::GeohazardPlugin", "Geological hazard points");
  s.headers = QStringList {QCoreApplication::translate("onemap::GeohazardPlugin", "Point"),
                           QCoreApplication::translate("onemap::GeohazardPlugin", "Type"),
                           QCoreApplication::translate("onemap::GeohazardPlugin", "People threatened"),
                           QCoreApplication::translate("onemap::GeohazardPlugin", "Monitors")};
  qint64 people = 0;
  for (const Row &r : rows) {
    people += r.people;
    if (s.rows.size() < 10)
      s.rows << QStringList {r.name, typeName(r.type), QString::number(r.people), QString::number(r.monitors)};
  }
  s.summary = QCoreApplication::translate("onemap::GeohazardPlugin", "%1 geological hazard points in the area, %2 people threatened")
                .arg(rows.size())
                .arg(people);
  return s;
}

} // namespace onemap::geohazard
