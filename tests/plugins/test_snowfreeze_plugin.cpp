// The snow/freeze plugin on a real sample-county store: its tables and sample
// rows, the freezing-line model against hand-computed values, connectivity on
// a hand-built network, the warning rule against an independent SQL pass
// (a recursive CTE over the road ends), a constructed case where closing one
// road cuts off one known village, the impact section, checklists and styles.
#include "RoadGraph.h"
#include "SnowModel.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

using namespace onemap;
using testing::real;
using testing::scalar;
using namespace onemap::snowfreeze;

namespace {
// Tried in a savepoint and rolled back, so a bad row never stays.
bool accepted(sqlite3 *db, const QString &sql)
{
  execSql(db, QStringLiteral("SAVEPOINT probe"));
  const bool ok = execSql(db, sql).isEmpty();
  execSql(db, QStringLiteral("ROLLBACK TO probe"));
  execSql(db, QStringLiteral("RELEASE probe"));
  return ok;
}

QSet<qint64> idsOf(const QVector<ThreatenedObject> &list, const QString &table)
{
  QSet<qint64> ids;
  for (const ThreatenedObject &o : list)
    if (o.table == table)
      ids.insert(o.id);
  return ids;
}
} // namespace

class TestSnowfreezePlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;
  int mSerial = 0;

  qint64 ingest(const QString &event, const QString &colour, const QStringList &codes)
  {
    testing::GeocodeCap c;
    c.identifier = QStringLiteral("SNOW-%1").arg(++mSerial);
    c.event = event;
    c.codes = codes;
    c.sender = QStringLiteral("53990104100@weather.example.cn");
    c.sent = QStringLiteral("2024-01-20T08:%1:00+08:00").arg(mSerial, 2, 10, QLatin1Char('0'));
    c.senderName = QStringLiteral("示范县气象台");
    c.headline = QStringLiteral("示范县气象台发布%1%2预警信号").arg(event, colour);
    return mFixture.ingest(c, QDateTime::fromString(QStringLiteral("2024-01-20T09:00:00+08:00"), Qt::ISODate));
  }

  QStringList townships() const { return mFixture.townships(); }

  // The county seat found independently of the plugin: the village of 城关镇
  // where the provincial and national roads (seat to seat) meet. Its altitude
  // and its point as AsText gives it.
  QPair<double, QString> countySeat()
  {
    SqlStatement q(mFixture.store->handle(), QStringLiteral(
      "SELECT a.altitude_m, AsText(a.geom) FROM snow_village_altitude a JOIN admin_units v ON v.code = a.village_code "
      "JOIN admin_units t ON t.code = v.parent_code AND t.name = '城关镇' "
      "JOIN roads r ON r.road_class IN ('provincial','national') "
      " AND (AsText(ST_StartPoint(r.geom)) = AsText(a.geom) OR AsText(ST_EndPoint(r.geom)) = AsText(a.geom)) LIMIT 1"));
    return q.next() ? qMakePair(q.real(0), q.text(1)) : qMakePair(-1.0, QString());
  }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_snowfreeze_plugin"));
    const QString opened = mFixture.open(QStringLiteral("snowfreeze"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(mFixture.registry->plugin(QStringLiteral("geohazard"))); // loaded side by side
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
  }

  void migrationsAreRecordedWithSpatialIndexes()
  {
    sqlite3 *db = mFixture.store->handle();
    QCOMPARE(mFixture.store->meta(QStringLiteral("plugin.snowfreeze.schema")), QStringLiteral("1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name IN "
                                       "('snow_road_segments','snow_power_lines','snow_village_altitude') "
                                       "AND srid = 4490 AND spatial_index_enabled = 1")),
             3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT geometry_type FROM geometry_columns WHERE f_table_name = 'snow_power_lines'")), 2); // LINESTRING
  }

  void sampleRowsCoverTheCountyAndAgree()
  {
    sqlite3 *db = mFixture.store->handle();
    // One altitude row per road and per village.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_road_segments")), scalar(db, QStringLiteral("SELECT COUNT(*) FROM roads")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude a JOIN admin_units v ON v.code = a.village_code AND v.level = 'village'")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM admin_units WHERE level = 'village'")));
    // A mountain county: 1,000..2,800 m everywhere, and a real spread.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude WHERE altitude_m < 1000 OR altitude_m > 2800")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_road_segments WHERE min_alt_m < 1000 OR max_alt_m > 2800")), 0);
    QVERIFY(real(db, QStringLiteral("SELECT MAX(altitude_m) - MIN(altitude_m) FROM snow_village_altitude")) > 1000);
    // Each village's altitude point inside its own village.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude a JOIN admin_units v ON v.code = a.village_code "
                                       "WHERE ST_Within(a.geom, v.geom) = 1")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude")));
    // One terrain: a road ending at a village passes that village's altitude.
    const qint64 ending = scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude a JOIN roads r ON AsText(ST_EndPoint(r.geom)) = AsText(a.geom) "
                                                    "JOIN snow_road_segments s ON s.road_id = r.id"));
    QVERIFY(ending >= 100);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude a JOIN roads r ON AsText(ST_EndPoint(r.geom)) = AsText(a.geom) "
                                       "JOIN snow_road_segments s ON s.road_id = r.id WHERE a.altitude_m BETWEEN s.min_alt_m AND s.max_alt_m")),
             ending);
    // Bridges sit on a river; every icing spot on its road.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_road_segments WHERE icing_kind = 'bridge'")) > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_road_segments s WHERE icing_kind = 'bridge' AND "
                                       "(SELECT MIN(ST_Distance(s.geom, ri.geom, 1)) FROM rivers ri) > 1")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_road_segments s JOIN roads r ON r.id = s.road_id "
                                       "WHERE s.icing_prone = 1 AND ST_Distance(s.geom, r.geom, 1) > 1")),
             0);
    // Power lines: every voltage, inside the county, valid, design ice in the zones.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines")) >= 20);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT voltage_kv) FROM snow_power_lines")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines l JOIN admin_units c ON c.level = 'county' "
                                       "WHERE ST_Within(l.geom, c.geom) = 1 AND ST_IsValid(l.geom) = 1")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines")));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines WHERE design_ice_mm >= 20")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines WHERE design_ice_mm <= 10")) > 0);
  }

  void constraintsRejectBadRows()
  {
    sqlite3 *db = mFixture.store->handle();
    // Each probe frees a real road's row first (the same savepoint rolls it back).
    const qint64 road = scalar(db, QStringLiteral("SELECT MIN(id) FROM roads"));
    const QString free = QStringLiteral("DELETE FROM snow_road_segments WHERE road_id = %1; ").arg(road);
    QVERIFY(accepted(db, free + QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m) VALUES (%1, 1200, 1400)").arg(road)));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m) VALUES (%1, 1200, 1400)")
                            .arg(scalar(db, QStringLiteral("SELECT MAX(id) FROM roads")) + 1000))); // no such road
    QVERIFY(!accepted(db, free + QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m) VALUES (%1, 1500, 1400)").arg(road)));
    QVERIFY(!accepted(db, free + QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m, icing_prone) VALUES (%1, 1200, 1400, 1)").arg(road)));
    QVERIFY(!accepted(db, free + QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m, icing_prone, icing_kind, icing_alt_m) "
                                                "VALUES (%1, 1200, 1400, 1, 'tunnel', 1300)").arg(road)));
    QVERIFY(accepted(db, free + QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m, icing_prone, icing_kind, icing_alt_m) "
                                               "VALUES (%1, 1200, 1400, 1, 'bridge', 1300)").arg(road)));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_road_segments (road_id, min_alt_m, max_alt_m) SELECT road_id, 1, 2 FROM snow_road_segments LIMIT 1")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_power_lines (code, name, voltage_kv, design_ice_mm, min_alt_m, max_alt_m) "
                                         "VALUES ('X1', 'x', 20, 10, 1000, 1200)")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_power_lines (code, name, voltage_kv, design_ice_mm, min_alt_m, max_alt_m) "
                                         "VALUES ('X1', 'x', 35, -1, 1000, 1200)")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_power_lines (code, name, voltage_kv, design_ice_mm, min_alt_m, max_alt_m, households_served) "
                                         "VALUES ('X1', 'x', 35, 10, 1000, 1200, -5)")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_village_altitude (village_code, altitude_m) VALUES ('5399', 1500)")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_village_altitude (village_code, altitude_m) SELECT village_code, 1500 FROM snow_village_altitude LIMIT 1")));
    QVERIFY(!accepted(db, QStringLiteral("INSERT INTO snow_power_lines (code, name, voltage_kv, design_ice_mm, min_alt_m, max_alt_m, geom) "
                                         "VALUES ('X2', 'x', 35, 10, 1000, 1200, MakePoint(100, 25, 4490))"))); // a point is not a line
  }

  void modelAgainstHandComputedValues()
  {
    // Lapse rate 0.65 degC / 100 m (ISO 2533 / ICAO standard atmosphere);
    // T_level 6/4/2/0 degC (yellow and red: CMA cold-wave thresholds).
    // Seat at 1,200 m, orange: H = 1200 + 2 / 0.0065 = 1200 + 307.69 = 1507.69 m.
    QCOMPARE(qRound(freezingAltitudeM(Level::Orange, 1200) * 100), 150769);
    // Blue: 1200 + 6 / 0.0065 = 1200 + 923.08 = 2123.08 m; red: the seat itself.
    QCOMPARE(qRound(freezingAltitudeM(Level::Blue, 1200) * 100), 212308);
    QCOMPARE(freezingAltitudeM(Level::Red, 1200), 1200.0);
    // Bridge at 1,600 m on a road whose top is 1,800 m: 1600 + 2 / 0.0065 = 1907.69 m.
    QCOMPARE(qRound(effectiveAltitudeM(1800, 1600) * 100), 190769);
    QCOMPARE(effectiveAltitudeM(1800, -1), 1800.0);
    QCOMPARE(effectiveAltitudeM(1800, 1300), 1800.0); // 1300 + 307.69 < 1800
    // Orange, H = 1507.69. Kept open (除冰保畅 order): national +4 / 0.0065 =
    // +615.38 -> closes at 2123.08 m; county +2 / 0.0065 = +307.69 -> 1815.38 m;
    // township +1 / 0.0065 = +153.85 -> 1661.54 m; village roads close at H.
    const double h = freezingAltitudeM(Level::Orange, 1200);
    QVERIFY(isIced(1800, h));
    QVERIFY(!isClosed(2123, h, QStringLiteral("national")));
    QVERIFY(isClosed(2124, h, QStringLiteral("provincial")));
    QVERIFY(!isClosed(1815, h, QStringLiteral("county")));
    QVERIFY(isClosed(1816, h, QStringLiteral("county")));
    QVERIFY(!isClosed(1661, h, QStringLiteral("township")));
    QVERIFY(isClosed(1662, h, QStringLiteral("township")));
    QVERIFY(isClosed(1508, h, QStringLiteral("village")));
    QVERIFY(!isIced(1507, h));
    // Ice (GB 50545-2010 zones at the line, +1 mm / 100 m above it):
    // red, H = 1200, line top 2,000 m: 20 + (2000 - 1200) / 100 = 28 mm.
    QCOMPARE(expectedIceMm(Level::Red, 2000, 1200), 28.0);
    // yellow, H = 1200 + 615.38 = 1815.38, top 2,300 m: 10 + 484.62 / 100 = 14.85 mm.
    QCOMPARE(qRound(expectedIceMm(Level::Yellow, 2300, freezingAltitudeM(Level::Yellow, 1200)) * 100), 1485);
    QCOMPARE(expectedIceMm(Level::Orange, 1500, h), 0.0); // below the line: no ice
    QCOMPARE(iceZone(10), QStringLiteral("light"));
    QCOMPARE(iceZone(15), QStringLiteral("medium"));
    QCOMPARE(iceZone(20), QStringLiteral("heavy"));
    Level l = Level::Blue;
    QVERIFY(levelFromText(QStringLiteral("orange"), &l));
    QVERIFY(l == Level::Orange);
    QVERIFY(!levelFromText(QStringLiteral("purple"), &l));
  }

  void graphOnAHandBuiltNetwork()
  {
    // Seat S(0,0) - T(0.1,0) - A(0.1,0.05) - B(0.15,0.05); a loop S - C(0,0.05) - T.
    //   edges: 0 S-T, 1 T-A, 2 A-B, 3 S-C, 4 C-T
    const QVector<RoadEdge> edges {{1, 0, 0, 0.1, 0}, {2, 0.1, 0, 0.1, 0.05}, {3, 0.1, 0.05, 0.15, 0.05},
                                   {4, 0, 0, 0, 0.05}, {5, 0, 0.05, 0.1, 0}};
    const RoadGraph g(edges);
    QCOMPARE(g.nodeCount(), 5);
    const int s = g.nodeAt(0, 0), t = g.nodeAt(0.1, 0), a = g.nodeAt(0.1, 0.05), b = g.nodeAt(0.15, 0.05), c = g.nodeAt(0, 0.05);
    QVERIFY(s >= 0 && t >= 0 && a >= 0 && b >= 0 && c >= 0);
    QCOMPARE(g.nodeAt(0.3, 0.3), -1);
    QCOMPARE(g.edgesAt(t).size(), 3);
    QCOMPARE(g.nearestNode(0.149, 0.051), b);
    const QVector<bool> all(5, true);
    QCOMPARE(g.reachable(s, all).count(true), 5);
    // Closing T-A cuts off A and the village beyond it, B; nothing else.
    QVector<bool> open = all;
    open[1] = false;
    QVector<bool> r = g.reachable(s, open);
    QVERIFY(r[t] && r[c] && !r[a] && !r[b]);
    // Closing S-T does not: the loop through C still reaches T, A and B.
    open = all;
    open[0] = false;
    r = g.reachable(s, open);
    QCOMPARE(r.count(true), 5);
    // Both sides of the loop closed: T, A, B cut off, C still reached.
    open[4] = false;
    r = g.reachable(s, open);
    QVERIFY(r[c] && !r[t] && !r[a] && !r[b]);
    // From A with A-B closed, only A itself.
    open = all;
    open[2] = false;
    QVERIFY(!g.reachable(a, open)[b]);
  }

  void orangeWarningMatchesAnIndependentSqlPass()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 id = ingest(QStringLiteral("道路结冰"), QStringLiteral("橙色"), townships());
    QVERIFY(id > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE id = %1 AND hazard = 'snow_freeze' AND level = 'orange'").arg(id)), 1);

    // h_ref and H = h_ref + 2 / 0.0065 (orange), then the closed roads by
    // plain SQL, then who still reaches the seat by a recursive CTE over the
    // road ends: none of the plugin's code.
    const QPair<double, QString> seat = countySeat();
    const double href = seat.first;
    QVERIFY(href >= 1000);
    const double h = href + 2.0 / 0.0065;
    const QString closed = QStringLiteral(
      "SELECT r.id FROM roads r JOIN snow_road_segments s ON s.road_id = r.id JOIN warnings w ON w.id = %1 "
      "WHERE ST_Intersects(r.geom, w.geom) = 1 AND "
      "  MAX(s.max_alt_m, COALESCE(s.icing_alt_m + 2.0 / 0.0065, -1)) >= (%2 + 2.0 / 0.0065) + "
      "  CASE r.road_class WHEN 'national' THEN 4.0 WHEN 'provincial' THEN 4.0 WHEN 'county' THEN 2.0 WHEN 'township' THEN 1.0 ELSE 0 END / 0.0065")
                             .arg(id).arg(href, 0, 'f', 3); // altitudes are whole metres: H computed as the plugin does
    const QString reach = QStringLiteral(
      "WITH RECURSIVE e(a, b) AS (SELECT AsText(ST_StartPoint(geom)), AsText(ST_EndPoint(geom)) FROM roads "
      "                           WHERE is_cut = 0 AND id NOT IN (%1)), "
      "reach(n) AS (SELECT ?1 "
      "             UNION SELECT CASE WHEN e.a = reach.n THEN e.b ELSE e.a END FROM e JOIN reach ON e.a = reach.n OR e.b = reach.n) "
      "SELECT v.id FROM admin_units v JOIN snow_village_altitude a ON a.village_code = v.code "
      "WHERE AsText(a.geom) NOT IN (SELECT n FROM reach) ORDER BY v.id")
                            .arg(closed);
    QSet<qint64> expected;
    SqlStatement q(db, reach);
    q.bind(1, seat.second);
    while (q.next())
      expected.insert(q.int64(0));
    QVERIFY2(!q.hasError(), qPrintable(q.error()));
    const qint64 closedCount = scalar(db, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(closed));

    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<qint64> cut = idsOf(list, QStringLiteral("admin_units"));
    // A real case: some villages cut off, not all of them.
    QVERIFY2(!expected.isEmpty(), "the orange freezing line should cut off some villages");
    QVERIFY(expected.size() < scalar(db, QStringLiteral("SELECT COUNT(*) FROM admin_units WHERE level = 'village'")) - 1);
    QCOMPARE(cut, expected);

    // Closed roads: the plugin lists every closed one (and iced open ones).
    int closedListed = 0;
    for (const ThreatenedObject &o : list)
      if (o.table == QLatin1String("roads") && o.reason.contains(QStringLiteral("close to traffic")))
        ++closedListed;
    QCOMPARE(qint64(closedListed), closedCount);

    // Order: cut-off villages by people, then roads by class, then lines.
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    QCOMPARE(list.first().table, QStringLiteral("admin_units"));
    QString ids;
    for (qint64 v : expected)
      ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(v);
    QCOMPARE(list.first().id, scalar(db, QStringLiteral("SELECT id FROM admin_units WHERE id IN (%1) ORDER BY population DESC, code LIMIT 1").arg(ids)));
    QVERIFY(list.first().reason.contains(QStringLiteral("cut off")));
    int lastClass = -1;
    bool seenRoad = false;
    for (const ThreatenedObject &o : list) {
      if (o.table == QLatin1String("admin_units")) {
        QVERIFY(!seenRoad);
        continue;
      }
      if (o.table != QLatin1String("roads"))
        continue;
      seenRoad = true;
      SqlStatement c(db, QStringLiteral("SELECT CASE road_class WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'county' THEN 2 "
                                        "WHEN 'township' THEN 3 ELSE 4 END FROM roads WHERE id = ?1"));
      c.bind(1, o.id);
      QVERIFY(c.next());
      QVERIFY(int(c.int64(0)) >= lastClass);
      lastClass = int(c.int64(0));
    }

    // Power lines at risk: design ice below 15 + (top - H) / 100 mm, top above H, in the area.
    const qint64 lines = scalar(db, QStringLiteral("SELECT COUNT(*) FROM snow_power_lines l JOIN warnings w ON w.id = %1 "
                                                   "WHERE ST_Intersects(l.geom, w.geom) = 1 AND l.max_alt_m >= (%2 + 2.0 / 0.0065) "
                                                   "AND l.design_ice_mm < 15 + (l.max_alt_m - (%2 + 2.0 / 0.0065)) / 100.0")
                                      .arg(id).arg(href, 0, 'f', 3));
    QVERIFY(lines > 0);
    QCOMPARE(qint64(idsOf(list, QStringLiteral("snow_power_lines")).size()), lines);

    // Impact section: townships plus a total row that adds up.
    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.headers.size(), 6);
    QVERIFY(s.rows.size() >= 2);
    qint64 villages = 0, people = 0, lineRows = 0;
    double km = 0;
    for (int i = 0; i + 1 < s.rows.size(); ++i) {
      QCOMPARE(s.rows.at(i).size(), s.headers.size());
      km += s.rows.at(i).at(1).toDouble();
      villages += s.rows.at(i).at(2).toLongLong();
      people += s.rows.at(i).at(3).toLongLong();
      lineRows += s.rows.at(i).at(5).toLongLong();
    }
    const QStringList total = s.rows.last();
    QCOMPARE(total.at(2).toLongLong(), qint64(expected.size()));
    QCOMPARE(villages, qint64(expected.size()));
    const qint64 expectedPeople = scalar(db, QStringLiteral("SELECT SUM(population) FROM admin_units WHERE id IN (%1)").arg(ids));
    QCOMPARE(people, expectedPeople);
    QCOMPARE(total.at(3).toLongLong(), expectedPeople);
    QCOMPARE(total.at(5).toLongLong(), lines);
    QCOMPARE(lineRows, lines);
    const double closedKm = real(db, QStringLiteral("SELECT SUM(length_m) / 1000.0 FROM roads WHERE id IN (%1)").arg(closed));
    QVERIFY(qAbs(total.at(1).toDouble() - closedKm) < 0.051);
    QVERIFY(qAbs(km - closedKm) < 0.05 * s.rows.size());
    QVERIFY2(s.summary.contains(QString::number(expectedPeople)), qPrintable(s.summary));
    QVERIFY2(s.summary.contains(QString::number(qRound64(h))), qPrintable(s.summary));
  }

  void higherLevelsCutOffMore()
  {
    sqlite3 *db = mFixture.store->handle();
    QString error;
    int previous = -1;
    for (const QString &colour : {QStringLiteral("蓝色"), QStringLiteral("黄色"), QStringLiteral("橙色"), QStringLiteral("红色")}) {
      const qint64 id = ingest(QStringLiteral("寒潮"), colour, townships());
      QVERIFY(id > 0);
      const int n = idsOf(mFixture.plugin->threatenedBy(db, id, &error), QStringLiteral("admin_units")).size();
      QVERIFY2(error.isEmpty(), qPrintable(error));
      QVERIFY2(n >= previous, qPrintable(QStringLiteral("%1: %2 < %3").arg(colour).arg(n).arg(previous)));
      previous = n;
    }
    QVERIFY(previous > 0);
  }

  void closingOneRoadCutsOffOneKnownVillage()
  {
    sqlite3 *db = mFixture.store->handle();
    // A leaf village: the end of a village road that no other road touches.
    SqlStatement leaf(db, QStringLiteral(
      "SELECT r.id, v.id, v.parent_code FROM roads r JOIN snow_village_altitude a ON AsText(ST_EndPoint(r.geom)) = AsText(a.geom) "
      "JOIN admin_units v ON v.code = a.village_code WHERE r.road_class = 'village' AND "
      "(SELECT COUNT(*) FROM roads o WHERE AsText(ST_StartPoint(o.geom)) = AsText(a.geom) OR AsText(ST_EndPoint(o.geom)) = AsText(a.geom)) = 1 "
      "ORDER BY r.id LIMIT 1"));
    QVERIFY(leaf.next());
    const qint64 road = leaf.int64(0), village = leaf.int64(1);
    const QString township = leaf.text(2);
    const qint64 id = ingest(QStringLiteral("暴雪"), QStringLiteral("蓝色"), {township});
    QVERIFY(id > 0);

    // Flatten the county to 1,000 m and raise that one road to 2,800 m.
    QVERIFY(execSql(db, QStringLiteral("SAVEPOINT flat")).isEmpty());
    QVERIFY(execSql(db, QStringLiteral("UPDATE snow_road_segments SET min_alt_m = 1000, max_alt_m = 1000, icing_prone = 0, "
                                       "icing_kind = NULL, icing_alt_m = NULL")).isEmpty());
    QVERIFY(execSql(db, QStringLiteral("UPDATE snow_village_altitude SET altitude_m = 1000")).isEmpty());
    QVERIFY(execSql(db, QStringLiteral("UPDATE snow_road_segments SET max_alt_m = 2800 WHERE road_id = %1").arg(road)).isEmpty());
    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    execSql(db, QStringLiteral("ROLLBACK TO flat"));
    execSql(db, QStringLiteral("RELEASE flat"));

    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Blue, H = 1000 + 923 = 1923 m: only that road ices and closes; only its village is cut off.
    QCOMPARE(idsOf(list, QStringLiteral("admin_units")), QSet<qint64> {village});
    QCOMPARE(idsOf(list, QStringLiteral("roads")), QSet<qint64> {road});
    QCOMPARE(list.first().id, village);
    QVERIFY2(list.first().reason.contains(QStringLiteral("and its township seat")), qPrintable(list.first().reason)); // a leaf: cut off from it too
    QCOMPARE(s.rows.last().at(2), QStringLiteral("1"));
    QVERIFY(s.summary.contains(QStringLiteral("1923")));
  }

  void otherHazardsThreatenNothingHere()
  {
    const qint64 id = ingest(QStringLiteral("暴雨"), QStringLiteral("红色"), townships());
    QVERIFY(id > 0);
    QCOMPARE(scalar(mFixture.store->handle(), QStringLiteral("SELECT hazard = 'rainstorm' FROM warnings WHERE id = %1").arg(id)), 1);
    QString error;
    QVERIFY(mFixture.plugin->threatenedBy(mFixture.store->handle(), id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(mFixture.store->handle(), id).title.isEmpty());
  }

  void aStoreWithoutCountyGivesAnErrorAndWritesNothing()
  {
    QTemporaryDir dir;
    auto empty = Store::open(dir.filePath(QStringLiteral("empty.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(empty.ok(), qPrintable(empty.message()));
    QVERIFY(mFixture.registry->applyMigrations(*empty.value()).ok());
    const QString error = mFixture.plugin->generateSample(empty.value()->handle(), 7);
    QVERIFY2(error.contains(QStringLiteral("county")), qPrintable(error));
    QCOMPARE(scalar(empty.value()->handle(), QStringLiteral("SELECT COUNT(*) FROM snow_village_altitude")), 0);
    QCOMPARE(scalar(empty.value()->handle(), QStringLiteral("SELECT COUNT(*) FROM snow_power_lines")), 0);
  }

  void checklistsForEveryLevelAndTier()
  {
    for (ResponseTier tier : {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}) {
      QStringList previous;
      for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I}) {
        const QStringList l = mFixture.plugin->checklist(level, tier);
        QVERIFY(!l.isEmpty());
        QVERIFY(l.size() > previous.size());
        for (const QString &item : previous)
          QVERIFY(l.contains(item)); // a higher level keeps what the lower one does
        previous = l;
      }
    }
    const QString county = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString());
    for (const char *word : {"除冰保畅", "交通管制", "电力抢修", "御寒", "转移", "七情"})
      QVERIFY2(county.contains(QString::fromUtf8(word)), word);
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village).join(QString()).contains(QStringLiteral("困难群众"))
            || mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village).join(QString()).contains(QStringLiteral("五保户")));
  }

  void dailyStatisticsAndStyles()
  {
    const QStringList fields = mFixture.plugin->dailyStatisticsFields();
    QCOMPARE(fields.size(), 8);
    for (const QString &f : fields) {
      QVERIFY2(f.startsWith(QStringLiteral("snow_")) && f.indexOf(QLatin1Char(':')) > 5 && !f.endsWith(QLatin1Char(':')), qPrintable(f));
    }
    QVERIFY(fields.join(QLatin1Char(',')).contains(QStringLiteral("snow_outage_households:")));

    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 3);
    for (const LayerStyle &st : styles) {
      QVERIFY(!st.title.isEmpty());
      const qint64 type = scalar(mFixture.store->handle(), QStringLiteral("SELECT geometry_type FROM geometry_columns WHERE f_table_name = '%1'").arg(st.table));
      QVERIFY2(type == 1 || type == 2, qPrintable(st.table)); // every styled table is a map layer
      QXmlStreamReader xml(st.qml);
      QStringList symbolTypes;
      while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("symbol"))
          symbolTypes << xml.attributes().value(QLatin1String("type")).toString();
      QVERIFY2(!xml.hasError(), qPrintable(st.table + QLatin1Char(' ') + xml.errorString()));
      QVERIFY(!symbolTypes.isEmpty());
      for (const QString &t : symbolTypes)
        QCOMPARE(t, type == 2 ? QStringLiteral("line") : QStringLiteral("marker"));
    }
  }
};

QTEST_GUILESS_MAIN(TestSnowfreezePlugin)
#include "test_snowfreeze_plugin.moc"
