// The sample county: the same seed gives the same county; counts follow the
// scale; townships tile the county and villages their township; every point
// lies where it says; the roads form one graph; a store with data is refused.
#include "admin_units/AdminUnit.h"
#include "catalog/Catalog.h"
#include "hidden_dangers/HiddenDanger.h"
#include "sample/SampleCounty.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace onemap;

namespace {

QVariant value(Store &store, const QString &sql)
{
  SqlStatement q(store.handle(), sql);
  if (!q.next()) {
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.error()));
    return {};
  }
  return q.value(0);
}

qint64 integer(Store &store, const QString &sql) { return value(store, sql).toLongLong(); }
double real(Store &store, const QString &sql) { return value(store, sql).toDouble(); }

QString countyGeom() { return QStringLiteral("(SELECT geom FROM admin_units WHERE level = 'county')"); }

int expected(double perUnit, int scale) { return static_cast<int>(std::lround(perUnit * scale)); }

// Every row of every catalog table by id, geometry as text, plus the meta
// table and the audit log without its clock times.
QByteArray contentHash(Store &store)
{
  QCryptographicHash hash(QCryptographicHash::Sha256);
  auto add = [&](const QString &sql) {
    SqlStatement q(store.handle(), sql);
    while (q.next())
      for (int i = 0; i < q.columnCount(); ++i) {
        hash.addData(q.isNull(i) ? QByteArray("<null>") : q.text(i).toUtf8());
        hash.addData(QByteArrayLiteral("\x1f"));
      }
    QVERIFY2(!q.hasError(), qPrintable(q.error()));
  };
  for (const TableSpec *spec : Catalog::tables()) {
    QStringList columns = QStringList {QStringLiteral("id")} + spec->fieldNames();
    if (spec->hasGeometry())
      columns << QStringLiteral("AsText(geom)");
    hash.addData(spec->name.toUtf8());
    add(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QLatin1Char(',')), spec->name));
  }
  add(QStringLiteral("SELECT key, value FROM store_meta ORDER BY key"));
  add(QStringLiteral("SELECT table_name, row_id, action, actor, before_json, after_json FROM audit_log ORDER BY id"));
  return hash.result();
}

QMap<QString, qint64> tableCounts(Store &store)
{
  QMap<QString, qint64> counts;
  for (const QString &t : QStringList {QStringLiteral("audit_log"), QStringLiteral("store_meta")})
    counts.insert(t, integer(store, QStringLiteral("SELECT count(*) FROM %1").arg(t)));
  for (const TableSpec *spec : Catalog::tables())
    counts.insert(spec->name, integer(store, QStringLiteral("SELECT count(*) FROM %1").arg(spec->name)));
  return counts;
}

} // namespace

