// The hazardous-chemicals / tailings plugin on real stores: its tables and
// sample rows, the shipped ERG 2024 tables (and hostile ones), the release
// zone and the people in it on a constructed county computed by hand, the
// warning rule against an independent pass, the release event with bad input,
// checklists, statistics fields and layer styles.
//
// Sources of the formulas checked here:
// - distances: ERG 2024 (U.S. DOT/PHMSA, Transport Canada, SCT Mexico),
//   Table 1 pp. 290-291 and Table 3 pp. 341-343 (plugins/hazmat/data/*.csv);
// - zone: ERG "How to use Table 1" (wording of the ERG 2004 edition): an
//   isolation circle of the isolation radius in all directions, and the
//   Protective Action Zone, "for practical purposes a square whose length and
//   width are the same as the downwind distance", downwind of the spill with the
//   spill at the middle of its upwind side;
// - people inside: areal weighting (a village counts by the share of its area
//   inside the zone).
#include "EvacuationTable.h"
#include "ReleaseZone.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace onemap;
using testing::scalar;
using namespace onemap::hazmat;

namespace {
double haversineM(double lon1, double lat1, double lon2, double lat2)
{
  const double r = 6371008.8, d2r = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * d2r / 2), 2)
                   + std::cos(lat1 * d2r) * std::cos(lat2 * d2r) * std::pow(std::sin((lon2 - lon1) * d2r / 2), 2);
  return 2 * r * std::asin(std::sqrt(a));
}

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
  const QString path = dir.filePath(name);
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(text);
  return path;
}

const QString kData = QStringLiteral(ONEMAP_SOURCE_DIR "/plugins/hazmat/data/");

// The constructed county's origin and its metre grid (own arithmetic, not the
// plugin's): 1 degree = pi/180 * 6371008.8 m (IUGG mean radius) = 111195.08 m
// north-south, times cos(latitude) east-west.
constexpr double kLon0 = 100.0, kLat0 = 25.0;
constexpr double kMetresPerDegree = M_PI / 180 * 6371008.8;
double lonAt(double eastM) { return kLon0 + eastM / (kMetresPerDegree * std::cos(kLat0 * M_PI / 180)); }
double latAt(double northM) { return kLat0 + northM / kMetresPerDegree; }
QString rectWkt(double x0, double y0, double x1, double y1)
{
  auto p = [](double x, double y) { return QStringLiteral("%1 %2").arg(lonAt(x), 0, 'f', 9).arg(latAt(y), 0, 'f', 9); };
  return QStringLiteral("MULTIPOLYGON(((%1, %2, %3, %4, %1)))").arg(p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1));
}
} // namespace

class TestHazmatPlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes)
  {
    return mFixture.ingest(identifier, event, codes, QStringLiteral("53990104100@yjj.example.cn"), QStringLiteral("示范县应急管理局"),
                           QDateTime::fromString(QStringLiteral("2024-06-20T09:00:00+08:00"), Qt::ISODate));
  }

  QStringList townships() const { return mFixture.townships(); }

  qint64 releases() { return scalar(mFixture.store->handle(), QStringLiteral("SELECT COUNT(*) FROM hazmat_releases")); }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_hazmat_plugin"));
    const QString opened = mFixture.open(QStringLiteral("hazmat"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QCOMPARE(mFixture.plugin->id(), QStringLiteral("hazmat"));
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
  }

  void tablesAndSample()
  {
    sqlite3 *db = mFixture.store->handle();
    for (const char *t : {"hazmat_sources", "hazmat_tailings_ponds", "hazmat_sensors", "hazmat_releases"})
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name = '%1' AND srid = 4490 "
                                         "AND spatial_index_enabled = 1").arg(QLatin1String(t))),
               1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'plugin.hazmat.schema'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sensors")), 15);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_tailings_ponds")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stations WHERE kind = 'tailings'")), 6);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_pond_stations p JOIN stations s ON s.code = p.station_code")), 6);
    // Every source and pond inside the county, valid points; sources within 1 km of a road.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources s JOIN admin_units c ON c.level = 'county' "
                                       "WHERE ST_IsValid(s.geom) = 1 AND ST_Within(s.geom, c.geom) = 1")),
             5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_tailings_ponds s JOIN admin_units c ON c.level = 'county' "
                                       "WHERE ST_Within(s.geom, c.geom) = 1")),
             3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources s WHERE "
                                       "(SELECT MIN(ST_Distance(r.geom, s.geom, 1)) FROM roads r) < 1000")),
             5);
    // Each source's substance is in the shipped table; one sensor of each kind over threshold.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources WHERE un IN ('1005','1017','1050','1053','1076','1079')")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sensors WHERE latest_value > threshold")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stations WHERE kind = 'tailings' AND latest_value > threshold")), 1);
    // Constraints reject bad rows.
    QVERIFY(!SqlStatement(db, QStringLiteral("INSERT INTO hazmat_sources (code, enterprise, name, un, quantity_t, grade) "
                                             "VALUES ('X1', 'e', 'n', '1017', 5, 5)")).exec());
    QVERIFY(!SqlStatement(db, QStringLiteral("INSERT INTO hazmat_sources (code, enterprise, name, un, quantity_t, grade) "
                                             "VALUES ('X2', 'e', 'n', 'abcd', 5, 1)")).exec());
    QVERIFY(!SqlStatement(db, QStringLiteral("INSERT INTO hazmat_tailings_ponds (code, name, enterprise, grade, dam_height_m, "
                                             "capacity_1e4m3, downstream_deg, influence_km) VALUES ('P', 'n', 'e', 6, 10, 10, 10, 1)")).exec());
    QVERIFY(!SqlStatement(db, QStringLiteral("INSERT INTO hazmat_releases (un, spill, period, wind_from_deg, wind_speed_ms, occurred_at) "
                                             "VALUES ('1017', 'huge', 'day', 0, 1, 'x')")).exec());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources")), 5);
  }

  void shippedErgTables()
  {
    // The numbers below are read off ERG 2024 Table 1 p.290-291 and Table 3
    // p.341-343 (see the CSV headers); the test guards the transcription.
    auto t1 = EvacuationTable::fromCsv(kData + QStringLiteral("erg2024_table1.csv"));
    QVERIFY2(t1, qPrintable(t1.message()));
    QCOMPARE(t1.value().size(), 6);
    auto cl = t1.value().lookup(QStringLiteral("氯气"), Spill::Small, Period::Night);
    QVERIFY(cl);
    QCOMPARE(cl.value().isolationM, 60.0);
    QCOMPARE(cl.value().protectiveKm, 1.5);
    QCOMPARE(cl.value().source, QStringLiteral("ERG2024 Table 1 p.290"));
    QCOMPARE(t1.value().lookup(QStringLiteral("1053"), Spill::Large, Period::Night).value().protectiveKm, 6.3);
    QCOMPARE(t1.value().lookup(QStringLiteral("Hydrogen chloride, anhydrous"), Spill::Small, Period::Day).value().isolationM, 30.0);
    QCOMPARE(t1.value().lookup(QStringLiteral("1076"), Spill::Large, Period::Day).value().isolationM, 500.0);
    auto large = t1.value().lookup(QStringLiteral("1017"), Spill::Large, Period::Day);
    QVERIFY(!large);
    QVERIFY2(large.message().contains(QLatin1String("Table 3")), qPrintable(large.message()));
    for (const QString &un : {QStringLiteral("1005"), QStringLiteral("1017"), QStringLiteral("1050"), QStringLiteral("1079")})
      QVERIFY(t1.value().largeInTable3(un));

    auto t3 = ContainerTable::fromCsv(kData + QStringLiteral("erg2024_table3.csv"));
    QVERIFY2(t3, qPrintable(t3.message()));
    QCOMPARE(t3.value().size(), 16);
    auto rail = t3.value().lookup(QStringLiteral("1017"), QStringLiteral("rail_tank_car"), Period::Night, Wind::Low);
    QVERIFY(rail);
    QCOMPARE(rail.value().isolationM, 1000.0);
    QCOMPARE(rail.value().protectiveKm, 11.0);
    QVERIFY(rail.value().atLeast);
    QCOMPARE(t3.value().lookup(QStringLiteral("1005"), QStringLiteral("agricultural_nurse_tank"), Period::Night, Wind::Low).value().protectiveKm, 1.4);
    QCOMPARE(t3.value().lookup(QStringLiteral("1079"), QStringLiteral("small_cylinders"), Period::Day, Wind::High).value().protectiveKm, 1.1);
    QCOMPARE(t3.value().lookup(QStringLiteral("1050"), QStringLiteral("highway_tank"), Period::Night, Wind::Moderate).value().protectiveKm, 1.5);
    QVERIFY(!t3.value().lookup(QStringLiteral("1005"), QStringLiteral("ton_cylinders"), Period::Day, Wind::Low));
    // Wind classes of Table 3: < 10 km/h low, 10-20 km/h moderate, > 20 km/h high.
    QCOMPARE(windClass(2.7), Wind::Low);       // 9.72 km/h
    QCOMPARE(windClass(2.8), Wind::Moderate);  // 10.08 km/h
    QCOMPARE(windClass(5.5), Wind::Moderate);  // 19.8 km/h
    QCOMPARE(windClass(5.6), Wind::High);      // 20.16 km/h
  }

  void hostileTables()
  {
    QTemporaryDir dir;
    const QByteArray head = "un,name_zh,name_en,small_isolation_m,small_day_km,small_night_km,large_isolation_m,large_day_km,large_night_km,source\n";
    struct Case { const char *file; QByteArray body; const char *row, *field; };
    const Case cases[] = {
      {"units.csv", head + "1017,氯气,Chlorine,60 m,0.3,1.5,table3,table3,table3,p.290\n", "row 2", "small_isolation_m"},
      {"km.csv", head + "# comment\n1017,氯气,Chlorine,60,0.3,1.5 km,table3,table3,table3,p.290\n", "row 3", "small_night_km"},
      {"neg.csv", head + "1053,硫化氢,H2S,30,0.1,0.5,400,-2.4,6.3,p.290\n", "row 2", "large_day_km"},
      {"wrongunit.csv", head + "1053,硫化氢,H2S,0.03,0.1,0.5,400,2.4,6.3,p.290\n", "row 2", "small_isolation_m"},
      {"metres.csv", head + "1053,硫化氢,H2S,30,300,500,400,2.4,6.3,p.290\n", "row 2", "small_day_km"},
      {"broken.csv", head + "1053,\"硫化氢,H2S,30,0.1,0.5,400,2.4,6.3,p.290\n", "row 2", "expected 10 fields"},
      {"short.csv", head + "1053,硫化氢,H2S,30,0.1\n", "row 2", "expected 10 fields"},
      {"half3.csv", head + "1017,氯气,Chlorine,60,0.3,1.5,table3,2,table3,p.290\n", "row 2", "large_isolation_m"},
      {"plus.csv", head + "1017,氯气,Chlorine,60+,0.3,1.5,table3,table3,table3,p.290\n", "row 2", "small_isolation_m"},
      {"empty.csv", QByteArray("# nothing here\n"), "", "no header row"},
    };
    for (const Case &c : cases) {
      auto r = EvacuationTable::fromCsv(write(dir, QString::fromLatin1(c.file), c.body));
      QVERIFY2(!r, c.file);
      const QString m = r.message();
      QVERIFY2(m.contains(QLatin1String(c.file)) && m.contains(QLatin1String(c.row)) && m.contains(QLatin1String(c.field)), qPrintable(m));
    }
    // A huge file is refused before it is parsed.
    QByteArray huge = head;
    const QByteArray row = "1053,硫化氢,H2S,30,0.1,0.5,400,2.4,6.3,p.290\n";
    while (huge.size() <= kMaxTableBytes)
      huge += row;
    auto big = EvacuationTable::fromCsv(write(dir, QStringLiteral("huge.csv"), huge));
    QVERIFY(!big);
    QVERIFY2(big.message().contains(QLatin1String("huge.csv")) && big.message().contains(QLatin1String("too large")), qPrintable(big.message()));

    const QByteArray head3 = "un,container,isolation_m,day_low_km,day_moderate_km,day_high_km,night_low_km,night_moderate_km,night_high_km,source\n";
    auto box = ContainerTable::fromCsv(write(dir, QStringLiteral("box.csv"), head3 + "1017,tanker_ship,1000,9.6,6.3,5.1,11.0+,8.9,6.5,p\n"));
    QVERIFY(!box);
    QVERIFY2(box.message().contains(QLatin1String("box.csv")) && box.message().contains(QLatin1String("row 2"))
               && box.message().contains(QLatin1String("field container")), qPrintable(box.message()));
    auto neg3 = ContainerTable::fromCsv(write(dir, QStringLiteral("neg3.csv"), head3 + "1017,rail_tank_car,1000,9.6,6.3,5.1,11.0+,-8.9,6.5,p\n"));
    QVERIFY(!neg3 && neg3.message().contains(QLatin1String("night_moderate_km")));
    // Quoted names with commas are one field.
    auto quoted = EvacuationTable::fromCsv(write(dir, QStringLiteral("q.csv"), head + "1005,液氨,\"Ammonia, anhydrous\",30,0.1,0.2,table3,table3,table3,p.290\n"));
    QVERIFY2(quoted, qPrintable(quoted.message()));
    QCOMPARE(quoted.value().substances().first().nameEn, QStringLiteral("Ammonia, anhydrous"));
  }

  void zoneGeometryByHand()
  {
    // Wind FROM the north (0 deg): the plume goes south (180 deg). D = 2000 m:
    // the square spans 1000 m either side of the spill and 2000 m downwind.
    ReleaseZone z;
    z.lon = kLon0;
    z.lat = kLat0;
    z.isolationM = 100;
    z.protectiveM = 2000;
    z.windFromDeg = 0;
    QCOMPARE(downwindAzimuthDeg(z), 180.0);
    QVector<QPointF> c = protectiveCornersM(z);
    const QVector<QPointF> south = {{1000, 0}, {-1000, 0}, {-1000, -2000}, {1000, -2000}};
    for (int i = 0; i < 4; ++i) {
      QVERIFY2(std::hypot(c[i].x() - south[i].x(), c[i].y() - south[i].y()) < 1e-6, qPrintable(QStringLiteral("corner %1").arg(i)));
    }
    // Wind from the east (90): plume west; corners (0,-1000) (0,1000) (-2000,1000) (-2000,-1000).
    z.windFromDeg = 90;
    c = protectiveCornersM(z);
    const QVector<QPointF> west = {{0, -1000}, {0, 1000}, {-2000, 1000}, {-2000, -1000}};
    for (int i = 0; i < 4; ++i)
      QVERIFY(std::hypot(c[i].x() - west[i].x(), c[i].y() - west[i].y()) < 1e-6);
    // In degrees: 1000 m east at 25 N = 1000 / (111195.08 * cos 25) = 0.0099229 deg;
    // 2000 m south = 2000 / 111195.08 = 0.0179864 deg.
    double lon = 0, lat = 0;
    toLonLat(kLon0, kLat0, 1000, -2000, lon, lat);
    QVERIFY2(std::fabs(lon - (kLon0 + 0.0099229)) < 1e-6, qPrintable(QString::number(lon, 'f', 9)));
    QVERIFY2(std::fabs(lat - (kLat0 - 0.0179864)) < 1e-6, qPrintable(QString::number(lat, 'f', 9)));
    QVERIFY(protectiveWkt(z).startsWith(QLatin1String("POLYGON((")));
  }

  void releaseOnAConstructedCountyByHand()
  {
    // A county of three villages around a spill at (100 E, 25 N), in metres
    // east/north of it. H2S (UN1053), small spill at night: ERG 2024 Table 1
    // p.290 gives isolate 30 m, protect 0.5 km. Wind from the north, so the
    // square is x in [-250, 250], y in [-500, 0]; the lower half of the 30 m
    // circle lies inside it, the upper half sticks out north.
    //   A: x [0, 500], y [-250, 0], 1000 people, 300 households: the square
    //      covers x [0, 250] -> 250 x 250 / (500 x 250) = 0.5 -> 500 people, 150 households.
    //   B: x [-300, 300], y [100, 400], 400 people: north of the circle (30 m) -> 0.
    //   C: x [-200, -50], y [-450, -300], 600 people, 200 households: inside -> 600, 200.
    // Total 1100 people, 350 households, all in township 539999001000.
    // Zone area: 500 x 500 + half the 72-gon of radius 30
    //   = 250000 + 0.5 * (0.5 * 72 * 30^2 * sin 5 deg) = 250000 + 1411.8 = 251411.8 m2.
    QTemporaryDir dir;
    auto s = Store::open(dir.filePath(QStringLiteral("built.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    std::unique_ptr<Store> store = s.take();
    QVERIFY2(mFixture.registry->applyMigrations(*store).ok(), "migrations");
    sqlite3 *db = store->handle();
    struct Unit { const char *code, *name, *level, *parent; qint64 pop, hh; QString wkt; };
    const Unit units[] = {
      {"539999000000", "构造县", "county", "", 2000, 650, rectWkt(-3000, -3000, 3000, 3000)},
      {"539999001000", "构造镇", "township", "539999000000", 2000, 650, rectWkt(-3000, -3000, 3000, 3000)},
      {"539999001001", "甲村", "village", "539999001000", 1000, 300, rectWkt(0, -250, 500, 0)},
      {"539999001002", "乙村", "village", "539999001000", 400, 150, rectWkt(-300, 100, 300, 400)},
      {"539999001003", "丙村", "village", "539999001000", 600, 200, rectWkt(-200, -450, -50, -300)},
    };
    for (const Unit &u : units) {
      SqlStatement ins(db, QStringLiteral("INSERT INTO admin_units (code, name, level, parent_code, population, households, geom) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, GeomFromText(?7, 4490))"));
      ins.bind(1, QString::fromLatin1(u.code)).bind(2, QString::fromUtf8(u.name)).bind(3, QString::fromLatin1(u.level))
        .bind(4, QString::fromLatin1(u.parent)).bind(5, u.pop).bind(6, u.hh).bind(7, u.wkt);
      QVERIFY2(ins.exec(), qPrintable(ins.error()));
    }
    QString error;
    const qint64 id = mFixture.plugin->recordEvent(db, QStringLiteral("release"),
                                                   {{QStringLiteral("longitude"), kLon0}, {QStringLiteral("latitude"), kLat0},
                                                    {QStringLiteral("un"), QStringLiteral("1053")}, {QStringLiteral("spill"), QStringLiteral("small")},
                                                    {QStringLiteral("period"), QStringLiteral("night")}, {QStringLiteral("wind_from_deg"), 0},
                                                    {QStringLiteral("wind_speed"), 2.0},
                                                    {QStringLiteral("occurred_at"), QStringLiteral("2024-06-20T22:10:00+08:00")}},
                                                   &error);
    QVERIFY2(id > 0, qPrintable(error));
    const EventImpact impact = mFixture.plugin->eventImpact(db, QStringLiteral("release"), id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(impact.areaWkt.startsWith(QLatin1String("MULTIPOLYGON")));
    // Area in m2 from degrees: x k^2 cos(lat) with k = 111195.08 m/deg.
    SqlStatement area(db, QStringLiteral("SELECT ST_Area(GeomFromText(?1, 4490))"));
    area.bind(1, impact.areaWkt);
    QVERIFY(area.next());
    const double m2 = area.real(0) * kMetresPerDegree * kMetresPerDegree * std::cos(kLat0 * M_PI / 180);
    QVERIFY2(std::fabs(m2 - 251411.8) < 1.0, qPrintable(QString::number(m2, 'f', 2)));

    QCOMPARE(impact.section.headers.size(), 4);
    QCOMPARE(impact.section.rows.size(), 2); // 构造镇 + total
    QCOMPARE(impact.section.rows.at(0), (QStringList {QStringLiteral("构造镇"), QStringLiteral("2"), QStringLiteral("1100"), QStringLiteral("350")}));
    QCOMPARE(impact.section.rows.at(1).mid(1), (QStringList {QStringLiteral("2"), QStringLiteral("1100"), QStringLiteral("350")}));
    QVERIFY2(impact.section.summary.contains(QLatin1String("30 m")) && impact.section.summary.contains(QLatin1String("0.5 km"))
               && impact.section.summary.contains(QLatin1String("ERG2024 Table 1 p.290")),
             qPrintable(impact.section.summary));
    QCOMPARE(impact.threatened.size(), 2);
    QCOMPARE(impact.threatened.at(0).name, QStringLiteral("丙村")); // 600 > 500
    QVERIFY(std::fabs(impact.threatened.at(0).rank - 600) < 1.0);
    QCOMPARE(impact.threatened.at(1).name, QStringLiteral("甲村"));
    QVERIFY2(std::fabs(impact.threatened.at(1).rank - 500) < 1.0, qPrintable(QString::number(impact.threatened.at(1).rank)));

    // The model's own pass agrees with the hand shares.
    auto shares = villagesInArea(db, impact.areaWkt);
    QVERIFY(shares);
    QCOMPARE(shares.value().size(), 2);
    QVERIFY2(std::fabs(shares.value().at(1).fraction - 0.5) < 1e-6, qPrintable(QString::number(shares.value().at(1).fraction, 'f', 9)));
    QVERIFY(std::fabs(shares.value().at(0).fraction - 1.0) < 1e-9);
  }

  void badReleasesNameTheFieldAndWriteNothing()
  {
    sqlite3 *db = mFixture.store->handle();
    const QVector<EventKind> kinds = mFixture.plugin->eventKinds();
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds.first().id, QStringLiteral("release"));
    QStringList names;
    for (const EventParameter &p : kinds.first().parameters) {
      names << p.name;
      QVERIFY(!p.label.isEmpty());
      if (p.name == QLatin1String("un"))
        QCOMPARE(p.choices.size(), 6);
    }
    QCOMPARE(names.join(QLatin1Char(',')),
             QStringLiteral("source_id,longitude,latitude,un,spill,period,container,wind_from_deg,wind_speed,occurred_at"));

    const qint64 chlorine = scalar(db, QStringLiteral("SELECT id FROM hazmat_sources WHERE un = '1017'"));
    QVERIFY(chlorine > 0);
    const QVariantMap good = {{QStringLiteral("source_id"), chlorine},
                              {QStringLiteral("un"), QStringLiteral("1017")},
                              {QStringLiteral("spill"), QStringLiteral("large")},
                              {QStringLiteral("period"), QStringLiteral("night")},
                              {QStringLiteral("container"), QStringLiteral("ton_cylinders")},
                              {QStringLiteral("wind_from_deg"), 225},
                              {QStringLiteral("wind_speed"), 2.0},
                              {QStringLiteral("occurred_at"), QStringLiteral("2024-06-20T23:40:00+08:00")}};
    struct Bad { const char *field; QVariant value; const char *expect; };
    const Bad bads[] = {
      {"un", QStringLiteral("9999"), "un:"},
      {"spill", QStringLiteral("huge"), "spill:"},
      {"period", QStringLiteral("dusk"), "period:"},
      {"wind_from_deg", 400, "wind_from_deg: 400 is outside 0..360"},
      {"wind_from_deg", QStringLiteral("north"), "wind_from_deg:"},
      {"wind_speed", -1, "wind_speed:"},
      {"occurred_at", QStringLiteral("yesterday"), "occurred_at:"},
      {"container", QStringLiteral("tanker_ship"), "container:"},
      {"container", QStringLiteral("agricultural_nurse_tank"), "container:"}, // an ammonia container, not chlorine
      {"container", QVariant(), "container:"},                              // large chlorine needs one
      {"source_id", 999999, "source_id:"},
      {"source_id", 1.5, "source_id:"},
      {"foo", 1, "foo:"},
    };
    const qint64 before = releases();
    for (const Bad &b : bads) {
      QVariantMap v = good;
      if (b.value.isValid())
        v.insert(QString::fromLatin1(b.field), b.value);
      else
        v.remove(QString::fromLatin1(b.field));
      QString error;
      QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), v, &error), qint64(-1));
      QVERIFY2(error.startsWith(QLatin1String(b.expect)), qPrintable(QStringLiteral("%1 -> %2").arg(QLatin1String(b.field), error)));
      QCOMPARE(releases(), before);
    }
    // Place: both, neither, half a point; a container on a small spill; another kind.
    QString error;
    QVariantMap both = good;
    both.insert(QStringLiteral("longitude"), 101.0);
    both.insert(QStringLiteral("latitude"), 25.0);
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), both, &error), qint64(-1));
    QVERIFY2(error.startsWith(QLatin1String("source_id:")), qPrintable(error));
    QVariantMap none = good;
    none.remove(QStringLiteral("source_id"));
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), none, &error), qint64(-1));
    QVERIFY(error.startsWith(QLatin1String("source_id:")));
    none.insert(QStringLiteral("longitude"), 101.0);
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), none, &error), qint64(-1));
    QVERIFY2(error.startsWith(QLatin1String("latitude:")), qPrintable(error));
    none.insert(QStringLiteral("latitude"), 99.0);
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), none, &error), qint64(-1));
    QVERIFY2(error.startsWith(QLatin1String("latitude: 99")), qPrintable(error));
    QVariantMap small = good;
    small.insert(QStringLiteral("spill"), QStringLiteral("small"));
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("release"), small, &error), qint64(-1));
    QVERIFY(error.startsWith(QLatin1String("container:")));
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("fire"), good, &error), qint64(-1));
    QVERIFY(error.startsWith(QLatin1String("kind:")));
    QCOMPARE(releases(), before);

    error.clear();
    // The good one: a large chlorine release from ton cylinders at night in a
    // light wind (2 m/s = 7.2 km/h: low): Table 3 p.341 gives 300 m, 3.5 km.
    const qint64 id = mFixture.plugin->recordEvent(db, QStringLiteral("release"), good, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(releases(), before + 1);
    const EventImpact impact = mFixture.plugin->eventImpact(db, QStringLiteral("release"), id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(impact.section.summary.contains(QLatin1String("300 m")) && impact.section.summary.contains(QLatin1String("3.5 km"))
               && impact.section.summary.contains(QLatin1String("ERG2024 Table 3 p.341")),
             qPrintable(impact.section.summary));
    // The township rows add up to the total row, and to the villages listed.
    qint64 people = 0;
    for (int i = 0; i + 1 < impact.section.rows.size(); ++i)
      people += impact.section.rows.at(i).at(2).toLongLong();
    const qint64 total = impact.section.rows.last().at(2).toLongLong();
    QVERIFY(std::llabs(people - total) <= impact.section.rows.size());
    double listed = 0;
    for (const ThreatenedObject &o : impact.threatened)
      if (o.table == QLatin1String("admin_units"))
        listed += o.rank;
    QVERIFY(std::fabs(listed - double(total)) <= 1.0);
    QVERIFY(total > 0);
    // The source itself lies inside its own release area.
    bool sourceListed = false;
    for (const ThreatenedObject &o : impact.threatened)
      sourceListed = sourceListed || (o.table == QLatin1String("hazmat_sources") && o.id == chlorine);
    QVERIFY(sourceListed);
    if (const QString dir = qEnvironmentVariable("ONEMAP_GRAB_DIR"); !dir.isEmpty()) {
      QFile wkt(dir + QStringLiteral("/hazmat_release_zone.wkt"));
      if (wkt.open(QIODevice::WriteOnly))
        wkt.write(impact.areaWkt.toUtf8() + "\n" + impact.section.summary.toUtf8() + "\n");
    }
    QVERIFY(!mFixture.plugin->eventImpact(db, QStringLiteral("release"), 987654, &error).section.title.size());
    QVERIFY(!error.isEmpty());
  }

  void warningRuleAgainstAnIndependentPass()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 id = ingest(QStringLiteral("HZ-1"), QStringLiteral("危险化学品泄漏预警"), townships());
    QVERIFY(id > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE id = %1 AND hazard = 'hazmat'").arg(id)), 1);
    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    // Alarms first: the over-threshold gas detector and pond station.
    QCOMPARE(list.at(0).rank > 1e11, true);
    QCOMPARE(list.at(1).rank > 1e11, true);
    QCOMPARE(list.at(2).rank < 1e11, true);
    QSet<QString> alarmTables {list.at(0).table, list.at(1).table};
    QCOMPARE(alarmTables, (QSet<QString> {QStringLiteral("hazmat_sensors"), QStringLiteral("stations")}));

    // Independent pass: the worst-case distance per substance from the CSVs,
    // village centroids by haversine; ponds by distance and a 45 degree sector.
    auto t1 = EvacuationTable::fromCsv(kData + QStringLiteral("erg2024_table1.csv"));
    auto t3 = ContainerTable::fromCsv(kData + QStringLiteral("erg2024_table3.csv"));
    QVERIFY(t1 && t3);
    auto worst = [&](const QString &un) {
      double km = 0;
      for (Period p : {Period::Day, Period::Night}) {
        km = std::max(km, t1.value().lookup(un, Spill::Small, p).value().protectiveKm);
        if (!t1.value().largeInTable3(un))
          km = std::max(km, t1.value().lookup(un, Spill::Large, p).value().protectiveKm);
        for (const QString &c : t3.value().containers(un))
          for (Wind w : {Wind::Low, Wind::Moderate, Wind::High})
            km = std::max(km, t3.value().lookup(un, c, p, w).value().protectiveKm);
      }
      return km;
    };
    struct V { qint64 id; double x, y; };
    QVector<V> villages;
    SqlStatement v(db, QStringLiteral("SELECT id, X(ST_Centroid(geom)), Y(ST_Centroid(geom)) FROM admin_units WHERE level = 'village'"));
    while (v.next())
      villages << V {v.int64(0), v.real(1), v.real(2)};
    QSet<qint64> expected;
    SqlStatement s(db, QStringLiteral("SELECT un, X(geom), Y(geom) FROM hazmat_sources"));
    while (s.next())
      for (const V &x : villages)
        if (haversineM(s.real(1), s.real(2), x.x, x.y) <= worst(s.text(0)) * 1000)
          expected.insert(x.id);
    SqlStatement p(db, QStringLiteral("SELECT X(geom), Y(geom), downstream_deg, influence_km FROM hazmat_tailings_ponds"));
    while (p.next())
      for (const V &x : villages) {
        const double east = (x.x - p.real(0)) * std::cos(p.real(1) * M_PI / 180), north = x.y - p.real(1);
        double bearing = std::atan2(east, north) * 180 / M_PI;
        double diff = std::fmod(std::fabs(bearing - p.real(2)) + 360.0, 360.0);
        diff = std::min(diff, 360 - diff);
        if (haversineM(p.real(0), p.real(1), x.x, x.y) <= p.real(3) * 1000 && diff <= 45)
          expected.insert(x.id);
      }
    QSet<qint64> got;
    int sources = 0, ponds = 0;
    for (const ThreatenedObject &o : list) {
      if (o.table == QLatin1String("admin_units"))
        got.insert(o.id);
      sources += o.table == QLatin1String("hazmat_sources");
      ponds += o.table == QLatin1String("hazmat_tailings_ponds");
      QVERIFY(!o.reason.isEmpty());
    }
    QCOMPARE(sources, 5);
    QCOMPARE(ponds, 3);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(got, expected);

    const ImpactSection sec = mFixture.plugin->impactSection(db, id);
    QVERIFY(!sec.title.isEmpty());
    QCOMPARE(sec.rows.last().at(1).toInt(), 5);
    QCOMPARE(sec.rows.last().at(2).toInt(), 3);
    QCOMPARE(sec.rows.last().at(3).toInt(), expected.size());
    qint64 people = 0;
    for (int i = 0; i + 1 < sec.rows.size(); ++i) {
      QCOMPARE(sec.rows.at(i).size(), sec.headers.size());
      people += sec.rows.at(i).at(4).toLongLong();
    }
    QCOMPARE(sec.rows.last().at(4).toLongLong(), people);
    QVERIFY2(sec.summary.contains(QString::number(people)), qPrintable(sec.summary));

    // A warning over one township without a source or pond threatens less.
    QString empty;
    for (const QString &town : townships()) {
      if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_sources s JOIN admin_units t ON t.code = '%1' "
                                    "WHERE ST_Within(s.geom, t.geom) = 1").arg(town)) == 0
          && scalar(db, QStringLiteral("SELECT COUNT(*) FROM hazmat_tailings_ponds s JOIN admin_units t ON t.code = '%1' "
                                       "WHERE ST_Within(s.geom, t.geom) = 1").arg(town)) == 0) {
        empty = town;
        break;
      }
    }
    QVERIFY(!empty.isEmpty());
    const qint64 quiet = ingest(QStringLiteral("HZ-2"), QStringLiteral("危险化学品泄漏预警"), {empty});
    QVERIFY(mFixture.plugin->threatenedBy(db, quiet, &error).isEmpty());
    QVERIFY(mFixture.plugin->impactSection(db, quiet).title.isEmpty());
  }

  void otherHazardsThreatenNothingHere()
  {
    const qint64 id = ingest(QStringLiteral("FIRE-1"), QStringLiteral("森林火险预警"), townships());
    QVERIFY(id > 0);
    QString error;
    QVERIFY(mFixture.plugin->threatenedBy(mFixture.store->handle(), id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(mFixture.store->handle(), id).title.isEmpty());
  }

  void cleanupTestCase()
  {
    // For a look at the sample: ONEMAP_GRAB_DIR gets a copy of the store.
    if (const QString dir = qEnvironmentVariable("ONEMAP_GRAB_DIR"); !dir.isEmpty()) {
      const QString copy = dir + QStringLiteral("/hazmat_sample.sqlite");
      QFile::remove(copy);
      SqlStatement into(mFixture.store->handle(), QStringLiteral("VACUUM INTO ?1"));
      into.bind(1, copy);
      QVERIFY2(into.exec(), qPrintable(into.error()));
    }
    mFixture.store.reset();
  }

  void checklistsStatisticsAndStyles()
  {
    for (ResponseTier tier : {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}) {
      QStringList previous;
      for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I}) {
        const QStringList l = mFixture.plugin->checklist(level, tier);
        QVERIFY(!l.isEmpty());
        QVERIFY(l.size() >= previous.size());
        previous = l;
      }
      QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, tier).size() > mFixture.plugin->checklist(ResponseLevel::IV, tier).size());
    }
    const QString county = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString());
    for (const char *word : {"警戒区", "疏散", "监测", "洗消", "医疗救护", "尾矿库"})
      QVERIFY2(county.contains(QString::fromUtf8(word)), word);

    const QStringList fields = mFixture.plugin->dailyStatisticsFields();
    QCOMPARE(fields.size(), 5);
    for (const QString &f : fields)
      QVERIFY(f.contains(QLatin1Char(':')) && !f.section(QLatin1Char(':'), 1).isEmpty());

    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 4);
    for (const LayerStyle &st : styles) {
      QVERIFY(!st.title.isEmpty());
      QCOMPARE(scalar(mFixture.store->handle(), QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name = '%1' "
                                                               "AND geometry_type IN (1, 1001)").arg(st.table)),
               1); // all points: marker symbols fit
      QXmlStreamReader xml(st.qml);
      while (!xml.atEnd())
        xml.readNext();
      QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
      QVERIFY(st.qml.contains(QLatin1String("type=\"marker\"")));
    }
  }
};

QTEST_GUILESS_MAIN(TestHazmatPlugin)
#include "test_hazmat_plugin.moc"
