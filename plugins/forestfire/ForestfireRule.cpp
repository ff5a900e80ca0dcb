#include "ForestfireRule.h"

#include "FireDanger.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace onemap::forestfire {

namespace {

// A sliver below ~0.1 ha (1e-9 square degrees is about 0.001 ha) is a shared
// edge, not forest on the village's land.
constexpr double kMinOverlapDeg2 = 1e-8;
} // namespace

WarningFireArea fireArea(sqlite3 *db, qint64 warningId, QString *error)
{
  WarningFireArea a;
  SqlStatement w(db, QStringLiteral("SELECT level, COALESCE(effective, sent) FROM warnings "
                                    "WHERE id = ?1 AND hazard = ?2 AND geom IS NOT NULL"));
  w.bind(1, warningId).bind(2, QStringLiteral("forest_fire"));
  if (!w.next()) {
    if (error)
      *error = w.error();
    return a;
  }
  a.applies = true;
  a.forecastLevel = levelOfWarningColour(w.text(0));
  a.date = QDate::fromString(w.text(1).left(10), Qt::ISODate);

  SqlStatement f(db, QStringLiteral(
    "SELECT f.id, f.name, COALESCE(f.township_code, ''), f.danger_class, ST_Area(ST_Intersection(f.geom, w.geom), 1) / 10000.0 "
    "FROM fire_forest_areas f, warnings w WHERE w.id = ?1 AND ST_Intersects(f.geom, w.geom) ORDER BY f.id"));
  f.bind(1, warningId);
  QMap<qint64, int> forestLevel;
  QMap<qint64, int> forestIndex;
  while (f.next()) {
    const int cls = int(f.int64(3));
    const int level = dangerLevel(cls, a.date, a.forecastLevel);
    forestLevel.insert(f.int64(0), level);
    forestIndex.insert(f.int64(0), a.forests.size());
    a.forests << WarningFireArea::Forest {f.int64(0), f.text(1), f.text(2), cls, level, f.real(4)};
  }
  if (f.hasError()) {
    if (error)
      *error = f.error();
    return a;
  }

  // Villages: the forest's part inside the warning area overlaps the village land.
  SqlStatement v(db, QStringLiteral(R"SQL(
WITH fw AS (SELECT f.id, ST_Intersection(f.geom, w.geom) AS g FROM fire_forest_areas f, warnings w
            WHERE w.id = ?1 AND ST_Intersects(f.geom, w.geom))
SELECT v.id, v.name, COALESCE(v.population, 0), COALESCE(v.parent_code, ''), fw.id
  FROM admin_units v, fw
 WHERE v.level = 'village' AND MbrIntersects(v.geom, fw.g) AND ST_Intersects(v.geom, fw.g)
   AND ST_Area(ST_Intersection(v.geom, fw.g)) > ?2
 ORDER BY v.id, fw.id
)SQL"));
  v.bind(1, warningId).bind(2, kMinOverlapDeg2);
  struct Village { qint64 id; QString name; qint64 people; int level; QStringList forests; };
  QVector<Village> villages;
  while (v.next()) {
    const qint64 id = v.int64(0), forest = v.int64(4);
    if (villages.isEmpty() || villages.last().id != id) {
      villages << Village {id, v.text(1), v.int64(2), 0, {}};
      a.villageTownship.insert(id, v.text(3));
      a.villagePeople.insert(id, v.int64(2));
    }
    Village &x = villages.last();
    x.level = std::max(x.level, forestLevel.value(forest));
    x.forests << a.forests[forestIndex.value(forest)].name;
  }
  if (v.hasError()) {
    if (error)
      *error = v.error();
    return a;
  }
  for (const Village &x : villages) {
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = x.id;
    o.name = x.name;
    // People first, then the level: 10 * people + level, above every post.
    o.rank = 100.0 + 10.0 * double(x.people) + x.level;
    o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "%1 people; forest on its land inside the warning area (%2); fire danger %3")
                 .arg(x.people)
                 .arg(x.forests.join(QStringLiteral("、")))
                 .arg(dangerLevelName(x.level));
    a.threatened << o;
  }

  // Watch posts in the warning area; their level is that of the forest they stand in.
  SqlStatement p(db, QStringLiteral(
    "SELECT p.id, p.name, COALESCE(p.township_code, ''), p.view_radius_m, "
    "       (SELECT MIN(f.danger_class) FROM fire_forest_areas f WHERE ST_Within(p.geom, f.geom)) "
    "FROM fire_watch_posts p, warnings w WHERE w.id = ?1 AND ST_Within(p.geom, w.geom) ORDER BY p.id"));
  p.bind(1, warningId);
  while (p.next()) {
    const int level = p.isNull(4) ? std::max(1, a.forecastLevel) : dangerLevel(int(p.int64(4)), a.date, a.forecastLevel);
    ThreatenedObject o;
    o.table = QStringLiteral("fire_watch_posts");
    o.id = p.int64(0);
    o.name = p.text(1);
    o.rank = level;
    o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "watch post in the warning area: 24-hour lookout over %1 km; fire danger %2")
                 .arg(p.real(3) / 1000.0, 0, 'f', 0)
                 .arg(dangerLevelName(level));
    a.postTownship.insert(o.id, p.text(2));
    a.threatened << o;
  }
  if (p.hasError() && error)
    *error = p.error();
  std::stable_sort(a.threatened.begin(), a.threatened.end(), [](const ThreatenedObject &x, const ThreatenedObject &y) {
    return x.rank != y.rank ? x.rank > y.rank : x.id < y.id;
  });
  return a;
}

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  return fireArea(db, warningId, error).threatened;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  ImpactSection s;
  const WarningFireArea a = fireArea(db, warningId);
  if (!a.applies)
    return s;
  struct Row { int forests = 0; double ha = 0; int level = 0; int villages = 0; qint64 people = 0; int posts = 0; };
  QMap<QString, Row> rows;
  for (const auto &f : a.forests) {
    Row &r = rows[f.township];
    r.forests += 1;
    r.ha += f.haInside;
    r.level = std::max(r.level, f.level);
  }
  for (auto it = a.villageTownship.cbegin(); it != a.villageTownship.cend(); ++it) {
    Row &r = rows[it.value()];
    r.villages += 1;
    r.people += a.villagePeople.value(it.key());
  }
  for (const QString &t : a.postTownship)
    rows[t].posts += 1;

  QMap<QString, QString> names;
  SqlStatement t(db, QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township'"));
  while (t.next())
    names.insert(t.text(0), t.text(1));

  s.title = QCoreApplication::translate("onemap::ForestfirePlugin", "Forest fire danger");
  s.headers = QStringList {QCoreApplication::translate("onemap::ForestfirePlugin", "Township"), QCoreApplication::translate("onemap::ForestfirePlugin", "Forest areas"), QCoreApplication::translate("onemap::ForestfirePlugin", "Forest in the area (ha)"), QCoreApplication::translate("onemap::ForestfirePlugin", "Highest fire danger"),
                           QCoreApplication::translate("onemap::ForestfirePlugin", "Villages"), QCoreApplication::translate("onemap::ForestfirePlugin", "People"), QCoreApplication::translate("onemap::ForestfirePlugin", "Watch posts")};
  Row total;
  for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
    const Row &r = it.value();
    s.rows << QStringList {names.value(it.key(), it.key()), QString::number(r.forests), QString::number(r.ha, 'f', 1),
                           dangerLevelName(r.level), QString::number(r.villages), QString::number(r.people),
                           QString::number(r.posts)};
    total.forests += r.forests;
    total.ha += r.ha;
    total.level = std::max(total.level, r.level);
    total.villages += r.villages;
    total.people += r.people;
    total.posts += r.posts;
  }
  s.rows << QStringList {QCoreApplication::translate("onemap::ForestfirePlugin", "Total"), QString::number(total.forests), QString::number(total.ha, 'f', 1), dangerLevelName(total.level),
                         QString::number(total.villages), QString::number(total.people), QString::number(total.posts)};
  s.summary = QCoreApplication::translate("onemap::ForestfirePlugin", "%1 ha of forest in the warning area, fire danger up to %2; %3 villages (%4 people) border it, %5 watch posts on duty")
                .arg(total.ha, 0, 'f', 1)
                .arg(dangerLevelName(total.level))
                .arg(total.villages)
                .arg(total.people)
                .arg(total.posts);
  return s;
}

} // namespace onemap::forestfire
