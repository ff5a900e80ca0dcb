#include "HazmatTables.h"

#include "ReleaseZone.h"
#include "sample/Lcg.h"
#include "store/SqlStatement.h"

#include <QVector>
#include <sqlite3.h>
#include <QtMath>
#include <cmath>

namespace onemap::hazmat {

QStringList tableMigrations()
{
  // Grades: 重大危险源 一~四级 (GB 18218-2018, 一级 most dangerous);
  // 尾矿库 一~五等 (GB 50863-2013 by total capacity and dam height).
  return {QStringLiteral(R"SQL(
CREATE TABLE hazmat_sources (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  enterprise TEXT NOT NULL,
  name TEXT NOT NULL,
  un TEXT NOT NULL CHECK (length(un) = 4 AND un GLOB '[0-9][0-9][0-9][0-9]'),
  quantity_t REAL NOT NULL CHECK (quantity_t > 0),
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  village_code TEXT,
  contact TEXT,
  phone TEXT);
SELECT AddGeometryColumn('hazmat_sources', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('hazmat_sources', 'geom');

CREATE TABLE hazmat_tailings_ponds (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  enterprise TEXT NOT NULL,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
  dam_height_m REAL NOT NULL CHECK (dam_height_m > 0 AND dam_height_m < 400),
  capacity_1e4m3 REAL NOT NULL CHECK (capacity_1e4m3 > 0),
  downstream_deg REAL NOT NULL CHECK (downstream_deg >= 0 AND downstream_deg < 360),
  influence_km REAL NOT NULL CHECK (influence_km > 0 AND influence_km <= 50),
  status TEXT NOT NULL DEFAULT 'operating' CHECK (status IN ('operating','idle','closed')),
  village_code TEXT);
SELECT AddGeometryColumn('hazmat_tailings_ponds', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('hazmat_tailings_ponds', 'geom');

CREATE TABLE hazmat_pond_stations (
  pond_id INTEGER NOT NULL REFERENCES hazmat_tailings_ponds(id) ON DELETE CASCADE,
  station_code TEXT NOT NULL,
  PRIMARY KEY (pond_id, station_code));

CREATE TABLE hazmat_sensors (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES hazmat_sources(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('gas','level')),
  unit TEXT NOT NULL,
  threshold REAL NOT NULL CHECK (threshold > 0),
  latest_value REAL,
  latest_time TEXT);
CREATE INDEX hazmat_sensors_source ON hazmat_sensors(source_id);
SELECT AddGeometryColumn('hazmat_sensors', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('hazmat_sensors', 'geom');

CREATE TABLE hazmat_releases (
  id INTEGER PRIMARY KEY,
  source_id INTEGER REFERENCES hazmat_sources(id) ON DELETE SET NULL,
  un TEXT NOT NULL CHECK (length(un) = 4),
  spill TEXT NOT NULL CHECK (spill IN ('small','large')),
  period TEXT NOT NULL CHECK (period IN ('day','night')),
  container TEXT CHECK (container IS NULL OR container IN
    ('rail_tank_car','highway_tank','agricultural_nurse_tank','ton_cylinders','small_cylinders')),
  wind_from_deg REAL NOT NULL CHECK (wind_from_deg >= 0 AND wind_from_deg <= 360),
  wind_speed_ms REAL NOT NULL CHECK (wind_speed_ms >= 0 AND wind_speed_ms <= 60),
  occurred_at TEXT NOT NULL,
  note TEXT);
CREATE INDEX hazmat_releases_time ON hazmat_releases(occurred_at);
SELECT AddGeometryColumn('hazmat_releases', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('hazmat_releases', 'geom');
)SQL")};
}

namespace {

struct SourceKind
{
  const char *enterprise; // suffix after the township name
  const char *name;
  const char *un;
  double tonnes;
  int grade;
  double gasThreshold;    // mg/m3: GBZ 2.1-2019 OEL (MAC, or PC-STEL where no MAC),
                          // the first alarm setpoint GB/T 50493-2019 allows for toxic gas
};

const SourceKind kSources[] = {
  {"自来水厂", "液氯钢瓶库", "1017", 12, 3, 1.0},           // Cl2 MAC 1
  {"冷链物流公司", "液氨制冷系统", "1005", 28, 2, 30.0},    // NH3 PC-STEL 30
  {"化工有限公司", "氯化氢合成工段", "1050", 15, 3, 7.5},   // HCl MAC 7.5
  {"硫酸厂", "二氧化硫储罐区", "1079", 40, 2, 10.0},        // SO2 PC-STEL 10
  {"污水处理厂", "硫化氢脱硫单元", "1053", 2, 4, 10.0},     // H2S MAC 10
};

struct Point { double x, y; QString code, name; };

} // namespace

QString writeSample(sqlite3 *db, quint64 seed)
{
  Lcg rng {seed ^ 0x68617A6DULL};
  // Township seats: the most populous village of each township; the source
  // stands on the road nearest to it, a few hundred metres out of the village.
  QVector<Point> seats;
  {
    SqlStatement q(db, QStringLiteral(
      "SELECT X(ST_Centroid(v.geom)), Y(ST_Centroid(v.geom)), v.code, t.name FROM admin_units v "
      "JOIN admin_units t ON t.code = v.parent_code WHERE v.level = 'village' AND v.geom IS NOT NULL "
      "AND v.population = (SELECT MAX(population) FROM admin_units w WHERE w.parent_code = v.parent_code AND w.level = 'village') "
      "ORDER BY v.parent_code"));
    while (q.next())
      seats << Point {q.real(0), q.real(1), q.text(2), q.text(3)};
    if (q.hasError())
      return q.error();
  }
  if (seats.isEmpty())
    return QStringLiteral("hazmat sample: no villages with geometry");

  SqlStatement road(db, QStringLiteral(
    "SELECT X(p), Y(p) FROM (SELECT ST_ClosestPoint(r.geom, MakePoint(?1, ?2, 4490)) AS p "
    "FROM roads r WHERE r.geom IS NOT NULL ORDER BY ST_Distance(r.geom, MakePoint(?1, ?2, 4490)) LIMIT 1)"));
  SqlStatement src(db, QStringLiteral(
    "INSERT INTO hazmat_sources (code, enterprise, name, un, quantity_t, grade, village_code, contact, phone, geom) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, MakePoint(?10, ?11, 4490))"));
  SqlStatement sensor(db, QStringLiteral(
    "INSERT INTO hazmat_sensors (code, name, source_id, kind, unit, threshold, latest_value, latest_time, geom) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, MakePoint(?9, ?10, 4490))"));
  const int offset = int(seed % quint64(seats.size()));
  const int nSources = std::min<int>(int(sizeof(kSources) / sizeof(kSources[0])), seats.size());
  int serial = 0;
  for (int i = 0; i < nSources; ++i) {
    const Point &seat = seats.at((offset + i * 2) % seats.size());
    const SourceKind &k = kSources[i];
    road.reset();
    road.bind(1, seat.x).bind(2, seat.y);
    double x = seat.x, y = seat.y;
    if (road.next()) {
      x = road.real(0);
      y = road.real(1);
    }
    // 300-600 m off the road, away from the seat.
    double e = 0, n = 0;
    toLocalM(seat.x, seat.y, x, y, e, n);
    const double len = std::max(1.0, std::hypot(e, n)), off = 300 + 300 * rng.next();
    toLonLat(x, y, 0, 0, x, y);
    toLonLat(x, y, e / len * off, n / len * off, x, y);
    src.reset();
    src.bind(1, QStringLiteral("WXY%1").arg(i + 1, 3, 10, QLatin1Char('0')))
      .bind(2, seat.name + QString::fromUtf8(k.enterprise)).bind(3, QString::fromUtf8(k.name))
      .bind(4, QString::fromLatin1(k.un)).bind(5, k.tonnes).bind(6, k.grade).bind(7, seat.code)
      .bind(8, QStringLiteral("安全负责人（样例）")).bind(9, QStringLiteral("0871-0000%1").arg(100 + i))
      .bind(10, x).bind(11, y);
    if (!src.exec())
      return src.error();
    const qint64 sourceId = sqlite3_last_insert_rowid(db);
    // Two gas detectors and a tank level gauge per source; the first source's
    // first detector reads over its threshold so the sample shows an alarm.
    for (int s = 0; s < 3; ++s) {
      const bool gas = s < 2;
      const double threshold = gas ? k.gasThreshold : 85.0;
      const double value = (i == 0 && s == 0) ? threshold * 1.6 : threshold * (0.05 + 0.5 * rng.next());
      double sx = 0, sy = 0;
      toLonLat(x, y, (rng.next() - 0.5) * 80, (rng.next() - 0.5) * 80, sx, sy);
      sensor.reset();
      sensor.bind(1, QStringLiteral("WXY%1-%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(++serial))
        .bind(2, QString::fromUtf8(k.name) + (gas ? QStringLiteral("有毒气体探测器%1").arg(s + 1) : QStringLiteral("储罐液位计")))
        .bind(3, sourceId).bind(4, gas ? QStringLiteral("gas") : QStringLiteral("level"))
        .bind(5, gas ? QStringLiteral("mg/m3") : QStringLiteral("%")).bind(6, threshold)
        .bind(7, std::round(value * 100) / 100).bind(8, QStringLiteral("2024-06-20T08:00:00+08:00")).bind(9, sx).bind(10, sy);
      if (!sensor.exec())
        return sensor.error();
    }
  }

  // Tailings ponds: on the slope above a river, 1-2 km from it, the dam
  // facing the river (downstream direction = towards the nearest river point).
  struct River { double x, y; };
  QVector<River> riverPoints;
  {
    SqlStatement q(db, QStringLiteral("SELECT X(ST_Line_Interpolate_Point(geom, ?1)), Y(ST_Line_Interpolate_Point(geom, ?1)) "
                                      "FROM rivers WHERE geom IS NOT NULL ORDER BY ST_Length(geom) DESC, id LIMIT 3"));
    q.bind(1, 0.3 + 0.4 * rng.next());
    while (q.next())
      riverPoints << River {q.real(0), q.real(1)};
    if (q.hasError())
      return q.error();
  }
  if (riverPoints.isEmpty())
    riverPoints << River {seats.first().x, seats.first().y};
  struct PondKind { const char *name; const char *enterprise; int grade; double height, capacity, influence; };
  const PondKind kPonds[] = {
    {"大箐沟尾矿库", "铅锌矿业有限公司", 3, 62, 420, 6.0},
    {"石板沟尾矿库", "铜矿开发有限公司", 4, 35, 180, 4.0},
    {"白泥塘尾矿库", "磷化工有限公司", 5, 18, 45, 2.0},
  };
  SqlStatement pond(db, QStringLiteral(
    "INSERT INTO hazmat_tailings_ponds (code, name, enterprise, grade, dam_height_m, capacity_1e4m3, downstream_deg, influence_km, "
    "status, village_code, geom) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'operating', "
    "(SELECT code FROM admin_units WHERE level = 'village' AND ST_Contains(geom, MakePoint(?9, ?10, 4490)) = 1 LIMIT 1), "
    "MakePoint(?9, ?10, 4490))"));
  SqlStatement station(db, QStringLiteral(
    "INSERT INTO stations (code, name, kind, latest_value, latest_time, threshold, unit, village_code, geom) "
    "VALUES (?1, ?2, 'tailings', ?3, ?4, ?5, ?6, (SELECT village_code FROM hazmat_tailings_ponds WHERE id = ?7), MakePoint(?8, ?9, 4490))"));
  SqlStatement link(db, QStringLiteral("INSERT INTO hazmat_pond_stations (pond_id, station_code) VALUES (?1, ?2)"));
  for (int i = 0; i < 3; ++i) {
    const PondKind &k = kPonds[i];
    const River &r = riverPoints.at(i % riverPoints.size());
    const double bearing = 2 * M_PI * rng.next(), dist = 1000 + 1000 * rng.next();
    double x = 0, y = 0;
    toLonLat(r.x, r.y, dist * std::sin(bearing), dist * std::cos(bearing), x, y);
    const double downstream = std::fmod(qRadiansToDegrees(bearing) + 180.0, 360.0);
    pond.reset();
    pond.bind(1, QStringLiteral("WKK%1").arg(i + 1, 3, 10, QLatin1Char('0'))).bind(2, QString::fromUtf8(k.name))
      .bind(3, QString::fromUtf8(k.enterprise)).bind(4, k.grade).bind(5, k.height).bind(6, k.capacity)
      .bind(7, std::round(downstream * 10) / 10).bind(8, k.influence).bind(9, x).bind(10, y);
    if (!pond.exec())
      return pond.error();
    const qint64 pondId = sqlite3_last_insert_rowid(db);
    // 坝体位移 (dam displacement, mm) and 库水位 (pond level above the dam-crest
    // warning line, m); the second pond's displacement is over its threshold.
    struct St { const char *suffix, *unit; double threshold, value; };
    const St sts[] = {{"坝体位移监测", "mm", 30, i == 1 ? 41.5 : 6 + 10 * rng.next()},
                      {"库水位监测", "m", 2.0, 0.4 + rng.next()}};
    for (int s = 0; s < 2; ++s) {
      const QString code = QStringLiteral("WKK%1-S%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(s + 1);
      double sx = 0, sy = 0;
      toLonLat(x, y, 60 * (s ? 1 : -1) * std::sin(bearing), 60 * (s ? 1 : -1) * std::cos(bearing), sx, sy);
      station.reset();
      station.bind(1, code).bind(2, QString::fromUtf8(k.name) + QString::fromUtf8(sts[s].suffix))
        .bind(3, std::round(sts[s].value * 10) / 10).bind(4, QStringLiteral("2024-06-20T08:00:00+08:00"))
        .bind(5, sts[s].threshold).bind(6, QString::fromLatin1(sts[s].unit)).bind(7, pondId).bind(8, sx).bind(9, sy);
      if (!station.exec())
        return station.error();
      link.reset();
      link.bind(1, pondId).bind(2, code);
      if (!link.exec())
        return link.error();
    }
  }
  return {};
}

} // namespace onemap::hazmat
