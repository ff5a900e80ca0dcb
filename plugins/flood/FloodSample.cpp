#include "FloodSample.h"

#include "sample/Lcg.h"
#include "store/SqlStatement.h"

#include <QByteArray>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace onemap::flood {

namespace {

// Sample reservoir levels and gauge data carry this time.
const char *kLevelTime = "T08:00:00+08:00";

struct Piece
{
  QString townshipCode;
  QString townshipName;
  QByteArray wkb;
};

QString shortName(QString name)
{
  for (const QString &suffix : {QStringLiteral("社区"), QStringLiteral("村"), QStringLiteral("居委会")})
    if (name.endsWith(suffix) && name.size() > suffix.size())
      return name.left(name.size() - suffix.size());
  return name;
}

//! The CGCS2000 3-degree Gauss-Kruger zone (EPSG 4534 = 75E ... 4554 = 135E)
//! holding the county, so buffers are drawn in metres.
int gaussKrugerSrid(sqlite3 *db, QString *error)
{
  SqlStatement q(db, QStringLiteral("SELECT X(ST_Centroid(geom)) FROM admin_units WHERE level = 'county' AND geom IS NOT NULL LIMIT 1"));
  if (!q.next() || q.isNull(0)) {
    *error = q.hasError() ? q.error() : QStringLiteral("flood sample: the county has no geometry");
    return 0;
  }
  const int zone = int(std::lround((q.real(0) - 75.0) / 3.0));
  return 4534 + std::max(0, std::min(20, zone));
}

//! \a wkb (SRID 4490) cut by every township it crosses; slivers under
//! 0.02 km2 (edge noise) are left out.
QVector<Piece> clipToTownships(sqlite3 *db, const QByteArray &wkb, QString *error)
{
  SqlStatement q(db, QStringLiteral(
    "SELECT code, name, AsBinary(p) FROM ("
    "  SELECT t.code, t.name, CastToMultiPolygon(ST_CollectionExtract(ST_Intersection(t.geom, a.g), 3)) AS p"
    "  FROM admin_units t, (SELECT ST_GeomFromWKB(?1, 4490) AS g) a"
    "  WHERE t.level = 'township' AND t.geom IS NOT NULL AND ST_Intersects(t.geom, a.g) = 1) "
    "WHERE p IS NOT NULL AND ST_Area(p, 1) >= 20000 ORDER BY code"));
  q.bind(1, wkb);
  QVector<Piece> out;
  while (q.next())
    out << Piece {q.text(0), q.text(1), q.value(2).toByteArray()};
  if (q.hasError())
    *error = QStringLiteral("flood sample: clipping to townships: %1").arg(q.error());
  return out;
}

//! \a wkb (SRID 4490) buffered by \a metres on the ground.
QByteArray bufferMetres(sqlite3 *db, const QByteArray &wkb, double metres, int gk, QString *error)
{
  SqlStatement q(db, QStringLiteral("SELECT AsBinary(ST_Transform(ST_Buffer(ST_Transform(ST_GeomFromWKB(?1, 4490), ?2), ?3), 4490))"));
  q.bind(1, wkb).bind(2, gk).bind(3, metres);
  if (!q.next() || q.isNull(0)) {
    *error = QStringLiteral("flood sample: buffer: %1").arg(q.hasError() ? q.error() : QStringLiteral("empty"));
    return {};
  }
  return q.value(0).toByteArray();
}

class Writer
{
public:
  Writer(sqlite3 *db, quint64 seed) : mDb(db), mRng {seed ^ 0x666c6f6f64ULL} {}

