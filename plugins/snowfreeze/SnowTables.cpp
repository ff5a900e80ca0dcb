#include "SnowTables.h"

#include "RoadGraph.h"
#include "Terrain.h"
#include "sample/Rng.h"
#include "store/SqlStatement.h"

#include <QHash>
#include <cmath>

namespace onemap::snowfreeze {

QStringList snowMigrations()
{
  return {QStringLiteral(R"SQL(
CREATE TABLE snow_road_segments (
  id INTEGER PRIMARY KEY,
  road_id INTEGER NOT NULL UNIQUE REFERENCES roads(id) ON DELETE CASCADE,
  min_alt_m REAL NOT NULL CHECK (min_alt_m BETWEEN -500 AND 9000),
  max_alt_m REAL NOT NULL CHECK (max_alt_m BETWEEN -500 AND 9000),
  icing_prone INTEGER NOT NULL DEFAULT 0 CHECK (icing_prone IN (0, 1)),
  icing_kind TEXT CHECK (icing_kind IN ('bridge','shaded_slope','pass','tunnel_mouth')),
  icing_alt_m REAL CHECK (icing_alt_m BETWEEN -500 AND 9000),
  CHECK (min_alt_m <= max_alt_m),
  CHECK ((icing_prone = 0 AND icing_kind IS NULL AND icing_alt_m IS NULL)
      OR (icing_prone = 1 AND icing_kind IS NOT NULL AND icing_alt_m IS NOT NULL)));
SELECT AddGeometryColumn('snow_road_segments', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('snow_road_segments', 'geom');
CREATE TABLE snow_power_lines (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  voltage_kv INTEGER NOT NULL CHECK (voltage_kv IN (10, 35, 110, 220, 500)),
  design_ice_mm REAL NOT NULL CHECK (design_ice_mm >= 0 AND design_ice_mm <= 60),
  min_alt_m REAL NOT NULL CHECK (min_alt_m BETWEEN -500 AND 9000),
  max_alt_m REAL NOT NULL CHECK (max_alt_m BETWEEN -500 AND 9000),
  households_served INTEGER NOT NULL DEFAULT 0 CHECK (households_served >= 0),
  owner TEXT,
  CHECK (min_alt_m <= max_alt_m));
SELECT AddGeometryColumn('snow_power_lines', 'geom', 4490, 'LINESTRING', 'XY');
SELECT CreateSpatialIndex('snow_power_lines', 'geom');
CREATE TABLE snow_village_altitude (
  id INTEGER PRIMARY KEY,
  village_code TEXT NOT NULL UNIQUE REFERENCES admin_units(code) CHECK (length(village_code) = 12),
  altitude_m REAL NOT NULL CHECK (altitude_m BETWEEN -500 AND 9000));
SELECT AddGeometryColumn('snow_village_altitude', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('snow_village_altitude', 'geom');
)SQL")};
}

namespace {

struct RoadRow
{
  qint64 id;
  QString roadClass;
  QVector<QPointF> line;
};

// Design ice the line was built for, by the ice zone of its highest point
// (GB 50545-2010 light / medium, DL/T 5440-2009 heavy above 20 mm).
double designIceFor(double maxAltM)
{
  if (maxAltM < 1500)
    return 10;
  if (maxAltM < 1900)
    return 15;
  if (maxAltM < 2200)
    return 20;
  return 30;
}

QString writeVillages(sqlite3 *db, const Terrain &terrain, const RoadGraph &graph)
{
  SqlStatement v(db, QStringLiteral("SELECT code, X(ST_Centroid(geom)), Y(ST_Centroid(geom)), "
                                    "X(ST_PointOnSurface(geom)), Y(ST_PointOnSurface(geom)) "
                                    "FROM admin_units WHERE level = ?1 AND geom IS NOT NULL ORDER BY code"));
  v.bind(1, QStringLiteral("village"));
  SqlStatement inside(db, QStringLiteral("SELECT ST_Contains(geom, MakePoint(?1, ?2, 4490)) FROM admin_units WHERE code = ?3"));
  SqlStatement ins(db, QStringLiteral("INSERT INTO snow_village_altitude (village_code, altitude_m, geom) VALUES (?1, ?2, MakePoint(?3, ?4, 4490))"));
  while (v.next()) {
    // The village's road node when it has one (the road ends at its centre),
    // so the village and the end of its road share one altitude.
    double x = v.real(3), y = v.real(4);
    const int node = graph.nearestNode(v.real(1), v.real(2));
    if (node >= 0) {
      const RoadEdge &e = graph.edges().at(graph.edgesAt(node).first());
      const bool first = graph.ends(graph.edgesAt(node).first()).first == node;
      const double nx = first ? e.ax : e.bx, ny = first ? e.ay : e.by;
      inside.reset();
      inside.bind(1, nx).bind(2, ny).bind(3, v.text(0));
      if (inside.next() && inside.int64(0) == 1) {
        x = nx;
        y = ny;
      }
    }
    ins.reset();
    ins.bind(1, v.text(0)).bind(2, terrain.altitudeM(x, y)).bind(3, x).bind(4, y);
    if (!ins.exec())
      return ins.error();
  }
  return v.error();
}

QString writeRoads(sqlite3 *db, const Terrain &terrain, const QVector<RoadRow> &roads, Rng &rng)
{
  // Bridges: where a road crosses a river.
  QHash<qint64, QPointF> bridges;
  SqlStatement b(db, QStringLiteral("SELECT id, COALESCE(X(p), X(GeometryN(p, 1))), COALESCE(Y(p), Y(GeometryN(p, 1))) FROM "
                                    "(SELECT ro.id AS id, ri.id AS river, ST_Intersection(ro.geom, ri.geom) AS p "
                                    " FROM roads ro JOIN rivers ri ON ST_Crosses(ro.geom, ri.geom) = 1) ORDER BY id, river"));
  while (b.next())
    if (!bridges.contains(b.int64(0)) && !b.isNull(1))
      bridges.insert(b.int64(0), QPointF(b.real(1), b.real(2)));
  if (b.hasError())
    return b.error();

  SqlStatement ins(db, QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m, icing_prone, icing_kind, icing_alt_m, geom) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, CASE WHEN ?7 IS NULL THEN NULL ELSE MakePoint(?7, ?8, 4490) END)"));
  for (const RoadRow &r : roads) {
    double lo = 0, hi = 0;
    terrain.rangeAlong(r.line, &lo, &hi);
    ins.reset();
    ins.bind(1, r.id).bind(2, lo).bind(3, hi);
    if (bridges.contains(r.id)) {
      const QPointF p = bridges.value(r.id);
      ins.bind(4, 1).bind(5, QStringLiteral("bridge")).bind(6, terrain.altitudeM(p.x(), p.y())).bind(7, p.x()).bind(8, p.y());
    } else if (hi >= 1600 && rng.chance(0.2)) {
      // A north-facing cut somewhere along the road: no winter sun.
      const double t = rng.uniform(0.2, 0.8);
      const int i = std::min(int(t * (r.line.size() - 1)), r.line.size() - 2);
      const double f = t * (r.line.size() - 1) - i;
      const QPointF p = r.line[i] + (r.line[i + 1] - r.line[i]) * f;
      ins.bind(4, 1).bind(5, QStringLiteral("shaded_slope")).bind(6, terrain.altitudeM(p.x(), p.y())).bind(7, p.x()).bind(8, p.y());
    } else {
      ins.bind(4, 0).bind(5, QVariant()).bind(6, QVariant()).bind(7, QVariant()).bind(8, QVariant());
    }
    if (!ins.exec())
      return QStringLiteral("snow_road_segments, road %1: %2").arg(r.id).arg(ins.error());
  }
  return {};
}

// 城关镇 -> 城关: line names use the place without 镇/乡.
QString shortName(const QString &township)
{
  return township.endsWith(QStringLiteral("镇")) || township.endsWith(QStringLiteral("乡")) ? township.chopped(1) : township;
}

QString placeName(sqlite3 *db, const QString &level, QPointF p, qint64 *households)
{
  SqlStatement q(db, QStringLiteral("SELECT name, COALESCE(households, 0) FROM admin_units WHERE level = ?1 AND geom IS NOT NULL "
                                    "AND ST_Contains(geom, MakePoint(?2, ?3, 4490)) = 1 ORDER BY code LIMIT 1"));
  q.bind(1, level).bind(2, p.x()).bind(3, p.y());
  if (!q.next())
    return QString();
  if (households)
    *households = q.int64(1);
  return q.text(0);
}

QString writeLines(sqlite3 *db, const Terrain &terrain, const QVector<RoadRow> &roads, Rng &rng)
{
  SqlStatement within(db, QStringLiteral("SELECT ST_Within(GeomFromText(?1, 4490), geom) FROM admin_units WHERE level = ?2 ORDER BY code LIMIT 1"));
  SqlStatement ins(db, QStringLiteral("INSERT INTO snow_power_lines (code, name, voltage_kv, design_ice_mm, min_alt_m, max_alt_m, "
                                      "households_served, owner, geom) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, GeomFromText(?9, 4490))"));
  int serial = 0;
  auto add = [&](const RoadRow &r, int kv) -> QString {
    // Lines run beside the road, ~80 m off it, unless that leaves the county.
    QVector<QPointF> line;
    for (const QPointF &p : r.line)
      line << QPointF(p.x() + 0.0007, p.y() + 0.0005);
    within.reset();
    within.bind(1, lineStringWkt(line)).bind(2, QStringLiteral("county"));
    if (!within.next() || within.int64(0) != 1)
      line = r.line;
    double lo = 0, hi = 0;
    terrain.rangeAlong(line, &lo, &hi);
    qint64 households = 0;
    const QString from = placeName(db, QStringLiteral("township"), r.line.first(), nullptr);
    QString name;
    double design = designIceFor(hi);
    if (kv == 10) {
      const QString village = placeName(db, QStringLiteral("village"), r.line.last(), &households);
      name = QStringLiteral("10kV%1支线").arg(village);
      design = rng.chance(0.5) ? 5 : 10; // old rural lines: GB 50061-2010 light ice
    } else {
      const QString to = placeName(db, QStringLiteral("township"), r.line.last(), &households);
      name = QStringLiteral("%1kV%2—%3线").arg(kv).arg(shortName(from), shortName(to));
      if (rng.chance(0.25) && design > 10)
        design -= 5; // built before the ice zone was raised
    }
    ins.reset();
    ins.bind(1, QStringLiteral("SL%1").arg(++serial, 3, 10, QLatin1Char('0'))).bind(2, name).bind(3, kv).bind(4, design)
      .bind(5, lo).bind(6, hi).bind(7, households).bind(8, QStringLiteral("示范县供电公司（样例）")).bind(9, lineStringWkt(line));
    return ins.exec() ? QString() : QStringLiteral("snow_power_lines %1: %2").arg(name, ins.error());
  };
  // Trunk lines along the seat-to-seat roads.
  for (const RoadRow &r : roads)
    if (r.roadClass == QLatin1String("national") || r.roadClass == QLatin1String("provincial") || r.roadClass == QLatin1String("county"))
      if (const QString e = add(r, r.roadClass == QLatin1String("county") ? 35 : 110); !e.isEmpty())
        return e;
  // One 10 kV branch per township seat, up its highest township road.
  QHash<QString, QPair<double, int>> highestFromSeat;
  for (int i = 0; i < roads.size(); ++i)
    if (roads[i].roadClass == QLatin1String("township")) {
      double lo = 0, hi = 0;
      terrain.rangeAlong(roads[i].line, &lo, &hi);
      const QString key = QString::number(roads[i].line.first().x(), 'g', 17) + QLatin1Char(',') + QString::number(roads[i].line.first().y(), 'g', 17);
      if (!highestFromSeat.contains(key) || highestFromSeat.value(key).first < hi)
        highestFromSeat.insert(key, qMakePair(hi, i));
    }
  QVector<int> branches;
  for (const auto &v : highestFromSeat)
    branches << v.second;
  std::sort(branches.begin(), branches.end());
  for (int i : branches)
    if (const QString e = add(roads[i], 10); !e.isEmpty())
      return e;
  return {};
}

} // namespace

QString writeSampleTables(sqlite3 *db, quint64 seed)
{
  QString error;
  const std::optional<Terrain> terrain = Terrain::fromStore(db, &error);
  if (!terrain)
    return error;
  QVector<RoadRow> roads;
  QVector<RoadEdge> edges;
  SqlStatement q(db, QStringLiteral("SELECT id, road_class, AsText(geom) FROM roads WHERE geom IS NOT NULL ORDER BY id"));
  while (q.next()) {
    const QVector<QPointF> line = parseLineString(q.text(2));
    if (line.size() < 2)
      continue;
    roads << RoadRow {q.int64(0), q.text(1), line};
    edges << RoadEdge {q.int64(0), line.first().x(), line.first().y(), line.last().x(), line.last().y()};
  }
  if (q.hasError())
    return q.error();
  Rng rng(seed ^ 0x736E6F77ULL); // "snow"
  const RoadGraph graph(edges);
  if (QString e = writeVillages(db, *terrain, graph); !e.isEmpty())
    return e;
  if (QString e = writeRoads(db, *terrain, roads, rng); !e.isEmpty())
    return e;
  return writeLines(db, *terrain, roads, rng);
}

} // namespace onemap::snowfreeze