class TestSampleCounty : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    QElapsedTimer timer;
    timer.start();
    mStore = generate(QStringLiteral("main"), {2024, 1, {}}, &mCounts, [this](const QString &step, int percent) { mProgress << qMakePair(step, percent); });
    QVERIFY(mStore);
    qInfo("sample county at scale 1 generated in %lld ms", static_cast<long long>(timer.elapsed()));
  }

  void sameSeedGivesSameContent()
  {
    auto twin = generate(QStringLiteral("twin"), {2024, 1, {}});
    auto other = generate(QStringLiteral("other"), {2025, 1, {}});
    QVERIFY(twin && other);
    const QByteArray mine = contentHash(*mStore);
    QCOMPARE(contentHash(*twin), mine);
    QVERIFY(contentHash(*other) != mine);
    const QString outline = QStringLiteral("SELECT AsText(geom) FROM admin_units WHERE level = 'county'");
    QVERIFY(value(*other, outline).toString() != value(*mStore, outline).toString());
  }

  void reportsProgressUpTo100()
  {
    QVERIFY(mProgress.size() > 5);
    QCOMPARE(mProgress.first().second, 0);
    QCOMPARE(mProgress.last().second, 100);
    for (int i = 1; i < mProgress.size(); ++i) {
      QVERIFY2(mProgress[i].second >= mProgress[i - 1].second, qPrintable(mProgress[i].first));
      QVERIFY(!mProgress[i].first.isEmpty());
    }
  }

  void countsFollowTheScale_data()
  {
    QTest::addColumn<int>("scale");
    QTest::newRow("scale 1") << 1;
    QTest::newRow("scale 2") << 2;
  }

  void countsFollowTheScale()
  {
    QFETCH(int, scale);
    QMap<QString, qint64> returned;
    std::unique_ptr<Store> owned;
    if (scale != 1)
      owned = generate(QStringLiteral("scale%1").arg(scale), {2024, scale, {}}, &returned);
    Store &store = owned ? *owned : *mStore;
    if (!owned)
      returned = mCounts;
    QVERIFY(returned.size() == Catalog::tables().size());
    for (auto it = returned.cbegin(); it != returned.cend(); ++it)
      QCOMPARE(integer(store, QStringLiteral("SELECT count(*) FROM %1").arg(it.key())), it.value());

    QCOMPARE(returned.value(QStringLiteral("hidden_dangers")), qint64(expected(250, scale)));
    QCOMPARE(returned.value(QStringLiteral("shelters")), qint64(expected(80, scale) + expected(500, scale)));
    QCOMPARE(integer(store, QStringLiteral("SELECT count(*) FROM shelters WHERE shelter_class = 'temporary'")), qint64(expected(500, scale)));
    QCOMPARE(returned.value(QStringLiteral("teams")), qint64(expected(40, scale)));
    QCOMPARE(returned.value(QStringLiteral("reserves")), qint64(expected(20, scale)));
    QCOMPARE(returned.value(QStringLiteral("cameras")), qint64(expected(300, scale)));
    QVERIFY(returned.value(QStringLiteral("rivers")) >= 2 && returned.value(QStringLiteral("rivers")) <= 4);
    QCOMPARE(returned.value(QStringLiteral("warnings")), qint64(3));

    // The weather grid does not scale: about one station per 25 km2.
    const double area = real(store, QStringLiteral("SELECT area_km2 FROM admin_units WHERE level = 'county'"));
    QVERIFY2(area > 4000 && area < 6000, qPrintable(QString::number(area)));
    const qint64 weather = integer(store, QStringLiteral("SELECT count(*) FROM stations WHERE kind = 'weather'"));
    QVERIFY2(weather >= 0.85 * area / 25 && weather <= 1.15 * area / 25, qPrintable(QStringLiteral("%1 stations on %2 km2").arg(weather).arg(area)));
    for (const char *kind : {"rain_gauge", "river_level", "gnss"})
      QVERIFY2(integer(store, QStringLiteral("SELECT count(*) FROM stations WHERE kind = '%1'").arg(QLatin1String(kind))) > 0, kind);

    // Every depot stocks 4 to 10 kinds of item.
    QCOMPARE(integer(store, QStringLiteral("SELECT count(DISTINCT reserve_id) FROM reserve_items")), qint64(expected(20, scale)));
    QCOMPARE(integer(store, QStringLiteral("SELECT min(n) >= 4 AND max(n) <= 10 FROM (SELECT count(*) n FROM reserve_items GROUP BY reserve_id)")), qint64(1));
    QCOMPARE(integer(store, QStringLiteral("SELECT count(*) FROM reserves WHERE level = 'county'")), qint64(1));

    // About a quarter of the teams are in the seat; about 5% of points supervised.
    const double inSeat = integer(store, QStringLiteral("SELECT count(*) FROM teams WHERE township_code = '539901001000'")) / double(expected(40, scale));
    QVERIFY2(inSeat >= 0.2 && inSeat <= 0.3, qPrintable(QString::number(inSeat)));
    const double supervised = integer(store, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE supervised = 1")) / double(expected(250, scale));
    QVERIFY2(supervised >= 0.01 && supervised <= 0.12, qPrintable(QString::number(supervised)));
    QCOMPARE(integer(store, QStringLiteral("SELECT count(DISTINCT status) FROM hidden_dangers")), qint64(HiddenDanger::statuses().size()));
    QCOMPARE(value(store, QStringLiteral("SELECT hazard_type FROM hidden_dangers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")).toString(),
             QStringLiteral("landslide"));

    QCOMPARE(store.meta(QStringLiteral("county_name")), QStringLiteral("示范县"));
    QCOMPARE(store.meta(QStringLiteral("county_code")), QStringLiteral("539901000000"));
    QCOMPARE(store.meta(QStringLiteral("sample_seed")), QStringLiteral("2024"));
    QCOMPARE(store.meta(QStringLiteral("sample_scale")), QString::number(scale));
  }

  void adminFrameHasItsShapeAndCodes()
  {
    Store &s = *mStore;
    const qint64 townships = integer(s, QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'township'"));
    const qint64 villages = integer(s, QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'village'"));
    QVERIFY2(townships >= 10 && townships <= 14, qPrintable(QString::number(townships)));
    QVERIFY2(villages >= 110 && villages <= 200, qPrintable(QString::number(villages)));
    QCOMPARE(integer(s, QStringLiteral("SELECT min(n) >= 10 AND max(n) <= 15 FROM (SELECT count(*) n FROM admin_units "
                                       "WHERE level = 'village' GROUP BY parent_code)")), qint64(1));
    QCOMPARE(value(s, QStringLiteral("SELECT name FROM admin_units WHERE code = '539901001000'")).toString(), QStringLiteral("城关镇"));

    static const QRegularExpression code(QStringLiteral("^539901\\d{6}$"));
    SqlStatement q(s.handle(), QStringLiteral("SELECT code, level, parent_code, (SELECT count(*) FROM admin_units p WHERE p.code = a.parent_code) "
                                              "FROM admin_units a"));
    int rows = 0;
    while (q.next()) {
      ++rows;
      const QString c = q.text(0), level = q.text(1);
      QVERIFY2(code.match(c).hasMatch(), qPrintable(c));
      const QString expectedLevel = c.endsWith(QLatin1String("000000")) ? QStringLiteral("county")
                                    : c.endsWith(QLatin1String("000")) ? QStringLiteral("township") : QStringLiteral("village");
      QCOMPARE(level, expectedLevel);
      QCOMPARE(q.text(2), AdminUnit::parentOf(c));
      if (level != QLatin1String("county"))
        QVERIFY2(q.int64(3) == 1, qPrintable(c + QStringLiteral(": no parent")));
    }
    QCOMPARE(rows, int(townships + villages + 1));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units WHERE ST_IsValid(geom) IS NOT 1")), qint64(0));

    // Every ledger's unit code names a unit of the right level.
    for (const char *table : {"hidden_dangers", "shelters", "stations", "cameras"})
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN admin_units v ON v.code = t.village_code AND v.level = 'village' "
                                         "WHERE v.id IS NULL").arg(QLatin1String(table))), qint64(0));
    for (const char *table : {"teams", "reserves", "risk_zones"})
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN admin_units v ON v.code = t.township_code AND v.level = 'township' "
                                         "WHERE v.id IS NULL").arg(QLatin1String(table))), qint64(0));
  }

  void populationsAndAreasAddUp()
  {
    Store &s = *mStore;
    // Each parent's population, households and area are its children's sums.
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units p WHERE p.level != 'village' AND p.population != "
                                       "(SELECT sum(c.population) FROM admin_units c WHERE c.parent_code = p.code)")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units p WHERE p.level != 'village' AND p.households != "
                                       "(SELECT sum(c.households) FROM admin_units c WHERE c.parent_code = p.code)")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units p WHERE p.level != 'village' AND abs(p.area_km2 - "
                                       "(SELECT sum(c.area_km2) FROM admin_units c WHERE c.parent_code = p.code)) > 0.001 * p.area_km2")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'village' AND (population < 300 OR population > 9000 "
                                       "OR abs(households - population / 3.2) > 1)")), qint64(0));
    // area_km2 agrees with the Gauss-Kruger projected area to well under 1%.
    const double projected = real(s, QStringLiteral("SELECT ST_Area(ST_Transform(geom, 4545)) / 1e6 FROM admin_units WHERE level = 'county'"));
    const double stored = real(s, QStringLiteral("SELECT area_km2 FROM admin_units WHERE level = 'county'"));
    QVERIFY2(std::abs(projected - stored) < 0.005 * stored, qPrintable(QStringLiteral("%1 vs %2").arg(projected).arg(stored)));
  }

  void townshipsTileTheCounty()
  {
    Store &s = *mStore;
    const double county = real(s, QStringLiteral("SELECT ST_Area(geom) FROM admin_units WHERE level = 'county'"));
    const double sum = real(s, QStringLiteral("SELECT sum(ST_Area(geom)) FROM admin_units WHERE level = 'township'"));
    QVERIFY2(std::abs(sum - county) < 0.001 * county, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(county)));
    const double gap = real(s, QStringLiteral("SELECT coalesce(ST_Area(ST_SymDifference(%1, (SELECT ST_Union(geom) FROM admin_units "
                                              "WHERE level = 'township'))), 0)").arg(countyGeom()));
    QVERIFY2(gap < 1e-7 * county, qPrintable(QString::number(gap)));
    const double overlap = real(s, QStringLiteral("SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) FROM admin_units a, admin_units b "
                                                  "WHERE a.level = 'township' AND b.level = 'township' AND a.id < b.id AND MbrIntersects(a.geom, b.geom)"));
    QVERIFY2(overlap < 1e-9 * county, qPrintable(QString::number(overlap)));
  }

  void villagesTileTheirTownship()
  {
    Store &s = *mStore;
    SqlStatement towns(s.handle(), QStringLiteral("SELECT code, ST_Area(geom) FROM admin_units WHERE level = 'township'"));
    while (towns.next()) {
      const QString code = towns.text(0);
      const double area = towns.real(1);
      const QString children = QStringLiteral("FROM admin_units WHERE level = 'village' AND parent_code = '%1'").arg(code);
      const double sum = real(s, QStringLiteral("SELECT sum(ST_Area(geom)) ") + children);
      QVERIFY2(std::abs(sum - area) < 0.001 * area, qPrintable(code));
      const double gap = real(s, QStringLiteral("SELECT coalesce(ST_Area(ST_SymDifference((SELECT geom FROM admin_units WHERE code = '%1'), "
                                                "(SELECT ST_Union(geom) %2))), 0)").arg(code, children));
      QVERIFY2(gap < 1e-7 * area, qPrintable(code + QStringLiteral(" gap ") + QString::number(gap)));
      const double overlap = real(s, QStringLiteral("SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) FROM admin_units a, admin_units b "
                                                    "WHERE a.parent_code = '%1' AND b.parent_code = '%1' AND a.level = 'village' AND b.level = 'village' "
                                                    "AND a.id < b.id AND MbrIntersects(a.geom, b.geom)").arg(code));
      QVERIFY2(overlap < 1e-9 * area, qPrintable(code + QStringLiteral(" overlap ") + QString::number(overlap)));
    }
  }

  void everythingLiesInsideTheCounty()
  {
    Store &s = *mStore;
    for (const TableSpec *spec : Catalog::tables()) {
      if (spec->geometry != GeometryType::Point)
        continue;
      QVERIFY(integer(s, QStringLiteral("SELECT count(*) FROM %1").arg(spec->name)) > 0);
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 WHERE ST_Within(geom, %2) IS NOT 1").arg(spec->name, countyGeom())), qint64(0));
    }
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM roads WHERE ST_Within(geom, %1) IS NOT 1").arg(countyGeom())), qint64(0));
    QVERIFY(real(s, QStringLiteral("SELECT max(coalesce(ST_Length(ST_Difference(geom, %1)), 0)) FROM rivers").arg(countyGeom())) < 1e-9);
    for (const char *table : {"risk_zones", "warnings"})
      QVERIFY(real(s, QStringLiteral("SELECT max(coalesce(ST_Area(ST_Difference(geom, %1)), 0)) FROM %2").arg(countyGeom(), QLatin1String(table))) < 1e-9);
  }

  void pointsLieInTheirOwnUnit()
  {
    Store &s = *mStore;
    for (const char *table : {"hidden_dangers", "shelters", "stations", "cameras"})
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 t JOIN admin_units v ON v.code = t.village_code "
                                         "WHERE ST_Within(t.geom, v.geom) IS NOT 1").arg(QLatin1String(table))), qint64(0));
    for (const char *table : {"teams", "reserves"})
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 t JOIN admin_units v ON v.code = t.township_code "
                                         "WHERE ST_Within(t.geom, v.geom) IS NOT 1").arg(QLatin1String(table))), qint64(0));
  }

  void referencesResolve()
  {
    Store &s = *mStore;
    // One monitor per hidden danger, named on the point itself.
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM responsible_persons WHERE role = 'monitor'")), mCounts.value(QStringLiteral("hidden_dangers")));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM responsible_persons r JOIN hidden_dangers h ON h.id = r.covers_id "
                                       "WHERE r.role = 'monitor' AND r.covers_table = 'hidden_dangers' AND h.monitor_person = r.name "
                                       "AND h.phone = r.phone AND r.admin_code = h.village_code")), mCounts.value(QStringLiteral("hidden_dangers")));
    // A disaster responsible person for the county and every township and village.
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units a WHERE NOT EXISTS (SELECT 1 FROM responsible_persons r "
                                       "WHERE r.admin_code = a.code AND r.role = 'disaster_responsible')")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM responsible_persons WHERE phone NOT GLOB '13[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM reserve_items i LEFT JOIN reserves r ON r.id = i.reserve_id WHERE r.id IS NULL")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM cameras WHERE length(channel_id) != 20 "
                                       "OR stream_url != 'rtsp://video.example.invalid/ch/' || channel_id")), qint64(0));
    // A warning's area is the union of the townships it names.
    SqlStatement w(s.handle(), QStringLiteral("SELECT identifier, area_desc, ST_Area(geom) FROM warnings"));
    static const QRegularExpression identifier(QStringLiteral("^539901\\d{10}_\\d{14}$"));
    while (w.next()) {
      QVERIFY2(identifier.match(w.text(0)).hasMatch(), qPrintable(w.text(0)));
      double named = 0;
      for (const QString &town : w.text(1).split(QStringLiteral("、")))
        named += real(s, QStringLiteral("SELECT ST_Area(geom) FROM admin_units WHERE level = 'township' AND name = '%1'").arg(town));
      QVERIFY2(std::abs(named - w.real(2)) < 1e-6 * named, qPrintable(w.text(1)));
    }
  }

  void roadsFormOneConnectedGraph()
  {
    Store &s = *mStore;
    // Nodes are road ends matched exactly, as a router building a graph would.
    QMap<QPair<double, double>, int> nodes;
    QVector<int> parent;
    auto node = [&](double x, double y) {
      const auto key = qMakePair(x, y);
      if (!nodes.contains(key)) {
        nodes.insert(key, parent.size());
        parent << parent.size();
      }
      return nodes.value(key);
    };
    std::function<int(int)> root = [&](int n) { return parent[n] == n ? n : parent[n] = root(parent[n]); };
    SqlStatement q(s.handle(), QStringLiteral("SELECT ST_X(ST_StartPoint(geom)), ST_Y(ST_StartPoint(geom)), ST_X(ST_EndPoint(geom)), "
                                              "ST_Y(ST_EndPoint(geom)) FROM roads"));
    int roads = 0;
    while (q.next()) {
      ++roads;
      parent[root(node(q.real(0), q.real(1)))] = root(node(q.real(2), q.real(3)));
    }
    QVERIFY(roads > 100);
    int components = 0;
    for (int n = 0; n < parent.size(); ++n)
      components += root(n) == n ? 1 : 0;
    QCOMPARE(components, 1);
    // The trunk roads reach every township seat, and some road end lies in every village.
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units t WHERE t.level = 'township' AND NOT EXISTS (SELECT 1 FROM roads r "
                                       "WHERE r.road_class IN ('national', 'provincial', 'county') AND (ST_Within(ST_StartPoint(r.geom), t.geom) = 1 "
                                       "OR ST_Within(ST_EndPoint(r.geom), t.geom) = 1))")), qint64(0));
    QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM admin_units v WHERE v.level = 'village' AND NOT EXISTS (SELECT 1 FROM roads r "
                                       "WHERE ST_Within(ST_StartPoint(r.geom), v.geom) = 1 OR ST_Within(ST_EndPoint(r.geom), v.geom) = 1)")), qint64(0));
    QVERIFY(real(s, QStringLiteral("SELECT max(abs(length_m - ST_Length(geom, 1)) / length_m) FROM roads")) < 0.01);
  }

  void spatialIndexesMatchTheirTables()
  {
    // The sample fills each spatial index once after its rows: every row is
    // in it with its bounding box, and SpatiaLite's triggers are back.
    Store &s = *mStore;
    for (const TableSpec *spec : Catalog::tables()) {
      if (!spec->hasGeometry())
        continue;
      const QString t = spec->name, idx = QStringLiteral("idx_%1_geom").arg(spec->name);
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1").arg(idx)), integer(s, QStringLiteral("SELECT count(*) FROM %1 WHERE geom IS NOT NULL").arg(t)));
      // R*Tree boxes are floats rounded outwards: they hold the exact box, within a float step.
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM %1 g LEFT JOIN %2 i ON i.pkid = g.id WHERE g.geom IS NOT NULL AND (i.pkid IS NULL "
                                         "OR i.xmin > MbrMinX(g.geom) OR i.xmax < MbrMaxX(g.geom) OR i.ymin > MbrMinY(g.geom) OR i.ymax < MbrMaxY(g.geom) "
                                         "OR MbrMinX(g.geom) - i.xmin > 1e-4 OR i.ymax - MbrMaxY(g.geom) > 1e-4)").arg(t, idx)),
               qint64(0));
      QCOMPARE(integer(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('gii_%1_geom', 'tmi_%1_geom')").arg(t)), qint64(2));
    }
    // A row added after the sample is indexed by the restored triggers.
    auto opened = generate(QStringLiteral("indexed"), {2024, 1, {}});
    QVERIFY(opened);
    Table dangers(*opened, *Catalog::table(QStringLiteral("hidden_dangers")));
    Result<Record> first = dangers.get(1);
    QVERIFY(first.ok());
    Record copy = first.value();
    copy.id = 0;
    copy.values.insert(QStringLiteral("code"), QStringLiteral("HD-TEST-1"));
    Result<qint64> added = dangers.insert(copy, QStringLiteral("test"));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(integer(*opened, QStringLiteral("SELECT count(*) FROM idx_hidden_dangers_geom WHERE pkid = %1").arg(added.value())), qint64(1));
  }

  void aFailedGenerationLeavesNothing()
  {
    // A write that fails halfway through the hidden dangers, while their
    // spatial-index triggers are lifted, rolls all of it back, triggers included.
    auto opened = Store::open(mDir.filePath(QStringLiteral("fails.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(execSql(store.handle(), QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON hidden_dangers WHEN NEW.code = 'HD539901000100' "
                                                             "BEGIN SELECT RAISE(ABORT, 'no danger 100'); END")).isEmpty());
    const QMap<QString, qint64> before = tableCounts(store);
    const QString triggers = QStringLiteral("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name)");
    const QString triggersBefore = value(store, triggers).toString();
    auto failed = SampleCounty::generate(store, {2024, 2, {}});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.message().contains(QStringLiteral("no danger 100")), qPrintable(failed.message()));
    QCOMPARE(tableCounts(store), before);
    QCOMPARE(integer(store, QStringLiteral("SELECT count(*) FROM idx_hidden_dangers_geom")), qint64(0));
    QCOMPARE(value(store, triggers).toString(), triggersBefore);
    QVERIFY(store.meta(QStringLiteral("sample_seed")).isEmpty());
  }

  void refusesAStoreWithData()
  {
    // The full store from initTestCase: nothing more may be written.
    const QMap<QString, qint64> before = tableCounts(*mStore);
    auto again = SampleCounty::generate(*mStore, {7, 1, {}});
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QStringLiteral("admin_units")) && again.message().contains(QStringLiteral("empty store")),
             qPrintable(again.message()));
    QCOMPARE(tableCounts(*mStore), before);
    QCOMPARE(mStore->meta(QStringLiteral("sample_seed")), QStringLiteral("2024"));

    // A store holding a single administrative unit, one that clashes with no
    // sample code, is refused too.
    auto opened = Store::open(mDir.filePath(QStringLiteral("one-unit.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    AdminUnit unit;
    unit.code = QStringLiteral("539902000000");
    unit.name = QStringLiteral("邻县");
    unit.level = QStringLiteral("county");
    unit.wkt = QStringLiteral("POLYGON((108 28, 109 28, 109 29, 108 28))");
    QVERIFY(AdminUnits(store).add(unit, QStringLiteral("test")).ok());
    const QMap<QString, qint64> oneUnit = tableCounts(store);
    auto refused = SampleCounty::generate(store, {2024, 1, {}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(store.path()) && refused.message().contains(QStringLiteral("admin_units")), qPrintable(refused.message()));
    QCOMPARE(tableCounts(store), oneUnit);
    QVERIFY(store.meta(QStringLiteral("county_name")).isEmpty());
  }

  void refusesAScaleOutOfRange()
  {
    auto opened = Store::open(mDir.filePath(QStringLiteral("bad-scale.onemap.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY(opened.ok());
    const QMap<QString, qint64> before = tableCounts(*opened.value());
    for (int scale : {0, SampleCounty::kMaxScale + 1}) {
      auto refused = SampleCounty::generate(*opened.value(), {2024, scale, {}});
      QVERIFY(!refused.ok());
      QVERIFY2(refused.message().contains(QStringLiteral("scale")), qPrintable(refused.message()));
      QCOMPARE(tableCounts(*opened.value()), before);
    }
  }

  void acceptsScalesAboveTheOldCap()
  {
    // The CLI's --scale range and the generator's are one constant.
    QCOMPARE(SampleCounty::kMinScale, 1);
    QCOMPARE(SampleCounty::kMaxScale, 10000);
    // 4000 (~1,000,000 hidden dangers, the render benchmark's big case) and the
    // top of the range pass the options check; not generated here, too big.
    for (int scale : {1001, 4000, SampleCounty::kMaxScale})
      QVERIFY2(SampleCounty::checkOptions({2024, scale, {}}).ok(), qPrintable(SampleCounty::checkOptions({2024, scale, {}}).message()));
    // generate() gets past the scale too: the full store is refused for its data, not for the scale.
    auto full = SampleCounty::generate(*mStore, {2024, 4000, {}});
    QVERIFY(!full.ok());
    QVERIFY2(full.message().contains(QStringLiteral("admin_units")), qPrintable(full.message()));
  }

  void refusesAScaleOutOfRangeNamingTheRange()
  {
    const QRegularExpression low(QStringLiteral("(^|\\D)%1(\\D|$)").arg(SampleCounty::kMinScale));
    const QRegularExpression high(QStringLiteral("(^|\\D)%1(\\D|$)").arg(SampleCounty::kMaxScale));
    for (int scale : {0, -5, SampleCounty::kMaxScale + 1, 1000000}) {
      const Status refused = SampleCounty::checkOptions({2024, scale, {}});
      QVERIFY(!refused.ok());
      QVERIFY2(refused.message().contains(QString::number(scale)), qPrintable(refused.message()));
      QVERIFY2(refused.message().contains(low) && refused.message().contains(high), qPrintable(refused.message()));
    }
  }

private:
  std::unique_ptr<Store> generate(const QString &name, const SampleOptions &options, QMap<QString, qint64> *counts = nullptr,
                                  const SampleCounty::Progress &progress = {})
  {
    auto opened = Store::open(mDir.filePath(name + QStringLiteral(".onemap.sqlite")), Store::Mode::CreateIfMissing);
    if (!opened) {
      qWarning("%s", qPrintable(opened.message()));
      return {};
    }
    QElapsedTimer timer;
    timer.start();
    auto generated = SampleCounty::generate(*opened.value(), options, progress);
    if (!generated) {
      qWarning("%s", qPrintable(generated.message()));
      return {};
    }
    if (options.scale != 1)
      qInfo("sample county at scale %d generated in %lld ms", options.scale, static_cast<long long>(timer.elapsed()));
    if (counts)
      *counts = generated.value();
    return opened.take();
  }

  QTemporaryDir mDir;
  std::unique_ptr<Store> mStore;
  QMap<QString, qint64> mCounts;
  QVector<QPair<QString, int>> mProgress;
};

QTEST_GUILESS_MAIN(TestSampleCounty)
#include "test_sample_county.moc"