  QString run()
  {
    QString error;
    mGk = gaussKrugerSrid(mDb, &error);
    if (!error.isEmpty())
      return error;
    SqlStatement d(mDb, QStringLiteral("SELECT value FROM store_meta WHERE key = 'sample_register_date'"));
    mLevelTime = (d.next() ? d.text(0) : QStringLiteral("2024-06-20")) + QLatin1String(kLevelTime);
    for (auto step : {&Writer::riverZones, &Writer::gullies, &Writer::reservoirs, &Writer::gaugeLevels})
      if (error = (this->*step)(); !error.isEmpty())
        return error;
    return {};
  }

private:
  QString addZones(const QByteArray &area, const QString &baseName, const char *kind, int returnPeriod, const QVariant &riverId)
  {
    QString error;
    const QVector<Piece> pieces = clipToTownships(mDb, area, &error);
    if (!error.isEmpty())
      return error;
    SqlStatement ins(mDb, QStringLiteral("INSERT INTO flood_zones (code, name, kind, return_period, river_id, township_code, geom) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, CastToMultiPolygon(ST_GeomFromWKB(?7, 4490)))"));
    for (const Piece &p : pieces) {
      ins.reset();
      ins.bind(1, QStringLiteral("FZ%1").arg(++mZones, 4, 10, QLatin1Char('0')))
        .bind(2, QStringLiteral("%1%2段洪水风险区（%3年一遇）").arg(baseName, p.townshipName).arg(returnPeriod))
        .bind(3, QLatin1String(kind)).bind(4, returnPeriod).bind(5, riverId).bind(6, p.townshipCode).bind(7, p.wkb);
      if (!ins.exec())
        return QStringLiteral("flood sample: flood_zones: %1").arg(ins.error());
    }
    return {};
  }

  // The main river floods wider and more often than a tributary: 50-year
  // zone 800 m either side of rank 1, 20-year 500 m of rank 2, 10-year 300 m.
  QString riverZones()
  {
    SqlStatement q(mDb, QStringLiteral("SELECT id, COALESCE(name, ''), COALESCE(river_rank, 3), AsBinary(geom) FROM rivers "
                                       "WHERE geom IS NOT NULL ORDER BY id"));
    struct River { qint64 id; QString name; int rank; QByteArray wkb; };
    QVector<River> rivers;
    while (q.next())
      rivers << River {q.int64(0), q.text(1), int(q.int64(2)), q.value(3).toByteArray()};
    if (q.hasError())
      return q.error();
    for (const River &r : rivers) {
      const double width = r.rank <= 1 ? 800 : r.rank == 2 ? 500 : 300;
      const int period = r.rank <= 1 ? 50 : r.rank == 2 ? 20 : 10;
      QString error;
      const QByteArray area = bufferMetres(mDb, r.wkb, width, mGk, &error);
      if (!error.isEmpty())
        return error;
      if (error = addZones(area, r.name, "river_flood", period, r.id); !error.isEmpty())
        return error;
    }
    return {};
  }

