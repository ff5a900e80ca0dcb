// The forest-fire plugin on a real sample-county store: its fire_ tables and
// sample rows, the fire-danger level by area class and season, the warning rule
// against an independent SQL pass, fire events (validation, hand-computed
// spread ellipse, what lies in it counted independently), checklists and styles.
#include "FireDanger.h"
#include "FireEvents.h"
#include "FireSpread.h"
#include "FireTables.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace onemap;
using testing::real;
using testing::scalar;
using namespace onemap::forestfire;

namespace {
constexpr double kEarthRadiusM = 6371008.8;

QString digest(sqlite3 *db)
{
  QString all;
  for (const char *sql : {"SELECT group_concat(code || name || danger_class || AsText(geom), ';') FROM fire_forest_areas",
                          "SELECT group_concat(code || name || view_radius_m || AsText(geom), ';') FROM fire_watch_posts",
                          "SELECT group_concat(code || width_m || AsText(geom), ';') FROM fire_firebreaks",
                          "SELECT group_concat(code || status || AsText(geom), ';') FROM fire_hotspots",
                          "SELECT group_concat(name || AsText(geom), ';') FROM fire_events"}) {
    SqlStatement q(db, QString::fromLatin1(sql));
    all += q.next() ? q.text(0) : q.error();
  }
  return all;
}
} // namespace

class TestForestfirePlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QString &headline, const QString &sent,
                const QStringList &codes)
  {
    testing::GeocodeCap c;
    c.identifier = identifier;
    c.event = event;
    c.codes = codes;
    c.sender = QStringLiteral("53990104100@forestry.example.cn");
    c.sent = sent;
    c.senderName = QStringLiteral("示范县气象局");
    c.headline = headline;
    return mFixture.ingest(c, QDateTime::fromString(sent, Qt::ISODate).addSecs(600));
  }

  sqlite3 *db() { return mFixture.store->handle(); }

  QVariantMap goodFire()
  {
    return {{QStringLiteral("name"), QStringLiteral("测试火点")},
            {QStringLiteral("lon"), 0.0},
            {QStringLiteral("lat"), 0.0},
            {QStringLiteral("started_at"), QStringLiteral("2024-03-20T14:00:00+08:00")},
            {QStringLiteral("wind_speed"), 5.0},
            {QStringLiteral("wind_from_deg"), 270.0},
            {QStringLiteral("duration_h"), 2.0},
            {QStringLiteral("fuel_type"), QStringLiteral("grass")},
            {QStringLiteral("r0_m_per_min"), 1.0}};
  }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_forestfire_plugin"));
    const QString opened = mFixture.open(QStringLiteral("forestfire"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QCOMPARE(mFixture.plugin->id(), QStringLiteral("forestfire"));
    const QString migrated = mFixture.applyMigrations();
    QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
  }

  void migrationsAreRecordedWithSpatialIndexes()
  {
    QCOMPARE(scalar(db(), QStringLiteral("SELECT value FROM store_meta WHERE key = 'plugin.forestfire.schema'")),
             qint64(mFixture.plugin->migrations().size()));
    const QStringList types {QStringLiteral("fire_forest_areas:MULTIPOLYGON"), QStringLiteral("fire_watch_posts:POINT"),
                             QStringLiteral("fire_firebreaks:MULTILINESTRING"), QStringLiteral("fire_hotspots:POINT"),
                             QStringLiteral("fire_events:POINT")};
    for (const QString &t : types) {
      SqlStatement q(db(), QStringLiteral("SELECT geometry_type, srid, spatial_index_enabled FROM geometry_columns "
                                          "WHERE f_table_name = ?1 AND f_geometry_column = 'geom'"));
      q.bind(1, t.section(QLatin1Char(':'), 0, 0));
      QVERIFY2(q.next(), qPrintable(t));
      // SpatiaLite codes: 1 point, 5 multilinestring, 6 multipolygon.
      const int expected = t.endsWith(QLatin1String(":POINT")) ? 1 : t.endsWith(QLatin1String("MULTILINESTRING")) ? 5 : 6;
      QCOMPARE(q.int64(0), qint64(expected));
      QCOMPARE(q.int64(1), qint64(4490));
      QCOMPARE(q.int64(2), qint64(1));
    }
  }

  void sampleRowsArePlacedSensibly()
  {
    sqlite3 *d = db();
    const qint64 forests = scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_forest_areas"));
    QVERIFY(forests >= 20);
    QVERIFY(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_watch_posts")) >= 10);
    QVERIFY(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_firebreaks")) >= 10);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_hotspots")), qint64(8));
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(DISTINCT status) FROM fire_hotspots")), qint64(4));
    // Every township but at most one has forest; a level-1 county: class I is the most common.
    QVERIFY(scalar(d, QStringLiteral("SELECT COUNT(DISTINCT township_code) FROM fire_forest_areas")) >= 11);
    QCOMPARE(scalar(d, QStringLiteral("SELECT danger_class FROM fire_forest_areas GROUP BY danger_class ORDER BY COUNT(*) DESC LIMIT 1")), qint64(1));
    QVERIFY(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_forest_areas WHERE danger_class = 1")) * 5 >= forests * 2);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(DISTINCT danger_class) FROM fire_forest_areas")), qint64(3));
    // Valid, inside the county (to 100 m2: GEOS leaves slivers along the
    // nearly collinear county edge), not overlapping one another.
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_forest_areas WHERE ST_IsValid(geom) = 1")), forests);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_forest_areas f, admin_units c WHERE c.level = 'county' "
                                      "AND COALESCE(ST_Area(ST_Difference(f.geom, c.geom), 1), 0) < 100")),
             forests);
    QVERIFY(real(d, QStringLiteral("SELECT COALESCE(SUM(ST_Area(ST_Intersection(a.geom, b.geom), 1)), 0) FROM fire_forest_areas a, "
                                   "fire_forest_areas b WHERE a.id < b.id AND ST_Intersects(a.geom, b.geom)")) < 1.0);
    // area_ha is the geodesic area.
    QVERIFY(real(d, QStringLiteral("SELECT MAX(ABS(area_ha - ST_Area(geom, 1) / 10000.0)) FROM fire_forest_areas")) < 0.01);
    // Away from the town centres: nothing within 2 km of a township seat (its community's centre).
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_forest_areas f, admin_units v WHERE v.level = 'village' "
                                      "AND substr(v.code, 10) = '001' AND ST_Distance(f.geom, ST_Centroid(v.geom), 1) < 2000")),
             qint64(0));
    // On the thinly settled land: the villages under forest are less dense than the county.
    const double forestDensity = real(d, QStringLiteral(
      "SELECT SUM(population) / SUM(area_km2) FROM admin_units v WHERE v.level = 'village' AND EXISTS "
      "(SELECT 1 FROM fire_forest_areas f WHERE ST_Intersects(f.geom, ST_Centroid(v.geom)))"));
    const double countyDensity = real(d, QStringLiteral("SELECT SUM(population) / SUM(area_km2) FROM admin_units WHERE level = 'village'"));
    QVERIFY2(forestDensity < 0.8 * countyDensity, qPrintable(QStringLiteral("%1 vs %2").arg(forestDensity).arg(countyDensity)));
    // Posts stand in their forest, firebreaks run inside forests.
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_watch_posts p WHERE EXISTS "
                                      "(SELECT 1 FROM fire_forest_areas f WHERE ST_Within(p.geom, f.geom))")),
             scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_watch_posts")));
    QVERIFY(real(d, QStringLiteral("SELECT MAX(ST_Length(ST_Difference(b.geom, (SELECT ST_Union(geom) FROM fire_forest_areas)), 1)) "
                                   "FROM fire_firebreaks b")) < 1.0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_hotspots h, admin_units c WHERE c.level = 'county' AND ST_Within(h.geom, c.geom)")),
             qint64(8));
    // The sample fire is labelled and starts in a class I forest.
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_events e, fire_forest_areas f WHERE e.name LIKE '%样例%' "
                                      "AND e.source LIKE '%样例%' AND f.danger_class = 1 AND ST_Within(e.geom, f.geom)")),
             qint64(1));
  }

  void sampleIsDeterministic()
  {
    sqlite3 *d = db();
    const QString before = digest(d);
    QVERIFY(before.contains(QLatin1String("MULTIPOLYGON")));
    QVERIFY(mFixture.store->transaction([&]() -> Status {
      for (const char *t : {"fire_events", "fire_hotspots", "fire_firebreaks", "fire_watch_posts", "fire_forest_areas"})
        if (const QString e = execSql(d, QStringLiteral("DELETE FROM %1").arg(QLatin1String(t))); !e.isEmpty())
          return Status::failure(e);
      const QString e = writeSampleFireData(d, 2024);
      return e.isEmpty() ? Status() : Status::failure(e);
    }).ok());
    QCOMPARE(digest(d), before);
  }

  void constraintsRejectBadRows()
  {
    sqlite3 *d = db();
    const char *bad[] = {
      "INSERT INTO fire_forest_areas (code, name, forest_type, danger_class, area_ha) VALUES ('X1', 'x', 'coniferous', 4, 10)",
      "INSERT INTO fire_forest_areas (code, name, forest_type, danger_class, area_ha) VALUES ('X2', 'x', 'palm', 1, 10)",
      "INSERT INTO fire_watch_posts (code, name, view_radius_m) VALUES ('X3', 'x', 0)",
      "INSERT INTO fire_firebreaks (code, name, kind, width_m) VALUES ('X4', 'x', 'engineered', -5)",
      "INSERT INTO fire_hotspots (code, source, detected_at, confidence, status) VALUES ('X5', 'fy3d', '2024-03-01', 50, 'burning')",
      "INSERT INTO fire_hotspots (code, source, detected_at, confidence, status) VALUES ('X6', 'fy3d', '2024-03-01', 101, 'pending')",
      "INSERT INTO fire_events (name, started_at, wind_speed, wind_from_deg, duration_h, fuel_type, r0_m_per_min) "
      "VALUES ('x', '2024-03-01', 30, 0, 1, 'litter', 1)",
      "INSERT INTO fire_events (name, started_at, wind_speed, wind_from_deg, duration_h, fuel_type, r0_m_per_min) "
      "VALUES ('x', '2024-03-01', 3, 360, 1, 'litter', 1)",
    };
    const qint64 before = scalar(d, QStringLiteral("SELECT (SELECT COUNT(*) FROM fire_forest_areas) + (SELECT COUNT(*) FROM fire_watch_posts) "
                                                   "+ (SELECT COUNT(*) FROM fire_firebreaks) + (SELECT COUNT(*) FROM fire_hotspots) "
                                                   "+ (SELECT COUNT(*) FROM fire_events)"));
    for (const char *sql : bad) {
      SqlStatement q(d, QString::fromLatin1(sql));
      QVERIFY2(!q.exec(), sql);
      QVERIFY2(q.error().contains(QLatin1String("CHECK")), qPrintable(q.error()));
    }
    QCOMPARE(scalar(d, QStringLiteral("SELECT (SELECT COUNT(*) FROM fire_forest_areas) + (SELECT COUNT(*) FROM fire_watch_posts) "
                                      "+ (SELECT COUNT(*) FROM fire_firebreaks) + (SELECT COUNT(*) FROM fire_hotspots) "
                                      "+ (SELECT COUNT(*) FROM fire_events)")),
             before);
  }

  void dangerLevelByClassAndSeason()
  {
    // County plan (seed 003) / domain.md: Feb-May is the high season.
    QVERIFY(!isHighSeason(QDate(2024, 1, 31)));
    QVERIFY(isHighSeason(QDate(2024, 2, 1)));
    QVERIFY(isHighSeason(QDate(2024, 5, 31)));
    QVERIFY(!isHighSeason(QDate(2024, 6, 1)));
    QVERIFY(!isHighSeason(QDate(2024, 11, 23)));
    // In season: class I -> 4 (高), II -> 3 (较高), III -> 2 (较低) on the GB/T 36743 five levels.
    QCOMPARE(dangerLevel(1, QDate(2024, 3, 15)), 4);
    QCOMPARE(dangerLevel(2, QDate(2024, 2, 1)), 3);
    QCOMPARE(dangerLevel(3, QDate(2024, 5, 31)), 2);
    // Out of season: class I -> 2, II and III -> 1.
    QCOMPARE(dangerLevel(1, QDate(2024, 7, 15)), 2);
    QCOMPARE(dangerLevel(2, QDate(2024, 1, 31)), 1);
    QCOMPARE(dangerLevel(3, QDate(2024, 6, 1)), 1);
    // A forecast raises the level, never lowers it.
    QCOMPARE(dangerLevel(3, QDate(2024, 8, 1), 5), 5);
    QCOMPARE(dangerLevel(1, QDate(2024, 3, 1), 2), 4);
    QCOMPARE(dangerLevel(1, QDate()), 0);
    QCOMPARE(levelOfWarningColour(QStringLiteral("yellow")), 3);
    QCOMPARE(levelOfWarningColour(QStringLiteral("red")), 5);
  }

  void warningThreatensVillagesWithForestInTheArea()
  {
    sqlite3 *d = db();
    // The township with the most class I forest, in the high season, yellow (三级) warning.
    SqlStatement t(d, QStringLiteral("SELECT township_code FROM fire_forest_areas WHERE danger_class = 1 "
                                     "GROUP BY township_code ORDER BY SUM(area_ha) DESC LIMIT 1"));
    QVERIFY(t.next());
    const QString township = t.text(0);
    const qint64 id = ingest(QStringLiteral("FF-1"), QStringLiteral("森林火险"), QStringLiteral("示范县发布森林火险黄色预警"),
                             QStringLiteral("2024-03-15T08:00:00+08:00"), {township});
    QVERIFY(id > 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE id = %1 AND hazard = 'forest_fire' AND level = 'yellow'").arg(id)), qint64(1));

    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(d, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Independent pass: the union of all forests, cut to the warning area, overlapping the village land.
    SqlStatement q(d, QStringLiteral(
      "SELECT v.id, v.population, (SELECT MIN(f.danger_class) FROM fire_forest_areas f "
      "  WHERE ST_Area(ST_Intersection(ST_Intersection(f.geom, w.geom), v.geom)) > 1e-8) "
      "FROM admin_units v, warnings w, (SELECT ST_Union(geom) AS g FROM fire_forest_areas) u "
      "WHERE w.id = ?1 AND v.level = 'village' AND ST_Area(ST_Intersection(ST_Intersection(u.g, w.geom), v.geom)) > 1e-8 "
      "ORDER BY v.population DESC, v.id"));
    q.bind(1, id);
    QMap<qint64, int> expectedLevel;
    QVector<qint64> expectedOrder;
    qint64 people = 0;
    while (q.next()) {
      // In season: baseline 5 - class, the yellow warning stands for level 3.
      expectedLevel.insert(q.int64(0), std::max(5 - int(q.int64(2)), 3));
      expectedOrder << q.int64(0);
      people += q.int64(1);
    }
    QVERIFY2(!q.hasError(), qPrintable(q.error()));
    QVERIFY(expectedOrder.size() >= 2);
    const qint64 posts = scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_watch_posts p, warnings w WHERE w.id = %1 AND ST_Within(p.geom, w.geom)").arg(id));
    QVERIFY(posts >= 1);

    QVector<qint64> villages;
    for (const ThreatenedObject &o : list)
      if (o.table == QLatin1String("admin_units")) {
        villages << o.id;
        QVERIFY2(o.reason.contains(dangerLevelName(expectedLevel.value(o.id))), qPrintable(o.reason));
      }
    QCOMPARE(qint64(list.size()), qint64(villages.size()) + posts);
    // Most people first (population ties broken by level, then id).
    QCOMPARE(villages.size(), expectedOrder.size());
    QCOMPARE(QSet<qint64>(villages.begin(), villages.end()), QSet<qint64>(expectedOrder.begin(), expectedOrder.end()));
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    QCOMPARE(list.first().table, QStringLiteral("admin_units"));
    QCOMPARE(list.last().table, QStringLiteral("fire_watch_posts")); // villages before posts
    QVERIFY(list.first().reason.contains(QString::number(scalar(d, QStringLiteral("SELECT population FROM admin_units WHERE id = %1").arg(list.first().id)))));

    const ImpactSection s = mFixture.plugin->impactSection(d, id);
    QVERIFY(!s.title.isEmpty());
    QVERIFY(s.rows.size() >= 2);
    for (const QStringList &row : s.rows)
      QCOMPARE(row.size(), s.headers.size());
    const QStringList total = s.rows.last();
    QCOMPARE(total.at(4).toLongLong(), qint64(expectedOrder.size()));
    QCOMPARE(total.at(5).toLongLong(), people);
    QCOMPARE(total.at(6).toLongLong(), posts);
    QVERIFY2(s.summary.contains(QString::number(people)), qPrintable(s.summary));
  }

  void warningOverOneVillageKeepsToIt()
  {
    sqlite3 *d = db();
    // A village largely under forest: the forest inside its own land meets no neighbour's.
    SqlStatement v(d, QStringLiteral("SELECT v.code, v.id FROM admin_units v, fire_forest_areas f WHERE v.level = 'village' "
                                     "AND ST_Intersects(v.geom, f.geom) ORDER BY ST_Area(ST_Intersection(v.geom, f.geom)) DESC LIMIT 1"));
    QVERIFY(v.next());
    const qint64 id = ingest(QStringLiteral("FF-2"), QStringLiteral("森林火险"), QStringLiteral("示范县发布森林火险红色预警"),
                             QStringLiteral("2024-08-01T08:00:00+08:00"), {v.text(0)});
    QVERIFY(id > 0);
    QString error;
    const auto list = mFixture.plugin->threatenedBy(d, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().table, QStringLiteral("admin_units"));
    QCOMPARE(list.first().id, v.int64(1));
    int villages = 0;
    for (const auto &o : list)
      villages += o.table == QLatin1String("admin_units");
    QCOMPARE(villages, 1);
    // Red = level 5 whatever the season.
    QVERIFY2(list.first().reason.contains(dangerLevelName(5)), qPrintable(list.first().reason));
  }

  void otherHazardsThreatenNothing()
  {
    SqlStatement t(db(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
    QStringList towns;
    while (t.next())
      towns << t.text(0);
    const qint64 id = ingest(QStringLiteral("RS-1"), QStringLiteral("暴雨"), QStringLiteral("示范县发布暴雨橙色预警"),
                             QStringLiteral("2024-03-15T08:00:00+08:00"), towns);
    QVERIFY(id > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM warnings WHERE id = %1 AND hazard = 'rainstorm'").arg(id)), qint64(1));
    QString error;
    QVERIFY(mFixture.plugin->threatenedBy(db(), id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(db(), id).title.isEmpty());
    QVERIFY(mFixture.plugin->threatenedBy(db(), 999999, &error).isEmpty());
  }

  void spreadEllipseByHand()
  {
    // The grass fire of goodFire(): V = 5 m/s from the west, R0 = 1 m/min, Ks = 1.6 (王正非 1983: 茅草杂草), 2 h.
    //  Wang Zhengfei: Kw = exp(0.1783*5) = exp(0.8915) = 2.43879; R = 1 * 1.6 * 2.43879 = 3.90206 m/min
    //   head run = 3.90206 * 120 = 468.247 m
    //  Midflame wind (Rothermel 1983 WAF 0.4, 10 m -> 20 ft / 1.15): 0.4 * 5 / 1.15 = 1.73913 m/s = 3.89032 mph
    //  Anderson 1983: LB = 0.936*e^(0.2566*3.89032) + 0.461*e^(-0.1548*3.89032) - 0.397
    //                    = 0.936*2.71355 + 0.461*0.547593 - 0.397 = 2.39532
    //  Alexander 1985: sqrt(LB^2 - 1) = 2.17660; HB = (2.39532 + 2.17660)/(2.39532 - 2.17660) = 20.9024
    //   back run = 468.247 / 20.9024 = 22.4016 m
    //  semi-axes a = (468.247 + 22.4016)/2 = 245.324 m, b = 245.324 / 2.39532 = 102.418 m
    //  centre 245.324 - 22.4016 = 222.923 m downwind (east) of the ignition point; area = pi*a*b = 78934 m2
    FireInput in;
    in.r0MetresPerMin = 1.0;
    in.ks = fuelCoefficient(QStringLiteral("grass"));
    in.windSpeed = 5.0;
    in.windFromDeg = 270.0;
    in.hours = 2.0;
    QCOMPARE(in.ks, 1.6);
    const FireEllipse e = spread(in).value();
    QVERIFY(qAbs(e.kw - 2.43879) < 1e-5);
    QVERIFY(qAbs(e.headRunM - 468.247) < 1e-3);
    QVERIFY(qAbs(e.lengthToBreadth - 2.39532) < 1e-5);
    QVERIFY(qAbs(e.headToBack - 20.9024) < 1e-3);
    QVERIFY(qAbs(e.backRunM - 22.4016) < 1e-3);
    QVERIFY(qAbs(e.semiMajorM - 245.324) < 1e-3);
    QVERIFY(qAbs(e.semiMinorM - 102.418) < 1e-3);
    QVERIFY(qAbs(e.centreOffsetM - 222.923) < 1e-3);
    QCOMPARE(e.headingDeg, 90.0);
    QVERIFY(qAbs(e.areaM2() - 78934) < 1);
    QCOMPARE(fuelCoefficient(QStringLiteral("flat_needles")), 0.8);
    QCOMPARE(fuelCoefficient(QStringLiteral("litter")), 1.2);
    QCOMPARE(fuelCoefficient(QStringLiteral("grassland")), 2.0);
  }

  void fireEventImpactIsTheDownwindEllipse()
  {
    sqlite3 *d = db();
    // Ignite at the watch post standing on a firebreak's forest, close to the firebreak.
    SqlStatement p(d, QStringLiteral("SELECT X(ST_StartPoint(ST_GeometryN(b.geom, 1))), Y(ST_StartPoint(ST_GeometryN(b.geom, 1))) "
                                     "FROM fire_firebreaks b ORDER BY b.id LIMIT 1"));
    QVERIFY(p.next());
    QVariantMap v = goodFire();
    v[QStringLiteral("lon")] = p.real(0);
    v[QStringLiteral("lat")] = p.real(1);
    v[QStringLiteral("duration_h")] = 12.0; // a long run so it reaches villages and assets
    v[QStringLiteral("r0_m_per_min")] = 4.0;
    QString error;
    const qint64 id = mFixture.plugin->recordEvent(d, QStringLiteral("fire"), v, &error);
    QVERIFY2(id > 0, qPrintable(error));

    const EventImpact impact = mFixture.plugin->eventImpact(d, QStringLiteral("fire"), id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(impact.areaWkt.startsWith(QLatin1String("POLYGON((")));
    FireInput in;
    in.lon = p.real(0);
    in.lat = p.real(1);
    in.r0MetresPerMin = 4.0;
    in.ks = 1.6;
    in.windSpeed = 5.0;
    in.windFromDeg = 270.0;
    in.hours = 12.0;
    const FireEllipse e = spread(in).value();
    // The polygon: valid, SRID 4490, its area the ellipse's, its centroid east (downwind) of the ignition.
    SqlStatement g(d, QStringLiteral("SELECT ST_IsValid(GeomFromText(?1, 4490)), ST_Area(GeomFromText(?1, 4490), 1), "
                                     "X(ST_Centroid(GeomFromText(?1, 4490))), Y(ST_Centroid(GeomFromText(?1, 4490)))"));
    g.bind(1, impact.areaWkt);
    QVERIFY(g.next());
    QCOMPARE(g.int64(0), qint64(1));
    QVERIFY2(qAbs(g.real(1) - e.areaM2()) / e.areaM2() < 0.005, qPrintable(QString::number(g.real(1))));
    const double k = M_PI / 180.0 * kEarthRadiusM;
    const double east = (g.real(2) - in.lon) * k * std::cos(in.lat * M_PI / 180.0), north = (g.real(3) - in.lat) * k;
    QVERIFY2(qAbs(east - e.centreOffsetM) < 0.01 * e.centreOffsetM, qPrintable(QString::number(east)));
    QVERIFY(qAbs(north) < 0.01 * e.centreOffsetM);

    // What lies in it, counted independently: points by the ellipse equation,
    // villages and firebreaks by GEOS distance to the polygon.
    auto inEllipse = [&](double lon, double lat) {
      const double x = (lon - in.lon) * k * std::cos(in.lat * M_PI / 180.0), y = (lat - in.lat) * k;
      const double h = e.headingDeg * M_PI / 180.0;
      const double along = x * std::sin(h) + y * std::cos(h) - e.centreOffsetM;
      const double across = x * std::cos(h) - y * std::sin(h);
      return std::pow(along / e.semiMajorM, 2) + std::pow(across / e.semiMinorM, 2) <= 1.0;
    };
    auto countPoints = [&](const QString &sql) {
      SqlStatement q(d, sql);
      int n = 0;
      while (q.next())
        n += inEllipse(q.real(0), q.real(1));
      return n;
    };
    QMap<QString, int> found;
    for (const ThreatenedObject &o : impact.threatened) {
      found[o.table] += 1;
      QVERIFY(!o.reason.isEmpty());
    }
    QCOMPARE(found.value(QStringLiteral("fire_watch_posts")), countPoints(QStringLiteral("SELECT X(geom), Y(geom) FROM fire_watch_posts")));
    QCOMPARE(found.value(QStringLiteral("hidden_dangers")),
             countPoints(QStringLiteral("SELECT X(geom), Y(geom) FROM hidden_dangers WHERE status <> 'signed_off'")));
    QCOMPARE(found.value(QStringLiteral("reserves")), countPoints(QStringLiteral("SELECT X(geom), Y(geom) FROM reserves")));
    QCOMPARE(found.value(QStringLiteral("shelters")), countPoints(QStringLiteral("SELECT X(geom), Y(geom) FROM shelters")));
    SqlStatement near(d, QStringLiteral("SELECT (SELECT COUNT(*) FROM admin_units WHERE level = 'village' AND ST_Distance(geom, GeomFromText(?1, 4490)) = 0), "
                                        "(SELECT SUM(population) FROM admin_units WHERE level = 'village' AND ST_Distance(geom, GeomFromText(?1, 4490)) = 0), "
                                        "(SELECT COUNT(*) FROM fire_firebreaks WHERE ST_Distance(geom, GeomFromText(?1, 4490)) = 0)"));
    near.bind(1, impact.areaWkt);
    QVERIFY(near.next());
    QVERIFY(near.int64(0) >= 1);
    QVERIFY(near.int64(2) >= 1); // it starts on a firebreak
    QCOMPARE(qint64(found.value(QStringLiteral("admin_units"))), near.int64(0));
    QCOMPARE(qint64(found.value(QStringLiteral("fire_firebreaks"))), near.int64(2));
    for (int i = 1; i < impact.threatened.size(); ++i)
      QVERIFY(impact.threatened.at(i - 1).rank >= impact.threatened.at(i).rank);

    // The section: rows by township with a total that adds up.
    const ImpactSection &s = impact.section;
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.headers.size(), 8);
    qint64 villages = 0, people = 0;
    for (int r = 0; r + 1 < s.rows.size(); ++r) {
      villages += s.rows.at(r).at(1).toLongLong();
      people += s.rows.at(r).at(2).toLongLong();
    }
    QCOMPARE(s.rows.last().at(1).toLongLong(), villages);
    QCOMPARE(villages, near.int64(0));
    QCOMPARE(people, near.int64(1));
    QCOMPARE(s.rows.last().at(4).toLongLong(), near.int64(2));
    QVERIFY2(s.summary.contains(QString::number(people)), qPrintable(s.summary));
    QVERIFY2(s.summary.contains(QString::number(std::round(e.headRunM))), qPrintable(s.summary));

    // The sample fire runs north-east (wind from the south-west).
    const qint64 sample = scalar(d, QStringLiteral("SELECT id FROM fire_events WHERE name LIKE '%样例%'"));
    const EventImpact si = mFixture.plugin->eventImpact(d, QStringLiteral("fire"), sample, &error);
    QVERIFY2(!si.areaWkt.isEmpty(), qPrintable(error));
    QVERIFY(si.section.summary.contains(QLatin1String("45")));
    // It starts in a class I stand on 15 March: high season, level 4.
    QVERIFY2(si.section.summary.contains(areaClassName(1)) && si.section.summary.contains(dangerLevelName(4)), qPrintable(si.section.summary));
    qInfo("%s", qPrintable(si.section.summary));
  }

  void recordEventRejectsBadValuesAndWritesNothing()
  {
    sqlite3 *d = db();
    const qint64 before = scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_events"));
    struct Bad { const char *field; QVariant value; const char *says; };
    const Bad bads[] = {
      {"wind_speed", 80, "wind_speed: 80 is outside 0..20 m/s"},
      {"wind_speed", QStringLiteral("strong"), "wind_speed: 'strong' is not a number"},
      {"wind_speed", std::nan(""), "wind_speed"},
      {"wind_from_deg", -10, "wind_from_deg"},
      {"duration_h", 0, "duration_h"},
      {"duration_h", 100, "duration_h"},
      {"r0_m_per_min", -1, "r0_m_per_min"},
      {"lon", 200, "lon"},
      {"lat", QStringLiteral("north"), "lat"},
      {"started_at", QStringLiteral("yesterday"), "started_at"},
      {"fuel_type", QStringLiteral("petrol"), "fuel_type: 'petrol' is not one of"},
      {"name", QString(200, QLatin1Char('x')), "name"},
      {"lon", QVariant(), "lon: missing"},
      {"drop_table", 1, "drop_table: unknown field"},
    };
    for (const Bad &b : bads) {
      QVariantMap v = goodFire();
      v[QStringLiteral("lon")] = 100.0;
      v[QStringLiteral("lat")] = 25.0;
      if (b.value.isValid())
        v[QString::fromLatin1(b.field)] = b.value;
      else
        v.remove(QString::fromLatin1(b.field));
      QString error;
      QCOMPARE(mFixture.plugin->recordEvent(d, QStringLiteral("fire"), v, &error), qint64(-1));
      QVERIFY2(error.startsWith(QString::fromLatin1(b.field) + QLatin1Char(':')), qPrintable(error));
      QVERIFY2(error.contains(QString::fromLatin1(b.says)), qPrintable(error));
    }
    QString error;
    QCOMPARE(mFixture.plugin->recordEvent(d, QStringLiteral("quake"), goodFire(), &error), qint64(-1));
    QVERIFY(error.contains(QLatin1String("quake")));
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_events")), before);

    // A hostile name is data; 360 degrees is north (0); the optional name defaults.
    QVariantMap v = goodFire();
    v[QStringLiteral("lon")] = 100.0;
    v[QStringLiteral("lat")] = 25.0;
    v[QStringLiteral("name")] = QStringLiteral("x'); DROP TABLE fire_events; --");
    v[QStringLiteral("wind_from_deg")] = 360;
    const qint64 id = mFixture.plugin->recordEvent(d, QStringLiteral("fire"), v, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_events WHERE id = %1 AND wind_from_deg = 0 AND name LIKE 'x''); DROP%'").arg(id)), qint64(1));
    v.remove(QStringLiteral("name"));
    QVERIFY(mFixture.plugin->recordEvent(d, QStringLiteral("fire"), v, &error) > 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM fire_events")), before + 2);
    QCOMPARE(mFixture.plugin->eventImpact(d, QStringLiteral("fire"), 987654, &error).areaWkt, QString());
    QVERIFY(error.contains(QLatin1String("987654")));
  }

  void eventKindDescribesEveryField()
  {
    const QVector<EventKind> kinds = mFixture.plugin->eventKinds();
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds.first().id, QStringLiteral("fire"));
    QStringList names;
    for (const EventParameter &p : kinds.first().parameters) {
      names << p.name;
      QVERIFY(!p.label.isEmpty());
      if (p.kind == EventParameter::Kind::Number)
        QVERIFY(p.minimum < p.maximum && !p.unit.isEmpty());
    }
    const QVariantMap all = goodFire();
    QCOMPARE(QSet<QString>(names.begin(), names.end()), QSet<QString>(all.keyBegin(), all.keyEnd()));
  }

  void checklistsForEveryLevelAndTier()
  {
    for (ResponseTier tier : {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}) {
      QStringList previous;
      for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I}) {
        const QStringList l = mFixture.plugin->checklist(level, tier);
        QVERIFY(!l.isEmpty());
        QVERIFY(l.size() > previous.size());
        previous = l;
      }
    }
    const QString county = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString());
    for (const char *term : {"扑火前线指挥部", "森林消防", "火场清理看守", "群众转移", "野外用火"})
      QVERIFY2(county.contains(QString::fromUtf8(term)), term);
    QVERIFY(!mFixture.plugin->checklist(ResponseLevel::IV, ResponseTier::County).join(QString()).contains(QStringLiteral("扑火前线指挥部")));
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village).join(QString()).contains(QStringLiteral("护林员")));
  }

  void statisticsAndStyles()
  {
    const QStringList fields = mFixture.plugin->dailyStatisticsFields();
    QVERIFY(fields.size() >= 5);
    for (const QString &f : fields) {
      QVERIFY2(f.startsWith(QLatin1String("fire_")) && f.count(QLatin1Char(':')) == 1 && !f.endsWith(QLatin1Char(':')), qPrintable(f));
    }
    QVERIFY(fields.join(QString()).contains(QLatin1String("fire_area_burned_ha:")));
    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 5);
    for (const LayerStyle &s : styles) {
      QVERIFY(!s.title.isEmpty());
      QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name = '%1'").arg(s.table)), qint64(1));
      QXmlStreamReader xml(s.qml);
      QStringList symbols, referenced;
      while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement) {
          if (xml.name() == QLatin1String("symbol"))
            symbols << xml.attributes().value(QLatin1String("name")).toString();
          else if (xml.name() == QLatin1String("category"))
            referenced << xml.attributes().value(QLatin1String("symbol")).toString();
        }
      QVERIFY2(!xml.hasError(), qPrintable(s.table + QLatin1String(": ") + xml.errorString()));
      QVERIFY(!symbols.isEmpty());
      // QGIS drops a category whose symbol is missing: every one must resolve.
      for (const QString &r : referenced)
        QVERIFY2(symbols.contains(r), qPrintable(s.table + QLatin1String(": ") + r));
      if (!referenced.isEmpty())
        QCOMPARE(referenced.size(), symbols.size());
      // Lines and polygons styled as such.
      const char *type = s.table == QLatin1String("fire_forest_areas") ? "type=\"fill\""
                         : s.table == QLatin1String("fire_firebreaks") ? "type=\"line\"" : "type=\"marker\"";
      QVERIFY2(s.qml.contains(QLatin1String(type)), qPrintable(s.table));
    }
  }
};

QTEST_GUILESS_MAIN(TestForestfirePlugin)
#include "test_forestfire_plugin.moc"
