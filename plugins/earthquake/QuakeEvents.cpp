#include "QuakeEvents.h"

#include "store/SqlStatement.h"

namespace onemap::earthquake {

QStringList quakeEventMigrations()
{
  return {QStringLiteral(R"SQL(
CREATE TABLE quake_events (
  id INTEGER PRIMARY KEY,
  magnitude REAL NOT NULL CHECK (magnitude > 0 AND magnitude < 10),
  depth_km REAL CHECK (depth_km >= 0),
  occurred_at TEXT NOT NULL,
  place TEXT NOT NULL,
  source TEXT NOT NULL,
  long_axis_azimuth REAL NOT NULL DEFAULT 0,
  region TEXT NOT NULL DEFAULT 'moderate_strong'
    CHECK (region IN ('eastern_strong','moderate_strong','xinjiang','qinghai_tibet')));
CREATE INDEX quake_events_time ON quake_events(occurred_at);
SELECT AddGeometryColumn('quake_events', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('quake_events', 'geom');
)SQL")};
}

namespace {
Region regionOf(const QString &code)
{
  if (code == QLatin1String("eastern_strong"))
    return Region::EasternStrong;
  if (code == QLatin1String("xinjiang"))
    return Region::Xinjiang;
  if (code == QLatin1String("qinghai_tibet"))
    return Region::QinghaiTibet;
  return Region::ModerateStrong;
}
} // namespace

QString writeSampleEvent(sqlite3 *db, quint64 seed)
{
  SqlStatement c(db, QStringLiteral("SELECT AVG(X(ST_Centroid(geom))), AVG(Y(ST_Centroid(geom))) FROM admin_units "
                                    "WHERE level = 'village' AND geom IS NOT NULL"));
  if (!c.next() || c.isNull(0))
    return c.hasError() ? c.error() : QStringLiteral("quake_events sample: no villages with geometry");
  // A few km off the middle, fixed by the seed, so rings cover part of the county.
  const double dx = double(seed % 7) - 3.0, dy = double((seed / 7) % 7) - 3.0;
  double lon = 0, lat = 0;
  localKmToLonLat(c.real(0), c.real(1), dx, dy, lon, lat);
  SqlStatement ins(db, QStringLiteral("INSERT INTO quake_events (magnitude, depth_km, occurred_at, place, source, long_axis_azimuth, region, geom) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, MakePoint(?, ?, 4490))"));
  ins.bind(1, 5.8).bind(2, 10.0).bind(3, QStringLiteral("2024-06-20T03:12:00+08:00"))
    .bind(4, QStringLiteral("示范县境内（样例）")).bind(5, QStringLiteral("样例数据，非真实地震"))
    .bind(6, double(30 + (seed % 4) * 30)).bind(7, QStringLiteral("moderate_strong")).bind(8, lon).bind(9, lat);
  return ins.exec() ? QString() : ins.error();
}

namespace {
QuakeEvent eventFrom(const SqlStatement &q)
{
  QuakeEvent r;
  r.id = q.int64(0);
  r.place = q.text(1);
  r.occurredAt = q.text(2);
  r.event.lon = q.real(3);
  r.event.lat = q.real(4);
  r.event.magnitude = q.real(5);
  r.event.depthKm = q.real(6);
  r.event.longAxisAzimuthDeg = q.real(7);
  r.event.region = regionOf(q.text(8));
  return r;
}
} // namespace

std::optional<QuakeEvent> eventById(sqlite3 *db, qint64 id, QString *error)
{
  SqlStatement q(db, QStringLiteral(
    "SELECT id, place, occurred_at, X(geom), Y(geom), magnitude, COALESCE(depth_km, 0), long_axis_azimuth, region "
    "FROM quake_events WHERE id = ?1 AND geom IS NOT NULL"));
  q.bind(1, id);
  if (!q.next()) {
    if (error)
      *error = q.hasError() ? q.error() : QStringLiteral("quake_events: no event with id %1").arg(id);
    return std::nullopt;
  }
  return eventFrom(q);
}

std::optional<QuakeEvent> eventForWarning(sqlite3 *db, qint64 warningId, QString *error)
{
  SqlStatement q(db, QStringLiteral(
    "SELECT e.id, e.place, e.occurred_at, X(e.geom), Y(e.geom), e.magnitude, COALESCE(e.depth_km, 0), "
    "       e.long_axis_azimuth, e.region "
    "FROM warnings w JOIN quake_events e "
    "WHERE w.id = ?1 AND w.hazard = ?2 AND e.geom IS NOT NULL "
    "  AND (w.geom IS NULL OR ST_Distance(w.geom, e.geom, 1) <= 50000) "
    "ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1"));
  q.bind(1, warningId).bind(2, QStringLiteral("earthquake"));
  if (!q.next()) {
    if (error)
      *error = q.error();
    return std::nullopt;
  }
  return eventFrom(q);
}

} // namespace onemap::earthquake