  // A gully runs from the worst debris-flow point of a village down to the
  // nearest river, 0.8-6 km away; the villages its 200 m torrent zone meets
  // are at risk.
  QString gullies()
  {
    // Every (worst debris-flow point of a village, river) pair, nearest river
    // first; the first row of each village is its gully.
    // The worst point per village is ranked in one pass (a correlated
    // subquery per point took hours at a million hidden dangers).
    SqlStatement q(mDb, QStringLiteral(
      "WITH ranked AS (SELECT id, ROW_NUMBER() OVER (PARTITION BY village_code ORDER BY COALESCE(threatened_people, 0) DESC, id) AS rank "
      "                FROM hidden_dangers WHERE hazard_type = 'debris_flow' AND geom IS NOT NULL AND village_code IS NOT NULL) "
      "SELECT v.code, v.name, v.parent_code, X(d.geom), Y(d.geom), "
      "       X(ST_ClosestPoint(r.geom, d.geom)), Y(ST_ClosestPoint(r.geom, d.geom)), ST_Distance(d.geom, r.geom, 1), "
      "       COALESCE(d.threatened_people, 0) "
      "FROM ranked w JOIN hidden_dangers d ON d.id = w.id JOIN admin_units v ON v.code = d.village_code, rivers r "
      "WHERE w.rank = 1 AND r.geom IS NOT NULL "
      "ORDER BY v.code, ST_Distance(d.geom, r.geom), r.id"));
    struct Head { QString village, name, township; double x0, y0, x1, y1, metres; qint64 people; };
    QVector<Head> heads;
    while (q.next()) {
      if (!heads.isEmpty() && heads.last().village == q.text(0))
        continue;
      heads << Head {q.text(0), q.text(1), q.text(2), q.real(3), q.real(4), q.real(5), q.real(6), q.real(7), q.int64(8)};
    }
    if (q.hasError())
      return QStringLiteral("flood sample: gully heads: %1").arg(q.error());
    heads.erase(std::remove_if(heads.begin(), heads.end(), [](const Head &h) { return h.metres < 800 || h.metres > 6000; }), heads.end());
    std::stable_sort(heads.begin(), heads.end(), [](const Head &a, const Head &b) { return a.people > b.people; });
    if (heads.size() > 8)
      heads.resize(8);

    SqlStatement ins(mDb, QStringLiteral("INSERT INTO flood_gullies (code, name, catchment_km2, villages_at_risk, people, village_code, township_code, geom) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, GeomFromText(?8, 4490))"));
    int n = 0;
    for (const Head &h : heads) {
      // Two bends a little off the straight line, alternating sides.
      const double dx = h.x1 - h.x0, dy = h.y1 - h.y0;
      const double side = (n % 2 ? 1 : -1) * (0.05 + 0.05 * mRng.next());
      const QString wkt = QStringLiteral("LINESTRING(%1 %2, %3 %4, %5 %6, %7 %8)")
                            .arg(h.x0, 0, 'f', 7).arg(h.y0, 0, 'f', 7)
                            .arg(h.x0 + dx / 3 - dy * side, 0, 'f', 7).arg(h.y0 + dy / 3 + dx * side, 0, 'f', 7)
                            .arg(h.x0 + 2 * dx / 3 + dy * side * 0.6, 0, 'f', 7).arg(h.y0 + 2 * dy / 3 - dx * side * 0.6, 0, 'f', 7)
                            .arg(h.x1, 0, 'f', 7).arg(h.y1, 0, 'f', 7);
      SqlStatement wkb(mDb, QStringLiteral("SELECT AsBinary(GeomFromText(?1, 4490)), GLength(GeomFromText(?1, 4490), 1)"));
      wkb.bind(1, wkt);
      if (!wkb.next())
        return QStringLiteral("flood sample: gully line: %1").arg(wkb.error());
      const QByteArray line = wkb.value(0).toByteArray();
      const double lengthKm = wkb.real(1) / 1000.0;
      QString error;
      const QByteArray zone = bufferMetres(mDb, line, 200, mGk, &error);
      if (!error.isEmpty())
        return error;
      // People live on the gully floor: the sample puts three times the
      // village's mean density in the 200 m strip.
      SqlStatement at(mDb, QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(MIN(population, CAST(3.0 * population * ST_Area(ST_Intersection(geom, z.g), 1) / ST_Area(geom, 1) AS INTEGER))), 0) "
        "FROM admin_units, (SELECT ST_GeomFromWKB(?1, 4490) AS g) z "
        "WHERE level = 'village' AND geom IS NOT NULL AND ST_Intersects(geom, z.g) = 1"));
      at.bind(1, zone);
      if (!at.next())
        return QStringLiteral("flood sample: gully villages: %1").arg(at.error());
      const QString name = shortName(h.name) + QStringLiteral("沟");
      ins.reset();
      ins.bind(1, QStringLiteral("SHG%1").arg(++n, 3, 10, QLatin1Char('0'))).bind(2, name)
        .bind(3, std::round(hackCatchmentKm2(lengthKm) * 100) / 100).bind(4, at.int64(0)).bind(5, at.int64(1))
        .bind(6, h.village).bind(7, h.township).bind(8, wkt);
      if (!ins.exec())
        return QStringLiteral("flood sample: flood_gullies: %1").arg(ins.error());
      if (error = addZones(zone, name, "torrent", 20, QVariant()); !error.isEmpty())
        return error;
      mGullyHeads << GullyHead {name, h.township, h.x0, h.y0};
    }
    return {};
  }

  QString addReservoir(const QString &name, const char *scale, double capacity, double floodLimit, double design, double current,
                       double x, double y)
  {
    SqlStatement ins(mDb, QStringLiteral(
      "INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level, current_level, level_time, township_code, geom) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT code FROM admin_units WHERE level = 'township' AND ST_Contains(geom, MakePoint(?9, ?10, 4490)) = 1 LIMIT 1), "
      "        MakePoint(?9, ?10, 4490))"));
    ins.bind(1, QStringLiteral("SK%1").arg(++mReservoirs, 3, 10, QLatin1Char('0'))).bind(2, name).bind(3, QLatin1String(scale))
      .bind(4, capacity).bind(5, floodLimit).bind(6, design).bind(7, current).bind(8, mLevelTime).bind(9, x).bind(10, y);
    return ins.exec() ? QString() : QStringLiteral("flood sample: flood_reservoirs: %1").arg(ins.error());
  }

  // Tributaries are drawn from their mouth upstream, so a reservoir sits at
  // 80-88 % of the line and the reach below it is its downstream zone
  // (100-year: a spillway release or dam break reaches far).
  QString reservoirs()
  {
    SqlStatement q(mDb, QStringLiteral("SELECT id, COALESCE(name, ''), river_rank, X(p), Y(p), AsBinary(ST_Line_Substring(geom, ?1 - 0.25, ?1)) FROM "
                                       "(SELECT id, name, river_rank, geom, ST_Line_Interpolate_Point(geom, ?1) AS p FROM rivers "
                                       " WHERE geom IS NOT NULL AND river_rank >= 2) ORDER BY id"));
    const double at = 0.8 + 0.08 * mRng.next();
    q.bind(1, at);
    struct Site { qint64 river; QString name; int rank; double x, y; QByteArray reach; };
    QVector<Site> sites;
    while (q.next())
      sites << Site {q.int64(0), q.text(1), int(q.int64(2)), q.real(3), q.real(4), q.value(5).toByteArray()};
    if (q.hasError())
      return QStringLiteral("flood sample: reservoir sites: %1").arg(q.error());
    int i = 0;
    for (const Site &s : sites) {
      const bool medium = s.rank == 2;
      const QString name = shortName(s.name).remove(QStringLiteral("河")).remove(QStringLiteral("溪")) + QStringLiteral("水库");
      const double limit = std::round((medium ? 385.0 : 452.0) + 20 * i + 10 * mRng.next()) + 0.5;
      // One tributary reservoir runs above its flood-limit level, as some do
      // in the main flood season, so the board has one to show.
      const double current = medium ? limit - 1.1 : limit + 0.35;
      QString error = addReservoir(name, medium ? "medium" : "small_1", medium ? 2350.0 + 10 * i : 460.0 + 10 * i, limit,
                                   limit + (medium ? 3.2 : 2.0), current, s.x, s.y);
      if (!error.isEmpty())
        return error;
      const QByteArray zone = bufferMetres(mDb, s.reach, 600, mGk, &error);
      if (!error.isEmpty())
        return error;
      if (error = addZones(zone, name + QStringLiteral("下游"), "reservoir_downstream", 100, s.river); !error.isEmpty())
        return error;
      ++i;
    }
    // Small (2) reservoirs (山塘水库) at the heads of the first two gullies.
    for (int g = 0; g < std::min<int>(2, mGullyHeads.size()); ++g) {
      const GullyHead &h = mGullyHeads.at(g);
      const double limit = std::round(520.0 + 30 * g + 10 * mRng.next()) + 0.5;
      if (QString error = addReservoir(h.name + QStringLiteral("水库"), "small_2", 35.0 + 15 * g, limit, limit + 1.2, limit - 0.4, h.x, h.y);
          !error.isEmpty())
        return error;
    }
    return {};
  }

  // 警戒水位 = the station's alarm threshold; 保证水位 1.5 m above it.
  QString gaugeLevels()
  {
    SqlStatement ins(mDb, QStringLiteral(
      "INSERT INTO flood_gauge_levels (station_id, warning_level, guarantee_level) "
      "SELECT id, ROUND(COALESCE(threshold, latest_value + 2.0, 0), 1), ROUND(COALESCE(threshold, latest_value + 2.0, 0) + 1.5, 1) "
      "FROM stations WHERE kind = 'river_level' ORDER BY id"));
    return ins.exec() ? QString() : QStringLiteral("flood sample: flood_gauge_levels: %1").arg(ins.error());
  }

  struct GullyHead { QString name, township; double x, y; };

  sqlite3 *mDb;
  Lcg mRng;
  int mGk = 0;
  int mZones = 0;
  int mReservoirs = 0;
  QString mLevelTime;
  QVector<GullyHead> mGullyHeads;
};

} // namespace

double hackCatchmentKm2(double lengthKm)
{
  return lengthKm > 0 ? std::pow(lengthKm / 1.273, 1.0 / 0.6) : 0.0;
}

QString writeSample(sqlite3 *db, quint64 seed)
{
  return Writer(db, seed).run();
}

} // namespace onemap::flood
