#include "FireTables.h"

#include "sample/Lcg.h"
#include "store/SqlStatement.h"

#include <QMap>
#include <QPointF>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace onemap::forestfire {

QStringList fireMigrations()
{
  // Step 1. Fuel codes are those of FireEvents (Wang Zhengfei's Ks table).
  return {QStringLiteral(R"SQL(
CREATE TABLE fire_forest_areas (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  forest_type TEXT NOT NULL CHECK (forest_type IN ('coniferous','broadleaf','mixed','shrub','bamboo')),
  danger_class INTEGER NOT NULL CHECK (danger_class BETWEEN 1 AND 3),
  area_ha REAL NOT NULL CHECK (area_ha > 0),
  township_code TEXT,
  manager TEXT);
SELECT AddGeometryColumn('fire_forest_areas', 'geom', 4490, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('fire_forest_areas', 'geom');
CREATE TABLE fire_watch_posts (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  view_radius_m REAL NOT NULL CHECK (view_radius_m > 0 AND view_radius_m <= 30000),
  staffed INTEGER NOT NULL DEFAULT 1 CHECK (staffed IN (0,1)),
  phone TEXT,
  township_code TEXT);
SELECT AddGeometryColumn('fire_watch_posts', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('fire_watch_posts', 'geom');
CREATE TABLE fire_firebreaks (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('engineered','green')),
  width_m REAL NOT NULL CHECK (width_m > 0 AND width_m <= 200),
  length_m REAL CHECK (length_m >= 0),
  township_code TEXT);
SELECT AddGeometryColumn('fire_firebreaks', 'geom', 4490, 'MULTILINESTRING', 'XY');
SELECT CreateSpatialIndex('fire_firebreaks', 'geom');
CREATE TABLE fire_hotspots (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('fy3d','fy4b','himawari9','npp_viirs','modis','patrol')),
  detected_at TEXT NOT NULL,
  confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','verified','false','extinguished')),
  note TEXT,
  township_code TEXT);
CREATE INDEX fire_hotspots_time ON fire_hotspots(detected_at);
SELECT AddGeometryColumn('fire_hotspots', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('fire_hotspots', 'geom');
CREATE TABLE fire_events (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  started_at TEXT NOT NULL,
  wind_speed REAL NOT NULL CHECK (wind_speed >= 0 AND wind_speed <= 20),
  wind_from_deg REAL NOT NULL CHECK (wind_from_deg >= 0 AND wind_from_deg < 360),
  duration_h REAL NOT NULL CHECK (duration_h > 0 AND duration_h <= 72),
  fuel_type TEXT NOT NULL CHECK (fuel_type IN ('flat_needles','litter','grass','grassland')),
  r0_m_per_min REAL NOT NULL CHECK (r0_m_per_min > 0 AND r0_m_per_min <= 20),
  source TEXT);
CREATE INDEX fire_events_time ON fire_events(started_at);
SELECT AddGeometryColumn('fire_events', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('fire_events', 'geom');
)SQL")};
}

namespace {

struct Village
{
  QString code, name, township;
  double x = 0, y = 0, density = 0;
};

struct ForestType
{
  const char *code;
  const char *suffix;
  double weight;
  int dangerClass; //!< the 火险区 class (LY/T 1063) of such a stand
};

// Yunnan pine stands burn most readily: they make the class-1 areas, the
// largest share of the forest of a national level-1 fire-danger county
// (seed 003, 施甸).
const ForestType kTypes[] = {
  {"coniferous", "云南松林", 0.5, 1},
  {"mixed", "针阔混交林", 0.2, 2},
  {"shrub", "灌木林", 0.12, 2},
  {"broadleaf", "常绿阔叶林", 0.18, 3},
};

const ForestType &pickType(Lcg &rng)
{
  double u = rng.next();
  for (const ForestType &t : kTypes) {
    if (u < t.weight)
      return t;
    u -= t.weight;
  }
  return kTypes[0];
}

// km offsets to degrees about latitude \a lat.
double kmToLon(double km, double lat) { return km / (111.32 * std::cos(lat * M_PI / 180.0)); }
double kmToLat(double km) { return km / 110.57; }

// An irregular, star-shaped patch of hill forest around (x, y).
QString blobWkt(double x, double y, double radiusKm, Lcg &rng)
{
  const int n = 32;
  const int lobes = 2 + int(rng.next() * 3);
  const double phase = rng.uniform(0, 2 * M_PI), phase2 = rng.uniform(0, 2 * M_PI);
  QStringList pts;
  QString first;
  for (int i = 0; i < n; ++i) {
    const double t = 2 * M_PI * i / n;
    const double r = radiusKm * (1 + 0.22 * std::sin(lobes * t + phase) + 0.1 * std::sin((lobes + 2) * t + phase2) + rng.uniform(-0.08, 0.08));
    const QString p = QStringLiteral("%1 %2").arg(x + kmToLon(r * std::cos(t), y), 0, 'f', 7).arg(y + kmToLat(r * std::sin(t)), 0, 'f', 7);
    if (i == 0)
      first = p;
    pts << p;
  }
  pts << first;
  return QStringLiteral("POLYGON((%1))").arg(pts.join(QStringLiteral(", ")));
}

struct Forest
{
  qint64 id;
  QString name, township;
  int cls;
};

QString writeForests(sqlite3 *db, Lcg &rng, QVector<Forest> &forests, QMap<QString, Village> &seats)
{
  SqlStatement q(db, QStringLiteral("SELECT code, name, parent_code, X(ST_Centroid(geom)), Y(ST_Centroid(geom)), "
                                    "COALESCE(population, 0) / MAX(area_km2, 0.01) FROM admin_units "
                                    "WHERE level = 'village' AND geom IS NOT NULL ORDER BY code"));
  QMap<QString, QVector<Village>> byTownship;
  while (q.next())
    byTownship[q.text(2)] << Village {q.text(0), q.text(1), q.text(2), q.real(3), q.real(4), q.real(5)};
  if (q.hasError())
    return q.error();
  if (byTownship.isEmpty())
    return QStringLiteral("fire_forest_areas sample: no villages with geometry");

  // Forest = hill patch, inside the county, off the seat's built-up area, not
  // overlapping a forest already drawn.
  SqlStatement ins(db, QStringLiteral(R"SQL(
INSERT INTO fire_forest_areas (code, name, forest_type, danger_class, area_ha, township_code, manager, geom)
SELECT ?1, ?2, ?3, ?4, ST_Area(g, 1) / 10000.0, ?5, ?6, g FROM (
  SELECT CastToMultiPolygon(CASE WHEN (SELECT COUNT(*) FROM fire_forest_areas) = 0 THEN a
                                 ELSE ST_Difference(a, (SELECT ST_Union(geom) FROM fire_forest_areas)) END) AS g
  FROM (SELECT ST_Difference(ST_Intersection(GeomFromText(?7, 4490), c.geom), ST_Buffer(MakePoint(?8, ?9, 4490), ?10)) AS a
        FROM admin_units c WHERE c.level = 'county'))
WHERE g IS NOT NULL AND ST_Area(g, 1) > 200000
)SQL"));
  int serial = 0;
  for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
    // The seat's community comes first in code order (layers/sample/SampleFrame).
    const Village seat = it.value().first();
    seats.insert(it.key(), seat);
    QVector<Village> hills = it.value().mid(1);
    // Thinly settled villages are the hill ones; keep 5 km off the seat.
    auto km = [&](const Village &v) { return std::hypot((v.x - seat.x) / kmToLon(1, v.y), (v.y - seat.y) / kmToLat(1)); };
    QVector<Village> far;
    std::copy_if(hills.cbegin(), hills.cend(), std::back_inserter(far), [&](const Village &v) { return km(v) >= 5.0; });
    if (!far.isEmpty())
      hills = far;
    std::sort(hills.begin(), hills.end(), [](const Village &a, const Village &b) { return a.density < b.density; });
    const bool countySeat = it == byTownship.cbegin();
    const int wanted = std::min<int>(hills.size(), countySeat ? 1 : 2 + (rng.next() < 0.5 ? 1 : 0));
    for (int i = 0; i < wanted; ++i) {
      const Village &v = hills[i];
      const ForestType &type = pickType(rng);
      const int cls = type.dangerClass;
      const QString code = QStringLiteral("LQ%1").arg(++serial, 3, 10, QLatin1Char('0'));
      const QString name = v.name + QStringLiteral("后山") + QString::fromUtf8(type.suffix);
      ins.reset();
      ins.bind(1, code).bind(2, name).bind(3, QString::fromLatin1(type.code)).bind(4, cls).bind(5, v.township)
        .bind(6, v.name.left(v.name.size() - 1) + QStringLiteral("护林员组"))
        .bind(7, blobWkt(v.x, v.y, rng.uniform(1.6, 3.0), rng))
        .bind(8, seat.x).bind(9, seat.y).bind(10, 0.025); // ~2.5 km around the seat stays open
      if (!ins.exec())
        return ins.error();
    }
  }
  SqlStatement f(db, QStringLiteral("SELECT id, name, township_code, danger_class FROM fire_forest_areas ORDER BY id"));
  while (f.next())
    forests << Forest {f.int64(0), f.text(1), f.text(2), int(f.int64(3))};
  return f.error();
}

QString writePostsAndBreaks(sqlite3 *db, Lcg &rng, const QVector<Forest> &forests, const QMap<QString, Village> &seats)
{
  // The post stands inside its forest (PointOnSurface: on the ridge, for the sample).
  SqlStatement post(db, QStringLiteral(
    "INSERT INTO fire_watch_posts (code, name, view_radius_m, staffed, phone, township_code, geom) "
    "SELECT ?1, ?2, ?3, ?4, ?5, township_code, ST_PointOnSurface(geom) FROM fire_forest_areas WHERE id = ?6"));
  // The firebreak is the arc through the forest edge that faces the township
  // seat, some 400 m in: it shields the seat from a fire coming out of the hill.
  SqlStatement brk(db, QStringLiteral(R"SQL(
INSERT INTO fire_firebreaks (code, name, kind, width_m, length_m, township_code, geom)
SELECT ?1, ?2, ?3, ?4, ST_Length(g, 1), township_code, g FROM (
  SELECT township_code, CastToMultiLineString(ST_Intersection(
           ST_ExteriorRing(ST_Buffer(MakePoint(?5, ?6, 4490), ST_Distance(MakePoint(?5, ?6, 4490), geom) + 0.004)), geom)) AS g
  FROM fire_forest_areas WHERE id = ?7)
WHERE g IS NOT NULL AND ST_Length(g, 1) > 200
)SQL"));
  int posts = 0, breaks = 0;
  for (const Forest &f : forests) {
    if (f.cls <= 2) {
      ++posts;
      post.reset();
      post.bind(1, QStringLiteral("WT%1").arg(posts, 3, 10, QLatin1Char('0')))
        .bind(2, f.name + QStringLiteral("瞭望塔"))
        .bind(3, 1000.0 * std::round(rng.uniform(5, 8)))
        .bind(4, rng.next() < 0.8 ? 1 : 0)
        .bind(5, QStringLiteral("0875-%1").arg(8200000 + posts * 37))
        .bind(6, f.id);
      if (!post.exec())
        return post.error();
    }
    const Village seat = seats.value(f.township);
    const bool engineered = rng.next() < 0.6;
    brk.reset();
    ++breaks;
    brk.bind(1, QStringLiteral("GL%1").arg(breaks, 3, 10, QLatin1Char('0')))
      .bind(2, f.name + (engineered ? QStringLiteral("工程阻隔带") : QStringLiteral("生物阻隔带")))
      .bind(3, engineered ? QStringLiteral("engineered") : QStringLiteral("green"))
      .bind(4, engineered ? (rng.next() < 0.5 ? 20.0 : 30.0) : 10.0 * std::round(rng.uniform(2, 5)))
      .bind(5, seat.x).bind(6, seat.y).bind(7, f.id);
    if (!brk.exec()) // a forest without a usable arc simply gets none
      return brk.error();
  }
  return {};
}

struct Hotspot
{
  const char *source;
  const char *detectedAt;
  int confidence;
  const char *status;
  const char *note;
  bool inForest;
};

// Last high season's satellite hotspots as the county's 热点核查 ledger has
// them: most turn out to be burning straw or rubbish near villages (false),
// a few were real fires, put out.
const Hotspot kHotspots[] = {
  {"fy3d", "2024-02-18T13:42:00+08:00", 82, "extinguished", "林下烧荒引发，已扑灭，过火约0.6公顷", true},
  {"himawari9", "2024-03-02T14:10:00+08:00", 64, "false", "核实为农户焚烧秸秆", false},
  {"npp_viirs", "2024-03-09T02:31:00+08:00", 71, "false", "核实为砖厂窑炉热源", false},
  {"fy4b", "2024-03-15T13:55:00+08:00", 88, "verified", "护林员到场核实为林火，正在处置", true},
  {"modis", "2024-03-28T11:20:00+08:00", 55, "false", "核实为清明祭扫焚烧纸钱，已劝阻", false},
  {"himawari9", "2024-04-04T15:05:00+08:00", 77, "extinguished", "祭祀用火引发，已扑灭，过火约1.2公顷", true},
  {"fy3d", "2024-04-21T13:38:00+08:00", 69, "pending", "已通知乡镇核查", true},
  {"patrol", "2024-05-06T16:12:00+08:00", 90, "false", "巡护员报告为烧荒，已处置", false},
};

QString writeHotspots(sqlite3 *db, Lcg &rng, const QVector<Forest> &forests)
{
  SqlStatement box(db, QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM fire_forest_areas WHERE id = ?1"));
  SqlStatement inside(db, QStringLiteral("SELECT ST_Within(MakePoint(?1, ?2, 4490), geom) FROM fire_forest_areas WHERE id = ?3"));
  // Off-forest ones: near a village centre, outside every forest.
  SqlStatement villages(db, QStringLiteral(
    "SELECT X(ST_Centroid(v.geom)), Y(ST_Centroid(v.geom)) FROM admin_units v WHERE v.level = 'village' AND v.geom IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM fire_forest_areas f WHERE ST_Intersects(f.geom, ST_Centroid(v.geom))) ORDER BY v.code"));
  QVector<QPointF> open;
  while (villages.next())
    open << QPointF(villages.real(0), villages.real(1));
  if (villages.hasError())
    return villages.error();
  SqlStatement ins(db, QStringLiteral(
    "INSERT INTO fire_hotspots (code, source, detected_at, confidence, status, note, township_code, geom) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
    " (SELECT code FROM admin_units WHERE level = 'township' AND ST_Within(MakePoint(?7, ?8, 4490), geom) LIMIT 1), "
    " MakePoint(?7, ?8, 4490))"));
  int serial = 0;
  for (const Hotspot &h : kHotspots) {
    double x = 0, y = 0;
    if (h.inForest && !forests.isEmpty()) {
      const Forest &f = forests[int(rng.next() * forests.size()) % forests.size()];
      box.reset();
      box.bind(1, f.id);
      if (!box.next())
        return box.error();
      const double x0 = box.real(0), y0 = box.real(1), x1 = box.real(2), y1 = box.real(3);
      for (int attempt = 0; attempt < 50; ++attempt) {
        x = rng.uniform(x0, x1);
        y = rng.uniform(y0, y1);
        inside.reset();
        inside.bind(1, x).bind(2, y).bind(3, f.id);
        if (inside.next() && inside.int64(0) == 1)
          break;
      }
    } else if (!open.isEmpty()) {
      const QPointF p = open[int(rng.next() * open.size()) % open.size()];
      x = p.x() + kmToLon(rng.uniform(-0.4, 0.4), p.y());
      y = p.y() + kmToLat(rng.uniform(-0.4, 0.4));
    } else {
      continue;
    }
    ins.reset();
    ins.bind(1, QStringLiteral("RD%1").arg(++serial, 3, 10, QLatin1Char('0')))
      .bind(2, QString::fromLatin1(h.source)).bind(3, QString::fromLatin1(h.detectedAt)).bind(4, h.confidence)
      .bind(5, QString::fromLatin1(h.status)).bind(6, QString::fromUtf8(h.note))
      .bind(7, std::round(x * 1e7) / 1e7).bind(8, std::round(y * 1e7) / 1e7);
    if (!ins.exec())
      return ins.error();
  }
  return {};
}

// One fire in the largest class-1 forest, labelled as a sample: a dry, windy
// high-season afternoon (south-west wind, as in Yunnan's dry season), lit
// some 600 m south-west of the stand's watch post.
QString writeSampleFire(sqlite3 *db)
{
  SqlStatement ins(db, QStringLiteral(
    "INSERT INTO fire_events (name, started_at, wind_speed, wind_from_deg, duration_h, fuel_type, r0_m_per_min, source, geom) "
    "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ST_Within(ST_Translate(p, -0.005, -0.004, 0), geom) "
    "  THEN ST_Translate(p, -0.005, -0.004, 0) ELSE p END "
    "FROM (SELECT geom, ST_PointOnSurface(geom) AS p FROM fire_forest_areas ORDER BY danger_class, area_ha DESC, id LIMIT 1)"));
  ins.bind(1, QStringLiteral("样例火情（非真实）")).bind(2, QStringLiteral("2024-03-15T13:40:00+08:00"))
    .bind(3, 4.0).bind(4, 225.0).bind(5, 6.0).bind(6, QStringLiteral("litter")).bind(7, 1.5)
    .bind(8, QStringLiteral("样例数据，非真实火情"));
  return ins.exec() ? QString() : ins.error();
}

} // namespace

QString writeSampleFireData(sqlite3 *db, quint64 seed)
{
  Lcg rng {seed ^ 0x666972656FULL};
  QVector<Forest> forests;
  QMap<QString, Village> seats;
  QString e = writeForests(db, rng, forests, seats);
  if (e.isEmpty())
    e = writePostsAndBreaks(db, rng, forests, seats);
  if (e.isEmpty())
    e = writeHotspots(db, rng, forests);
  if (e.isEmpty())
    e = writeSampleFire(db);
  return e;
}

} // namespace onemap::forestfire
