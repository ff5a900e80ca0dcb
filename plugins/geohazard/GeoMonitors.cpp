#include "GeoMonitors.h"

#include "GeoSql.h"

#include <QVector>
#include <cmath>
#include <sqlite3.h>

namespace onemap::geohazard {

const QStringList &geoHazardTypes()
{
  // The codes the board's registers and sample use (layers/sample/SampleHazards).
  static const QStringList t {QStringLiteral("landslide"), QStringLiteral("collapse"), QStringLiteral("debris_flow"),
                              QStringLiteral("unstable_slope"), QStringLiteral("subsidence")};
  return t;
}

QStringList monitorMigrations()
{
  return {QStringLiteral(R"SQL(
CREATE TABLE geo_monitors (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  danger_id INTEGER NOT NULL REFERENCES hidden_dangers(id),
  kind TEXT NOT NULL CHECK (kind IN ('gnss','crack_meter','rain_gauge')),
  unit TEXT NOT NULL,
  threshold_yellow REAL NOT NULL,
  threshold_orange REAL NOT NULL,
  threshold_red REAL NOT NULL,
  latest_value REAL,
  latest_time TEXT,
  CHECK (threshold_yellow < threshold_orange AND threshold_orange < threshold_red));
CREATE INDEX geo_monitors_danger ON geo_monitors(danger_id);
SELECT AddGeometryColumn('geo_monitors', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('geo_monitors', 'geom');
)SQL")};
}

namespace {

// A small deterministic generator so a seed always gives the same sample.
struct Lcg
{
  quint64 s;
  double next()
  {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return double(s >> 11) / double(1ULL << 53);
  }
};

struct Kind
{
  const char *code;
  const char *suffix;
  const char *unit;
  double yellow, orange, red, typical;
};

// Thresholds as county monitoring plans set them: cumulative displacement (mm),
// crack opening (mm), 24 h rainfall (mm).
const Kind kKinds[] = {
  {"gnss", "GNSS位移监测站", "mm", 30, 60, 100, 8},
  {"crack_meter", "裂缝计", "mm", 10, 20, 40, 2},
  {"rain_gauge", "雨量计", "mm", 50, 100, 150, 12},
};

} // namespace

QString writeSampleMonitors(sqlite3 *db, quint64 seed)
{
  // The type list is geoHazardTypes(), spelled out so the SQL stays a constant.
  // Most populous open points first: that is where counties put instruments.
  Sql points(db, "SELECT id, code, name, X(geom), Y(geom) FROM hidden_dangers "
                 "WHERE hazard_type IN ('landslide','collapse','debris_flow','unstable_slope','subsidence') "
                 "AND geom IS NOT NULL AND status <> 'signed_off' "
                 "ORDER BY threatened_people DESC, id LIMIT 18");
  struct Point { qint64 id; QString code, name; double x, y; };
  QVector<Point> list;
  while (points.next())
    list << Point {points.int64(0), points.text(1), points.text(2), points.real(3), points.real(4)};
  if (!points.error().isEmpty())
    return points.error();

  Sql insert(db, "INSERT INTO geo_monitors (code, name, danger_id, kind, unit, threshold_yellow, threshold_orange, "
                 "threshold_red, latest_value, latest_time, geom) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, MakePoint(?11, ?12, 4490))");
  if (!insert.error().isEmpty())
    return insert.error();
  Lcg rng {seed ^ 0x67656FULL};
  int serial = 0;
  for (const Point &p : list) {
    // Every point has a rain gauge; larger ones also GNSS and a crack meter.
    const int kinds = 1 + int(rng.next() * 3);
    for (int k = 0; k < kinds; ++k) {
      const Kind &kind = kKinds[(k + 2) % 3];
      const double value = kind.typical * (0.3 + 1.4 * rng.next());
      insert.reset();
      insert.bind(1, QStringLiteral("GM%1").arg(++serial, 4, 10, QLatin1Char('0')))
        .bind(2, p.name + QString::fromUtf8(kind.suffix))
        .bind(3, p.id)
        .bind(4, QString::fromLatin1(kind.code))
        .bind(5, QString::fromLatin1(kind.unit))
        .bind(6, kind.yellow)
        .bind(7, kind.orange)
        .bind(8, kind.red)
        .bind(9, std::round(value * 10) / 10)
        .bind(10, QStringLiteral("2024-06-20T08:00:00+08:00"))
        .bind(11, p.x + (rng.next() - 0.5) * 0.002) // within ~100 m of the point
        .bind(12, p.y + (rng.next() - 0.5) * 0.002);
      if (!insert.exec())
        return insert.error();
    }
  }
  return {};
}

} // namespace onemap::geohazard
