// The flood plugin (防汛/山洪) on a real sample-county store: its tables and
// sample rows, the warning rule against an independent GDAL/OGR pass, the
// areal-weighting impact model on a small constructed county worked out by
// hand, checklists, styles and bad rows refused.
//
// Formulas under test and their sources:
//  - people in the zone = population x area(village ∩ zones ∩ warning) /
//    area(village): areal interpolation by areal weighting, Goodchild & Lam
//    1980 (Geo-Processing 1:297-312); assumes uniform density in the village.
//  - gully catchment from its length by Hack's law L = 1.4 A^0.6 (mi, mi2),
//    Hack 1957 (USGS Prof. Paper 294-B).
#include "FloodExposure.h"
#include "FloodSample.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QElapsedTimer>
#include <QXmlStreamReader>
#include <QtTest>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <cmath>
#include <memory>

using namespace onemap;
using testing::scalar;
using testing::text;

namespace {
//! Runs \a sql; returns the error text (empty when it succeeded).
QString tryExec(sqlite3 *db, const QString &sql)
{
  SqlStatement q(db, sql);
  q.exec();
  return q.error();
}

struct OgrDeleter
{
  void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using Geom = std::unique_ptr<OGRGeometry, OgrDeleter>;

Geom fromWkb(const QByteArray &wkb)
{
  OGRGeometry *g = nullptr;
  OGRGeometryFactory::createFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g, wkb.size());
  return Geom(g);
}

double area(const OGRGeometry *g)
{
  if (!g)
    return 0;
  if (const auto *s = dynamic_cast<const OGRSurface *>(g))
    return s->get_Area();
  if (const auto *c = dynamic_cast<const OGRGeometryCollection *>(g))
    return c->get_Area();
  return 0;
}

QString box(double x0, double y0, double x1, double y1)
{
  return QStringLiteral("CastToMultiPolygon(BuildMbr(%1, %2, %3, %4, 4490))").arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x1, 0, 'f', 6).arg(y1, 0, 'f', 6);
}
} // namespace

class TestFloodPlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes)
  {
    return mFixture.ingest(identifier, event, codes, QStringLiteral("53990104100@water.example.cn"), QStringLiteral("示范县水利局"),
                           QDateTime::fromString(QStringLiteral("2024-06-20T08:30:00+08:00"), Qt::ISODate));
  }

  //! The flood-plugin row fingerprint: every code, number and geometry.
  QString fingerprint()
  {
    sqlite3 *db = mFixture.store->handle();
    return text(db, QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT code || name || kind || return_period || COALESCE(township_code, '') "
                                   "|| AsText(geom) AS x FROM flood_zones ORDER BY id)"))
           + text(db, QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT code || name || catchment_km2 || people || AsText(geom) AS x "
                                     "FROM flood_gullies ORDER BY id)"))
           + text(db, QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT code || name || scale || capacity_1e4m3 || current_level "
                                     "|| AsText(geom) AS x FROM flood_reservoirs ORDER BY id)"))
           + text(db, QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT station_id || ':' || warning_level AS x FROM flood_gauge_levels "
                                     "ORDER BY station_id)"));
  }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_flood_plugin"));
    OGRRegisterAll();
    const QString opened = mFixture.open(QStringLiteral("flood"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(mFixture.registry->plugin(QStringLiteral("geohazard"))); // loaded side by side
    const QString migrated = mFixture.applyMigrations();
    QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
  }

  void migrationsCreateTablesWithSpatialIndexes()
  {
    sqlite3 *db = mFixture.store->handle();
    QCOMPARE(text(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'plugin.flood.schema'")),
             QString::number(mFixture.plugin->migrations().size()));
    for (const char *table : {"flood_reservoirs", "flood_gullies", "flood_zones", "flood_gauge_levels"})
      QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(QLatin1String(table))) == 1, table);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name IN ('flood_reservoirs','flood_gullies','flood_zones') "
                                       "AND srid = 4490 AND spatial_index_enabled = 1")),
             3);
    QCOMPARE(text(db, QStringLiteral("SELECT group_concat(f_table_name || ':' || geometry_type) FROM (SELECT * FROM geometry_columns "
                                     "WHERE f_table_name LIKE 'flood_%' ORDER BY f_table_name)")),
             QStringLiteral("flood_gullies:2,flood_reservoirs:1,flood_zones:6"));
  }

  void sampleRowsSitOnTheCountysRivers()
  {
    sqlite3 *db = mFixture.store->handle();
    // Every river is cut into at least one zone per township it crosses.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones WHERE kind = 'river_flood'")) >= scalar(db, QStringLiteral("SELECT COUNT(*) FROM rivers")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rivers r WHERE NOT EXISTS (SELECT 1 FROM flood_zones z "
                                       "WHERE z.river_id = r.id AND z.kind = 'river_flood')")),
             0);
    // A river-flood zone lies along its river and inside one township (up to
    // the overlay's rounding: slivers millimetres wide along the edge).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones z JOIN rivers r ON r.id = z.river_id "
                                       "WHERE z.kind = 'river_flood' AND ST_Intersects(z.geom, r.geom) = 0")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones z JOIN admin_units t ON t.code = z.township_code "
                                       "WHERE ST_Area(ST_Difference(z.geom, t.geom), 1) > 1e-4 * ST_Area(z.geom, 1)")),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones WHERE kind = 'torrent'")) >= 3);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones WHERE kind = 'reservoir_downstream'")) >= 1);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gullies")) >= 3);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_reservoirs")) >= 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gauge_levels")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM stations WHERE kind = 'river_level'")));

    // Valid geometry, inside the county.
    for (const char *table : {"flood_zones", "flood_gullies", "flood_reservoirs"}) {
      const QString t = QLatin1String(table);
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE geom IS NULL OR ST_IsValid(geom) = 0").arg(t)), 0);
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 x, admin_units c WHERE c.level = 'county' "
                                         "AND ST_Within(x.geom, ST_Buffer(c.geom, 0.00001)) = 0").arg(t)),
               0);
    }
    // A gully runs down to a river: its last vertex is on one (within 1 m).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gullies g WHERE NOT EXISTS (SELECT 1 FROM rivers r "
                                       "WHERE ST_Distance(ST_EndPoint(g.geom), r.geom, 1) < 1)")),
             0);
    // Reservoirs are on a tributary or at a gully head.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_reservoirs s WHERE NOT EXISTS (SELECT 1 FROM rivers r WHERE r.river_rank >= 2 "
                                       "AND ST_Distance(s.geom, r.geom, 1) < 1) AND NOT EXISTS (SELECT 1 FROM flood_gullies g "
                                       "WHERE ST_Distance(s.geom, ST_StartPoint(g.geom), 1) < 1)")),
             0);
    // 警戒水位 is the station's own alarm threshold.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gauge_levels l JOIN stations s ON s.id = l.station_id "
                                       "WHERE s.threshold IS NOT NULL AND abs(l.warning_level - s.threshold) > 0.05")),
             0);
    // The catchment follows Hack's law from the gully's length:
    // L = 5 km -> A = (5 / 1.273)^(1/0.6) = 3.9277^1.6667 = 9.78 km2.
    QVERIFY(std::abs(flood::hackCatchmentKm2(5.0) - 9.78) < 0.01);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gullies WHERE abs(catchment_km2 - power(GLength(geom, 1) / 1000.0 / 1.273, 1 / 0.6)) > 0.01")),
             0);
  }

  void sampleIsDeterministicAndFast()
  {
    sqlite3 *db = mFixture.store->handle();
    const QString before = fingerprint();
    QVERIFY(before.size() > 100);
    QVERIFY(mFixture.store->transaction([&]() -> Status {
                    for (const char *t : {"flood_gauge_levels", "flood_zones", "flood_gullies", "flood_reservoirs"})
                      if (const QString e = tryExec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(t))); !e.isEmpty())
                        return Status::failure(e);
                    QElapsedTimer timer;
                    timer.start();
                    const QString e = mFixture.plugin->generateSample(db, 2024);
                    qInfo("flood sample rows written in %lld ms", static_cast<long long>(timer.elapsed()));
                    return e.isEmpty() ? Status() : Status::failure(e);
                  }).ok());
    QCOMPARE(fingerprint(), before);
  }

  void badRowsAreRefusedNamingTheField()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 reservoirs = scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_reservoirs"));
    const qint64 zones = scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones"));
    const qint64 gullies = scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gullies"));
    const qint64 levels = scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gauge_levels"));
    struct Bad { const char *sql; const char *field; };
    const Bad bad[] = {
      {"INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level) VALUES ('X1', 'x', 'huge', 50, 10, 12)", "scale"},
      // A 小(2)型 reservoir holds 10-100 x 10^4 m3, not 500.
      {"INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level) VALUES ('X2', 'x', 'small_2', 500, 10, 12)", "capacity_1e4m3"},
      {"INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level) VALUES ('X3', 'x', 'small_2', -5, 10, 12)", "capacity_1e4m3"},
      {"INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level) VALUES ('X4', 'x', 'small_2', 50, 12, 10)", "design_flood_level"},
      {"INSERT INTO flood_gullies (code, name, catchment_km2, villages_at_risk, people) VALUES ('G1', 'g', 0, 1, 10)", "catchment_km2"},
      {"INSERT INTO flood_gullies (code, name, catchment_km2, villages_at_risk, people) VALUES ('G2', 'g', 2, 1, -10)", "people"},
      {"INSERT INTO flood_zones (code, name, kind, return_period) VALUES ('Z1', 'z', 'sea', 20)", "kind"},
      {"INSERT INTO flood_zones (code, name, kind, return_period) VALUES ('Z2', 'z', 'torrent', 30)", "return_period"},
      {"INSERT INTO flood_zones (code, name, kind, return_period, township_code) VALUES ('Z3', 'z', 'torrent', 20, '5399')", "township_code"},
      {"INSERT INTO flood_gauge_levels (station_id, warning_level, guarantee_level) "
       "SELECT id, 10, 12 FROM stations WHERE kind = 'rain_gauge' LIMIT 1", "station_id"},
      {"INSERT INTO flood_gauge_levels (station_id, warning_level, guarantee_level) VALUES (987654, 10, 12)", "station_id"},
      // A line is not a reservoir's point.
      {"INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level, geom) "
       "VALUES ('X5', 'x', 'small_2', 50, 10, 12, GeomFromText('LINESTRING(108.9 28.8, 108.91 28.81)', 4490))", "geom"},
    };
    for (const Bad &b : bad) {
      const QString error = tryExec(db, QString::fromUtf8(b.sql));
      QVERIFY2(!error.isEmpty(), b.sql);
      if (QLatin1String(b.field) != QLatin1String("geom"))
        QVERIFY2(error.contains(QLatin1String(b.field)), qPrintable(error));
    }
    // A guaranteed level below the warning level, on an existing row.
    QVERIFY(!tryExec(db, QStringLiteral("UPDATE flood_gauge_levels SET guarantee_level = warning_level - 1")).isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_reservoirs")), reservoirs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_zones")), zones);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gullies")), gullies);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM flood_gauge_levels")), levels);
  }

  // The rule against a second, independent pass: GDAL/OGR (GEOS) on the
  // same geometries, planar areas in degrees. Over a village a few km across
  // the ratio of planar to ellipsoidal areas is the same to 1e-4, so the
  // people per village agree within one.
  void floodWarningThreatensVillagesInTheZonesAndGullies()
  {
    sqlite3 *db = mFixture.store->handle();
    // Townships with the most flood zones, and one with a gully.
    QStringList codes;
    SqlStatement t(db, QStringLiteral("SELECT township_code FROM flood_zones GROUP BY township_code ORDER BY COUNT(*) DESC, township_code LIMIT 3"));
    while (t.next())
      codes << t.text(0);
    const QString gullyTown = text(db, QStringLiteral("SELECT township_code FROM flood_gullies ORDER BY id LIMIT 1"));
    if (!codes.contains(gullyTown))
      codes << gullyTown;
    // Push one gauge in the area over its 警戒水位.
    QVERIFY(tryExec(db, QStringLiteral("UPDATE stations SET latest_value = (SELECT warning_level + 0.4 FROM flood_gauge_levels l WHERE l.station_id = stations.id) "
                                       "WHERE id = (SELECT s.id FROM stations s JOIN flood_gauge_levels l ON l.station_id = s.id "
                                       "WHERE substr(s.village_code, 1, 9) || '000' = '%1' ORDER BY s.id LIMIT 1)").arg(codes.first()))
              .isEmpty());

    const qint64 id = ingest(QStringLiteral("FLOOD-1"), QStringLiteral("洪水"), codes);
    QVERIFY(id > 0);
    QCOMPARE(text(db, QStringLiteral("SELECT hazard FROM warnings WHERE id = %1").arg(id)), QStringLiteral("flood"));

    // Independent pass.
    SqlStatement w(db, QStringLiteral("SELECT AsBinary(geom) FROM warnings WHERE id = ?1"));
    w.bind(1, id);
    QVERIFY(w.next());
    const Geom warning = fromWkb(w.value(0).toByteArray());
    QVERIFY(warning);
    Geom zones;
    SqlStatement z(db, QStringLiteral("SELECT AsBinary(geom) FROM flood_zones ORDER BY id"));
    while (z.next()) {
      Geom g = fromWkb(z.value(0).toByteArray());
      if (!g || !g->Intersects(warning.get()))
        continue;
      zones = zones ? Geom(zones->Union(g.get())) : std::move(g);
    }
    QVERIFY(zones);
    const Geom area_ = Geom(zones->Intersection(warning.get()));
    QMap<qint64, qint64> expected; // village id -> people
    SqlStatement v(db, QStringLiteral("SELECT id, population, AsBinary(geom) FROM admin_units WHERE level = 'village' ORDER BY id"));
    while (v.next()) {
      const Geom g = fromWkb(v.value(2).toByteArray());
      const Geom piece = Geom(g->Intersection(area_.get()));
      // 1 m2 at this latitude is about 1e-10 square degrees.
      if (area(piece.get()) <= 1e-10)
        continue;
      expected.insert(v.int64(0), std::llround(double(v.int64(1)) * area(piece.get()) / area(g.get())));
    }
    QSet<qint64> expectedGullies;
    SqlStatement gl(db, QStringLiteral("SELECT id, AsBinary(geom) FROM flood_gullies"));
    while (gl.next())
      if (fromWkb(gl.value(1).toByteArray())->Intersects(warning.get()))
        expectedGullies << gl.int64(0);
    QVERIFY(expected.size() >= 3);
    QVERIFY(!expectedGullies.isEmpty());

    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QMap<qint64, qint64> got;
    QSet<qint64> gotGullies;
    qint64 people = 0;
    for (const ThreatenedObject &o : list) {
      QVERIFY(!o.reason.isEmpty());
      if (o.table == QLatin1String("admin_units")) {
        got.insert(o.id, qint64(o.rank));
        people += qint64(o.rank);
      } else {
        QCOMPARE(o.table, QStringLiteral("flood_gullies"));
        gotGullies << o.id;
      }
    }
    QCOMPARE(got.keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it)
      QVERIFY2(std::abs(got.value(it.key()) - it.value()) <= 1,
               qPrintable(QStringLiteral("village %1: %2 vs %3").arg(it.key()).arg(got.value(it.key())).arg(it.value())));
    QCOMPARE(gotGullies, expectedGullies);
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    // Fewer villages than the county's: only those along the zones.
    QVERIFY(got.size() < scalar(db, QStringLiteral("SELECT COUNT(*) FROM admin_units WHERE level = 'village'")));

    // The section: rows by township, then the total, which adds them up.
    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.headers.size(), 9);
    QVERIFY(s.rows.size() >= 2);
    qint64 villages = 0, sumPeople = 0, sumGullies = 0, gauges = 0, reservoirs = 0;
    for (int i = 0; i + 1 < s.rows.size(); ++i) {
      QCOMPARE(s.rows.at(i).size(), s.headers.size());
      villages += s.rows.at(i).at(1).toLongLong();
      sumPeople += s.rows.at(i).at(2).toLongLong();
      sumGullies += s.rows.at(i).at(3).toLongLong();
      gauges += s.rows.at(i).at(7).toLongLong();
      reservoirs += s.rows.at(i).at(8).toLongLong();
    }
    const QStringList &total = s.rows.last();
    QCOMPARE(total.at(1).toLongLong(), villages);
    QCOMPARE(total.at(2).toLongLong(), sumPeople);
    QCOMPARE(sumPeople, people);
    QCOMPARE(villages, qint64(expected.size()));
    QCOMPARE(sumGullies, qint64(expectedGullies.size()));
    QVERIFY2(s.summary.contains(QString::number(people)), qPrintable(s.summary));

    // Gauges and reservoirs over their levels, by plain SQL.
    SqlStatement over(db, QStringLiteral(
      "SELECT (SELECT COUNT(*) FROM stations s JOIN flood_gauge_levels l ON l.station_id = s.id, warnings w "
      "        WHERE w.id = ?1 AND s.latest_value > l.warning_level AND ST_Within(s.geom, w.geom) = 1), "
      "       (SELECT COUNT(*) FROM flood_reservoirs r, warnings w WHERE w.id = ?1 AND r.current_level > r.flood_limit_level "
      "        AND ST_Within(r.geom, w.geom) = 1)"));
    over.bind(1, id);
    QVERIFY(over.next());
    QVERIFY(over.int64(0) >= 1);
    QCOMPARE(total.at(7).toLongLong(), over.int64(0));
    QCOMPARE(gauges, over.int64(0));
    QCOMPARE(total.at(8).toLongLong(), over.int64(1));
    QCOMPARE(reservoirs, over.int64(1));

    // Shelters: open, within 2 km (geodesic) of the OGR zone, not inside it.
    QByteArray zoneWkb(area_->WkbSize(), Qt::Uninitialized);
    area_->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(zoneWkb.data()), wkbVariantIso);
    SqlStatement sh(db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(capacity - occupancy), 0) FROM shelters, (SELECT GeomFromWKB(?1, 4490) AS z) a "
                                       "WHERE is_open = 1 AND ST_Distance(geom, a.z, 1) <= 2000 AND ST_Intersects(geom, a.z) = 0"));
    sh.bind(1, zoneWkb);
    QVERIFY(sh.next());
    QVERIFY(sh.int64(0) > 0);
    QCOMPARE(total.at(4).toLongLong(), sh.int64(0));
    QCOMPARE(total.at(5).toLongLong(), sh.int64(1));
  }

  void rainstormAppliesOtherHazardsDoNot()
  {
    sqlite3 *db = mFixture.store->handle();
    const QString town = text(db, QStringLiteral("SELECT township_code FROM flood_zones ORDER BY id LIMIT 1"));
    const qint64 rain = ingest(QStringLiteral("RAIN-1"), QStringLiteral("暴雨"), {town});
    QVERIFY(rain > 0);
    QCOMPARE(text(db, QStringLiteral("SELECT hazard FROM warnings WHERE id = %1").arg(rain)), QStringLiteral("rainstorm"));
    QString error;
    QVERIFY(!mFixture.plugin->threatenedBy(db, rain, &error).isEmpty());
    QVERIFY(!mFixture.plugin->impactSection(db, rain).title.isEmpty());

    const qint64 fire = ingest(QStringLiteral("FIRE-1"), QStringLiteral("森林火险预警"), {town});
    QVERIFY(fire > 0);
    QVERIFY(mFixture.plugin->threatenedBy(db, fire, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(db, fire).title.isEmpty());
  }

  // A constructed county small enough to work by hand (all boxes bounded by
  // meridians and parallels, so ellipsoidal areas of boxes sharing the same
  // latitudes are in proportion to their longitude spans):
  //   township T  108.90-108.94 x 28.80-28.81
  //   village V1  108.90-108.92, 1000 people;  V2 108.92-108.94, 600 people
  //   zone Z      108.91-108.93 (river flood);  Z2 108.925-108.935 (torrent)
  //   => union of zones 108.91-108.935 (Z and Z2 overlap: counted once)
  // Warning A over all of T:
  //   V1: 1000 x (108.92-108.91)/(108.92-108.90) = 1000 x 0.5  = 500
  //   V2:  600 x (108.935-108.92)/(0.02)         =  600 x 0.75 = 450
  //   (adding the zones one by one would give V2 600 x (0.01+0.01)/0.02 = 600)
  //   total 950
  // Warning B over V2 only: V2 450; V1 only touches B along 108.92: out.
  // Shelters (1 degree of longitude at 28.805N on GRS80 = 97,621 m):
  //   S1 108.945, 300 places: 0.010 deg = 976 m from the zone edge 108.935
  //   S2 108.960, 800 places: 0.025 deg = 2,441 m -> too far
  //   S3 108.930, 1000 places: inside the zone -> no refuge
  //   S4 108.895, 200 places, 50 taken: A: 0.015 deg from 108.91 = 1,464 m;
  //      B: 0.025 deg from 108.92 = 2,441 m -> only under A
  //   S5 108.945, closed
  //   A: S1 + S4 = 2 shelters, 300 + 150 = 450 places < 950: short of 500
  //   B: S1 = 1 shelter, 300 places < 450: short of 150
  // Gauges: G1 in V2 260.5 > 警戒 260.0; G2 in V1 270.0 > 268.0; G3 in V2
  //   255.0 < 257.0 -> A: 2, B: 1.  Reservoirs: R1 in V1 101.2 > 汛限 100.0,
  //   R2 in V2 99.0 < 100.0 -> A: 1, B: 0.  Gully L1 in V2 (120 people); L2
  //   outside T -> A and B: 1.
  void arealWeightingOnAHandWorkedCounty()
  {
    QCOMPARE(flood::arealWeight(1000, 1.0, 2.0), qint64(500));
    QCOMPARE(flood::arealWeight(600, 3.0, 4.0), qint64(450));
    QCOMPARE(flood::arealWeight(600, 5.0, 4.0), qint64(600)); // never more than the village
    QCOMPARE(flood::arealWeight(600, 1.0, 0.0), qint64(0));

    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("small.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    std::unique_ptr<Store> store = opened.take();
    QVERIFY(mFixture.registry->applyMigrations(*store).ok());
    sqlite3 *db = store->handle();
    const QStringList rows = {
      QStringLiteral("INSERT INTO admin_units (code, name, level, parent_code, population, geom) VALUES ('539901001000', '甲镇', 'township', '539901000000', 1600, %1)").arg(box(108.90, 28.80, 108.94, 28.81)),
      QStringLiteral("INSERT INTO admin_units (code, name, level, parent_code, population, geom) VALUES ('539901001001', '一村', 'village', '539901001000', 1000, %1)").arg(box(108.90, 28.80, 108.92, 28.81)),
      QStringLiteral("INSERT INTO admin_units (code, name, level, parent_code, population, geom) VALUES ('539901001002', '二村', 'village', '539901001000', 600, %1)").arg(box(108.92, 28.80, 108.94, 28.81)),
      QStringLiteral("INSERT INTO flood_zones (code, name, kind, return_period, township_code, geom) VALUES ('Z', 'z', 'river_flood', 20, '539901001000', %1)").arg(box(108.91, 28.80, 108.93, 28.81)),
      QStringLiteral("INSERT INTO flood_zones (code, name, kind, return_period, township_code, geom) VALUES ('Z2', 'z2', 'torrent', 20, '539901001000', %1)").arg(box(108.925, 28.80, 108.935, 28.81)),
      QStringLiteral("INSERT INTO shelters (code, name, shelter_class, capacity, occupancy, is_open, geom) VALUES ('S1', 's1', 'village', 300, 0, 1, MakePoint(108.945, 28.805, 4490))"),
      QStringLiteral("INSERT INTO shelters (code, name, shelter_class, capacity, occupancy, is_open, geom) VALUES ('S2', 's2', 'village', 800, 0, 1, MakePoint(108.96, 28.805, 4490))"),
      QStringLiteral("INSERT INTO shelters (code, name, shelter_class, capacity, occupancy, is_open, geom) VALUES ('S3', 's3', 'village', 1000, 0, 1, MakePoint(108.93, 28.805, 4490))"),
      QStringLiteral("INSERT INTO shelters (code, name, shelter_class, capacity, occupancy, is_open, geom) VALUES ('S4', 's4', 'village', 200, 50, 1, MakePoint(108.895, 28.805, 4490))"),
      QStringLiteral("INSERT INTO shelters (code, name, shelter_class, capacity, occupancy, is_open, geom) VALUES ('S5', 's5', 'village', 5000, 0, 0, MakePoint(108.945, 28.806, 4490))"),
      QStringLiteral("INSERT INTO stations (id, code, name, kind, latest_value, village_code, geom) VALUES (1, 'G1', 'g1', 'river_level', 260.5, '539901001002', MakePoint(108.93, 28.805, 4490))"),
      QStringLiteral("INSERT INTO stations (id, code, name, kind, latest_value, village_code, geom) VALUES (2, 'G2', 'g2', 'river_level', 270.0, '539901001001', MakePoint(108.905, 28.805, 4490))"),
      QStringLiteral("INSERT INTO stations (id, code, name, kind, latest_value, village_code, geom) VALUES (3, 'G3', 'g3', 'river_level', 255.0, '539901001002', MakePoint(108.925, 28.802, 4490))"),
      QStringLiteral("INSERT INTO flood_gauge_levels VALUES (1, 260.0, 261.5), (2, 268.0, 269.0), (3, 257.0, 258.0)"),
      QStringLiteral("INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level, current_level, township_code, geom) "
                     "VALUES ('R1', 'r1', 'small_1', 300, 100.0, 102.0, 101.2, '539901001000', MakePoint(108.915, 28.808, 4490))"),
      QStringLiteral("INSERT INTO flood_reservoirs (code, name, scale, capacity_1e4m3, flood_limit_level, design_flood_level, current_level, township_code, geom) "
                     "VALUES ('R2', 'r2', 'small_2', 50, 100.0, 101.0, 99.0, '539901001000', MakePoint(108.93, 28.809, 4490))"),
      QStringLiteral("INSERT INTO flood_gullies (code, name, catchment_km2, villages_at_risk, people, township_code, geom) "
                     "VALUES ('L1', 'l1', 2.5, 1, 120, '539901001000', GeomFromText('LINESTRING(108.925 28.809, 108.93 28.801)', 4490))"),
      QStringLiteral("INSERT INTO flood_gullies (code, name, catchment_km2, villages_at_risk, people, township_code, geom) "
                     "VALUES ('L2', 'l2', 2.5, 1, 900, '539901002000', GeomFromText('LINESTRING(108.97 28.809, 108.98 28.801)', 4490))"),
      QStringLiteral("INSERT INTO warnings (id, identifier, sender, sent, hazard, level, geom) VALUES (1, 'A', 's', '2024-06-20', 'flood', 'orange', %1)").arg(box(108.90, 28.80, 108.94, 28.81)),
      QStringLiteral("INSERT INTO warnings (id, identifier, sender, sent, hazard, level, geom) VALUES (2, 'B', 's', '2024-06-20', 'rainstorm', 'red', %1)").arg(box(108.92, 28.80, 108.94, 28.81)),
    };
    for (const QString &sql : rows)
      QVERIFY2(tryExec(db, sql).isEmpty(), qPrintable(sql + QLatin1Char(' ') + tryExec(db, sql)));

    // Warning A.
    const flood::FloodImpact a = flood::floodImpact(db, 1);
    QVERIFY2(a.applies && a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.villages.size(), 2);
    QCOMPARE(a.villages.at(0).code, QStringLiteral("539901001001"));
    QCOMPARE(a.villages.at(0).people, qint64(500));
    QVERIFY(std::abs(a.villages.at(0).zoneAreaM2 / a.villages.at(0).villageAreaM2 - 0.5) < 1e-3);
    QCOMPARE(a.villages.at(1).people, qint64(450));
    QVERIFY(std::abs(a.villages.at(1).zoneAreaM2 / a.villages.at(1).villageAreaM2 - 0.75) < 1e-3);
    QCOMPARE(a.townships.size(), 1);
    QCOMPARE(a.total.people, qint64(950));
    QCOMPARE(a.total.shelters, 2);
    QCOMPARE(a.total.shelterPlaces, qint64(450));
    QVERIFY(!a.total.covered());
    QCOMPARE(a.total.gaugesOver, 2);
    QCOMPARE(a.total.reservoirsOver, 1);
    QCOMPARE(a.total.gullies, 1);

    // The section on A, cell by cell.
    const ImpactSection s = mFixture.plugin->impactSection(db, 1);
    QCOMPARE(s.rows.size(), 2);
    QCOMPARE(s.rows.at(0).mid(0, 6), (QStringList {QStringLiteral("甲镇"), QStringLiteral("2"), QStringLiteral("950"), QStringLiteral("1"),
                                                    QStringLiteral("2"), QStringLiteral("450")}));
    QVERIFY2(s.rows.at(0).at(6).contains(QStringLiteral("500")), qPrintable(s.rows.at(0).at(6)));
    QCOMPARE(s.rows.at(0).mid(7), (QStringList {QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(s.rows.at(1).mid(1), s.rows.at(0).mid(1));

    // Warning B.
    const flood::FloodImpact b = flood::floodImpact(db, 2);
    QVERIFY2(b.applies && b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(b.villages.size(), 1);
    QCOMPARE(b.villages.at(0).code, QStringLiteral("539901001002"));
    QCOMPARE(b.total.people, qint64(450));
    QCOMPARE(b.total.shelters, 1);
    QCOMPARE(b.total.shelterPlaces, qint64(300));
    QCOMPARE(b.total.gaugesOver, 1);
    QCOMPARE(b.total.reservoirsOver, 0);
    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("二村"));
    QCOMPARE(list.at(0).rank, 450.0);
    // Both zones lie over 二村's part of B: the reason names each.
    QCOMPARE(b.villages.at(0).zoneKinds, (QStringList {QStringLiteral("torrent:20"), QStringLiteral("river_flood:20")}));
    QVERIFY2(list.at(0).reason.contains(QStringLiteral("450")) && list.at(0).reason.contains(QStringLiteral("75.0%")), qPrintable(list.at(0).reason));
    QCOMPARE(list.at(1).table, QStringLiteral("flood_gullies"));
    QCOMPARE(list.at(1).rank, 120.0);
  }

  void checklistsForEveryLevelAndTier()
  {
    for (ResponseTier tier : {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}) {
      QStringList previous;
      for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I}) {
        const QStringList l = mFixture.plugin->checklist(level, tier);
        QVERIFY(!l.isEmpty());
        QVERIFY(l.size() > previous.size()); // a higher level asks for more
        for (const QString &item : previous)
          QVERIFY(l.contains(item)); // and still everything below it
        previous = l;
      }
    }
    const QString county = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString());
    const QString town = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Township).join(QString());
    const QString village = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village).join(QString());
    QVERIFY(county.contains(QStringLiteral("熔断")));
    QVERIFY(county.contains(QStringLiteral("水库")));
    QVERIFY(town.contains(QStringLiteral("巡堤查险")));
    QVERIFY(town.contains(QStringLiteral("24小时值守")));
    QVERIFY(village.contains(QStringLiteral("应转尽转")));
    QVERIFY(!mFixture.plugin->checklist(ResponseLevel::IV, ResponseTier::County).join(QString()).contains(QStringLiteral("Ⅰ级")));
  }

  void statisticsFieldsAndStyles()
  {
    const QStringList fields = mFixture.plugin->dailyStatisticsFields();
    QCOMPARE(fields.size(), 6);
    for (const QString &f : fields) {
      QVERIFY2(f.startsWith(QLatin1String("flood_")) && f.indexOf(QLatin1Char(':')) > 6, qPrintable(f));
      QVERIFY(!f.section(QLatin1Char(':'), 1).isEmpty());
    }
    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 3);
    const QMap<QString, QString> symbolType {{QStringLiteral("flood_zones"), QStringLiteral("fill")},
                                             {QStringLiteral("flood_gullies"), QStringLiteral("line")},
                                             {QStringLiteral("flood_reservoirs"), QStringLiteral("marker")}};
    for (const LayerStyle &s : styles) {
      QVERIFY2(symbolType.contains(s.table), qPrintable(s.table));
      QVERIFY(!s.title.isEmpty());
      QXmlStreamReader xml(s.qml);
      int symbols = 0;
      bool rendererSeen = false;
      while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("renderer-v2"))
          rendererSeen = true;
        if (xml.isStartElement() && xml.name() == QLatin1String("symbol")) {
          ++symbols;
          QCOMPARE(xml.attributes().value(QLatin1String("type")).toString(), symbolType.value(s.table));
        }
      }
      QVERIFY2(!xml.hasError(), qPrintable(s.table + QLatin1Char(' ') + xml.errorString()));
      QVERIFY(rendererSeen);
      QVERIFY(symbols >= 1);
    }
  }
};

QTEST_GUILESS_MAIN(TestFloodPlugin)
#include "test_flood_plugin.moc"
