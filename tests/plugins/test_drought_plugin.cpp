// The drought plugin on a real sample-county store: its tables and sample
// water sources, the drinking-water model against hand-computed values, the
// warning rule against an independent SQL pass, the impact section, checklists,
// daily-statistics fields and layer styles.
//
// Sources of the numbers checked here (see plugins/drought/DrinkingWaterModel.h):
// - demand norm 35 L per person per day: 《农村饮水安全评价准则》 T/CHES 18-2018, 水量;
// - drought level from the share of people short of drinking water:
//   《国家防汛抗旱应急预案》 (2006) 附则 干旱等级: 轻度 <=20 %, 中度 21-40 %,
//   严重 41-60 %, 特大 >60 %.
#include "DrinkingWaterModel.h"
#include "DroughtTables.h"
#include "VillageSupply.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>

using namespace onemap;
using testing::column;
using testing::scalar;
using testing::text;
using namespace onemap::drought;

namespace {
// People short per village of the given townships, computed straight from the
// tables with plain SQL: membership by admin code (not geometry), each source's
// current supply split over its people, floor of full 35 L rations.
QMap<qint64, qint64> shortBySql(sqlite3 *db, const QStringList &townships)
{
  SqlStatement q(db, QStringLiteral(
    "WITH src AS (SELECT s.id, s.design_m3_day * s.supply_ratio AS cur, "
    "                    (SELECT SUM(people) FROM drought_source_villages x WHERE x.source_id = s.id) AS served "
    "             FROM drought_water_sources s), "
    "     sup AS (SELECT l.village_code, SUM(src.cur * l.people / src.served) AS m3 "
    "             FROM drought_source_villages l JOIN src ON src.id = l.source_id GROUP BY l.village_code) "
    "SELECT v.id, v.population - CAST(sup.m3 * 1000.0 / 35.0 + 1e-9 AS INTEGER), substr(v.code, 1, 9) || '000' "
    "FROM admin_units v JOIN sup ON sup.village_code = v.code WHERE v.level = 'village'"));
  QMap<qint64, qint64> out;
  while (q.next())
    if (townships.contains(q.text(2)) && q.int64(1) > 0)
      out.insert(q.int64(0), q.int64(1));
  return out;
}
} // namespace

class TestDroughtPlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes)
  {
    return mFixture.ingest(identifier, event, codes, QStringLiteral("53990104100@drought.example.cn"), QStringLiteral("示范县气象局"),
                           QDateTime::fromString(QStringLiteral("2024-06-20T08:30:00+08:00"), Qt::ISODate));
  }

  // Townships with a drought level in the sample, then one without.
  QStringList dryAndOneWet()
  {
    QStringList towns = column(mFixture.store->handle(), QStringLiteral("SELECT admin_code FROM drought_levels ORDER BY admin_code"));
    towns << text(mFixture.store->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' AND code NOT IN "
                                                           "(SELECT admin_code FROM drought_levels) ORDER BY code LIMIT 1"));
    return towns;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_drought_plugin"));
    const QString opened = mFixture.open(QStringLiteral("drought"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(mFixture.registry->plugin(QStringLiteral("geohazard"))); // loaded side by side
    const QString migrated = mFixture.applyMigrations();
    QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
  }

  void migrationsCreateTheTablesWithSpatialIndexes()
  {
    sqlite3 *db = mFixture.store->handle();
    for (const char *table : {"drought_water_sources", "drought_source_villages", "drought_levels"})
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(QLatin1String(table))), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name IN ('drought_water_sources','drought_levels') "
                                       "AND f_geometry_column = 'geom' AND srid = 4490 AND spatial_index_enabled = 1")),
             2);
    QCOMPARE(text(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'plugin.drought.schema'")), QStringLiteral("1"));
  }

  void sampleSourcesServeEveryoneAndSitInTheirVillage()
  {
    sqlite3 *db = mFixture.store->handle();
    // One reservoir per township plus one local source per village.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources WHERE kind = 'reservoir'")), 12);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources")), 12 + 143);
    for (const QString &kind : sourceKinds())
      QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources WHERE kind = '%1'").arg(kind)) > 0, qPrintable(kind));
    // Everyone relies on some source: the links hold the county's population.
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(people) FROM drought_source_villages")),
             scalar(db, QStringLiteral("SELECT SUM(population) FROM admin_units WHERE level = 'village'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_source_villages l LEFT JOIN admin_units v "
                                       "ON v.code = l.village_code AND v.level = 'village' WHERE v.id IS NULL")),
             0);
    // Every source inside the village it is registered in (and so in the county).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources s JOIN admin_units v ON v.code = s.admin_code "
                                       "WHERE ST_Within(s.geom, v.geom) = 1")),
             12 + 143);
    // A dry season: some villages short, most not.
    const Result<QVector<VillageSupply>> all = allVillageSupplies(db);
    QVERIFY2(all.ok(), qPrintable(all.message()));
    int shortVillages = 0;
    for (const VillageSupply &v : all.value())
      shortVillages += v.balance.peopleShort > 0 ? 1 : 0;
    QVERIFY2(shortVillages > 5 && shortVillages < 143 / 2, qPrintable(QString::number(shortVillages)));
  }

  void sampleLevelsFollowTheShareShort()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_levels"));
    QVERIFY(rows >= 2 && rows < 12);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_levels d JOIN admin_units t ON t.code = d.admin_code "
                                       "WHERE t.level = 'township' AND ST_IsValid(d.geom) = 1 AND ST_Equals(d.geom, t.geom) = 1")),
             rows);
    // Each stored level is what the 预案 thresholds give for the stored share.
    SqlStatement q(db, QStringLiteral("SELECT level, indicator FROM drought_levels"));
    while (q.next())
      QCOMPARE(q.text(0), levelCode(levelForShortShare(q.real(1) / 100.0)));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT level) FROM drought_levels")) >= 2);
  }

  void constraintsRejectBadRows()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources"));
    const char *bad[] = {
      // unknown kind
      "INSERT INTO drought_water_sources (code, name, kind, admin_code, design_m3_day, supply_ratio, updated_at) "
      "VALUES ('X1', 'x', 'lake', '539901001001', 10, 0.5, '2024-04-20')",
      // supply ratio above 1
      "INSERT INTO drought_water_sources (code, name, kind, admin_code, design_m3_day, supply_ratio, updated_at) "
      "VALUES ('X2', 'x', 'well', '539901001001', 10, 1.5, '2024-04-20')",
      // no design supply
      "INSERT INTO drought_water_sources (code, name, kind, admin_code, design_m3_day, supply_ratio, updated_at) "
      "VALUES ('X3', 'x', 'well', '539901001001', 0, 0.5, '2024-04-20')",
      // storage over 100 %
      "INSERT INTO drought_water_sources (code, name, kind, admin_code, design_m3_day, supply_ratio, storage_pct, updated_at) "
      "VALUES ('X4', 'x', 'pond', '539901001001', 10, 0.5, 140, '2024-04-20')",
      "INSERT INTO drought_source_villages (source_id, village_code, people) VALUES (1, '539901001001', 0)",
      "INSERT INTO drought_levels (admin_code, level, assessed_on, basis, source) VALUES ('539901001000', 'huge', '2024-04-20', 'drinking_water', 'x')",
      "INSERT INTO drought_levels (admin_code, level, assessed_on, basis, source) VALUES ('539901001000', 'light', '20/04/2024', 'drinking_water', 'x')",
      "INSERT INTO drought_levels (admin_code, level, assessed_on, basis, source) VALUES ('539901001000', 'light', '2024-04-20', 'drinking_water', '')",
    };
    for (const char *sql : bad) {
      SqlStatement q(db, QString::fromLatin1(sql));
      QVERIFY2(!q.exec(), sql);
      QVERIFY2(q.error().contains(QStringLiteral("CHECK")), qPrintable(q.error()));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_water_sources")), before);
  }

  void modelAgainstHandComputedValues()
  {
    // Village of 1000 people (norm 35 L/person/day, T/CHES 18-2018):
    //  A reservoir, design 80 m3/day at 50 % = 40 m3/day, serving 2000 people of
    //    whom 700 live here: 40 x 700 / 2000 = 14 m3/day;
    //  a well, design 8 m3/day at 75 % = 6 m3/day, its 300 people all here: 6 m3/day.
    //  Supply 20 m3 = 20 000 L; demand 1000 x 35 L = 35 m3.
    //  Full rations floor(20 000 / 35) = 571 (571 x 35 = 19 985 L) -> 429 short;
    //  shortfall 35 - 20 = 15 m3/day; 20 000 / 1000 = 20.0 L per person.
    const VillageBalance b = villageBalance(1000, {{40, 2000, 700}, {6, 300, 300}});
    QCOMPARE(b.demandM3, 35.0);
    QVERIFY(std::abs(b.supplyM3 - 20.0) < 1e-9);
    QCOMPARE(b.peopleShort, qint64(429));
    QVERIFY(std::abs(b.shortfallM3 - 15.0) < 1e-9);
    QVERIFY(std::abs(b.litresPerPerson - 20.0) < 1e-9);
    // 429 / 1000 = 42.9 % -> 严重 (41-60 %, 国家防汛抗旱应急预案 干旱等级).
    QCOMPARE(levelForShortShare(429 / 1000.0), DroughtLevel::Severe);

    // Exactly enough: 1000 people, 35 m3/day -> nobody short, no shortfall.
    const VillageBalance enough = villageBalance(1000, {{35, 1000, 1000}});
    QCOMPARE(enough.peopleShort, qint64(0));
    QCOMPARE(enough.shortfallM3, 0.0);
    // No source: everyone short; a dry source gives nothing.
    QCOMPARE(villageBalance(250, {}).peopleShort, qint64(250));
    QCOMPARE(villageBalance(250, {{0, 250, 250}}).peopleShort, qint64(250));

    // Level boundaries (预案: <=20 % light, 21-40 % moderate, 41-60 % severe, >60 % extreme).
    QCOMPARE(levelForShortShare(0), DroughtLevel::None);
    QCOMPARE(levelForShortShare(0.001), DroughtLevel::Light);
    QCOMPARE(levelForShortShare(0.20), DroughtLevel::Light);
    QCOMPARE(levelForShortShare(0.21), DroughtLevel::Moderate);
    QCOMPARE(levelForShortShare(0.40), DroughtLevel::Moderate);
    QCOMPARE(levelForShortShare(0.41), DroughtLevel::Severe);
    QCOMPARE(levelForShortShare(0.60), DroughtLevel::Severe);
    QCOMPARE(levelForShortShare(0.61), DroughtLevel::Extreme);
    QCOMPARE(levelFromCode(QStringLiteral("extreme")), DroughtLevel::Extreme);
    QCOMPARE(levelFromCode(QStringLiteral("bogus")), DroughtLevel::None);
  }

  void droughtWarningThreatensVillagesShortOfWater()
  {
    sqlite3 *db = mFixture.store->handle();
    const QStringList towns = dryAndOneWet();
    const qint64 id = ingest(QStringLiteral("DR-1"), QStringLiteral("干旱"), towns);
    QVERIFY(id > 0);
    QCOMPARE(text(db, QStringLiteral("SELECT hazard FROM warnings WHERE id = %1").arg(id)), QStringLiteral("drought"));

    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QMap<qint64, qint64> expected = shortBySql(db, towns);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(list.size(), expected.size());
    for (int i = 0; i < list.size(); ++i) {
      const ThreatenedObject &o = list.at(i);
      QCOMPARE(o.table, QStringLiteral("admin_units"));
      QVERIFY2(expected.contains(o.id), qPrintable(o.name));
      QCOMPARE(qint64(o.rank), expected.value(o.id));
      QVERIFY2(o.reason.contains(QString::number(expected.value(o.id))), qPrintable(o.reason));
      if (i > 0)
        QVERIFY(list.at(i - 1).rank >= o.rank); // most people short first
    }

    // Impact: one row per township of the area plus a total.
    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    if (qEnvironmentVariableIsSet("ONEMAP_DROUGHT_PRINT")) { // to read the section as the board gets it
      qInfo().noquote() << s.title << "|" << s.headers.join(QStringLiteral(" | "));
      for (const QStringList &r : s.rows)
        qInfo().noquote() << r.join(QStringLiteral(" | "));
      qInfo().noquote() << s.summary;
    }
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.rows.size(), towns.size() + 1);
    qint64 people = 0, villages = 0;
    for (int r = 0; r < s.rows.size() - 1; ++r) {
      QCOMPARE(s.rows.at(r).size(), s.headers.size());
      villages += s.rows.at(r).at(2).toLongLong();
      people += s.rows.at(r).at(4).toLongLong();
    }
    qint64 expectedPeople = 0;
    for (qint64 n : expected)
      expectedPeople += n;
    QCOMPARE(people, expectedPeople);
    QCOMPARE(villages, qint64(expected.size()));
    QCOMPARE(s.rows.last().at(4).toLongLong(), expectedPeople);
    QCOMPARE(s.rows.last().at(3).toLongLong(),
             scalar(db, QStringLiteral("SELECT SUM(population) FROM admin_units WHERE level = 'village' AND parent_code IN ('%1')")
                          .arg(towns.join(QStringLiteral("','")))));
    QVERIFY2(s.summary.contains(QString::number(expectedPeople)), qPrintable(s.summary));
    // The township rows give the same level as the sample's drought_levels.
    for (int r = 0; r < s.rows.size() - 1; ++r) {
      const QString code = text(db, QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' AND name = '%1'").arg(s.rows.at(r).at(0)));
      const QString stored = text(db, QStringLiteral("SELECT level FROM drought_levels WHERE admin_code = '%1'").arg(code));
      QCOMPARE(s.rows.at(r).last(), levelName(levelFromCode(stored)));
    }
  }

  void otherHazardsThreatenNothingHere()
  {
    const qint64 id = ingest(QStringLiteral("FIRE-1"), QStringLiteral("森林火险预警"), dryAndOneWet());
    QVERIFY(id > 0);
    QString error;
    QVERIFY(mFixture.plugin->threatenedBy(mFixture.store->handle(), id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(mFixture.store->handle(), id).title.isEmpty());
    QVERIFY(mFixture.plugin->threatenedBy(mFixture.store->handle(), 999999, &error).isEmpty());
  }

  void storeCaseAgainstHandComputedValues()
  {
    // A village set up by hand in a township that is not dry:
    //  population 1200;
    //  source S1: design 100 m3/day at 30 % = 30 m3/day, 600 people here and
    //    400 in a neighbouring village -> 30 x 600 / 1000 = 18 m3/day here;
    //  source S2: design 10 m3/day at 50 % = 5 m3/day, its 600 people all here.
    //  Supply 23 m3 = 23 000 L; floor(23 000 / 35) = 657 full rations
    //  (657 x 35 = 22 995 L) -> 1200 - 657 = 543 short; shortfall
    //  1200 x 0.035 = 42 - 23 = 19 m3/day; 23 000 / 1200 = 19.2 L per person,
    //  below the 20 L hardship floor of T/CHES 18-2018.
    sqlite3 *db = mFixture.store->handle();
    const QString town = dryAndOneWet().last();
    SqlStatement v(db, QStringLiteral("SELECT id, code FROM admin_units WHERE level = 'village' AND parent_code = ?1 ORDER BY code LIMIT 2"));
    v.bind(1, town);
    QVERIFY(v.next());
    const qint64 villageId = v.int64(0);
    const QString village = v.text(1);
    QVERIFY(v.next());
    const QString neighbour = v.text(1);
    const QString setup = QStringLiteral(
      "UPDATE admin_units SET population = 1200 WHERE code = '%1';"
      "DELETE FROM drought_source_villages WHERE village_code = '%1';"
      "INSERT INTO drought_water_sources (id, code, name, kind, admin_code, design_m3_day, supply_ratio, updated_at, geom) "
      "  VALUES (9001, 'T1', 'S1', 'reservoir', '%1', 100, 0.3, '2024-04-20', NULL),"
      "         (9002, 'T2', 'S2', 'well', '%1', 10, 0.5, '2024-04-20', NULL);"
      "INSERT INTO drought_source_villages VALUES (9001, '%1', 600), (9001, '%2', 400), (9002, '%1', 600);")
                            .arg(village, neighbour);
    const QString err = execSql(db, setup);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    const qint64 id = ingest(QStringLiteral("DR-2"), QStringLiteral("干旱"), {town});
    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto it = std::find_if(list.begin(), list.end(), [&](const ThreatenedObject &o) { return o.id == villageId; });
    QVERIFY(it != list.end());
    QCOMPARE(it->rank, 543.0);
    QVERIFY2(it->reason.contains(QStringLiteral("543")) && it->reason.contains(QStringLiteral("1200")) &&
               it->reason.contains(QStringLiteral("19.2")) && it->reason.contains(QStringLiteral("19.0")),
             qPrintable(it->reason));
    QCOMPARE(list.first().id, villageId); // the township's only short village, or its worst

    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    QCOMPARE(s.rows.size(), 2); // the township and the total
    QCOMPARE(s.rows.first().at(4).toLongLong(), qint64(543));
  }

  void eventKindDescribesTheAssessmentForm()
  {
    const QVector<EventKind> kinds = mFixture.plugin->eventKinds();
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds.first().id, QStringLiteral("assessment"));
    QStringList names;
    for (const EventParameter &p : kinds.first().parameters) {
      names << p.name;
      QVERIFY(!p.label.isEmpty());
    }
    QCOMPARE(names, (QStringList {QStringLiteral("admin_code"), QStringLiteral("level"), QStringLiteral("assessed_on"),
                                  QStringLiteral("basis"), QStringLiteral("indicator"), QStringLiteral("source")}));
    QCOMPARE(kinds.first().parameters.at(1).choices.size(), 4);
  }

  void badAssessmentsNameTheFieldAndWriteNothing()
  {
    sqlite3 *db = mFixture.store->handle();
    const QString town = dryAndOneWet().first();
    const QVariantMap good {{QStringLiteral("admin_code"), town},
                            {QStringLiteral("level"), QStringLiteral("severe")},
                            {QStringLiteral("assessed_on"), QStringLiteral("2024-04-27")},
                            {QStringLiteral("basis"), QStringLiteral("drinking_water")},
                            {QStringLiteral("indicator"), 45.0},
                            {QStringLiteral("source"), QStringLiteral("县水务局")}};
    struct Bad { const char *field; QVariant value; };
    const Bad bad[] = {
      {"admin_code", QStringLiteral("5399'; DROP TABLE drought_levels; --")},
      {"admin_code", QStringLiteral("539901001001")}, // a village, not a township
      {"admin_code", QStringLiteral("110101001000")}, // not in this county
      {"level", QStringLiteral("catastrophic")},
      {"assessed_on", QStringLiteral("yesterday")},
      {"assessed_on", QStringLiteral("2024-02-30")},
      {"basis", QStringLiteral("hydrological")},
      {"indicator", 140.0},
      {"indicator", QStringLiteral("many")},
      {"source", QStringLiteral("   ")},
    };
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_levels"));
    for (const Bad &b : bad) {
      QVariantMap values = good;
      values.insert(QString::fromLatin1(b.field), b.value);
      QString error;
      QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("assessment"), values, &error), qint64(-1));
      QVERIFY2(error.startsWith(QString::fromLatin1(b.field) + QLatin1Char(':')), qPrintable(error));
    }
    QString error;
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("wildfire"), good, &error), qint64(-1));
    QVERIFY2(error.startsWith(QStringLiteral("kind:")), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_levels")), before);
  }

  void assessmentIsStoredWithItsTownshipAndImpact()
  {
    sqlite3 *db = mFixture.store->handle();
    const QString town = dryAndOneWet().first();
    const QVariantMap values {{QStringLiteral("admin_code"), town},
                              {QStringLiteral("level"), QStringLiteral("severe")},
                              {QStringLiteral("assessed_on"), QDate(2024, 4, 27)},
                              {QStringLiteral("indicator"), 45.0},
                              {QStringLiteral("source"), QStringLiteral("县水务局")}};
    QString error;
    const qint64 id = mFixture.plugin->recordEvent(db, QStringLiteral("assessment"), values, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drought_levels d JOIN admin_units t ON t.code = d.admin_code "
                                       "WHERE d.id = %1 AND d.basis = 'drinking_water' AND d.assessed_on = '2024-04-27' "
                                       "AND ST_Equals(d.geom, t.geom) = 1").arg(id)),
             1);
    // The same township, day and basis twice: refused, naming the date.
    QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("assessment"), values, &error), qint64(-1));
    QVERIFY2(error.startsWith(QStringLiteral("assessed_on:")), qPrintable(error));

    const EventImpact impact = mFixture.plugin->eventImpact(db, QStringLiteral("assessment"), id, &error);
    QVERIFY(impact.areaWkt.startsWith(QStringLiteral("MULTIPOLYGON")));
    const QMap<qint64, qint64> expected = shortBySql(db, {town});
    QCOMPARE(impact.threatened.size(), expected.size());
    QCOMPARE(impact.section.rows.size(), expected.size() + 1);
    qint64 people = 0;
    for (qint64 n : expected)
      people += n;
    QCOMPARE(impact.section.rows.last().at(2).toLongLong(), people);
    QVERIFY2(impact.section.summary.contains(QString::number(people)), qPrintable(impact.section.summary));
    QCOMPARE(qint64(impact.threatened.first().rank), *std::max_element(expected.begin(), expected.end()));
  }

  void checklistsForEveryLevelAndTier()
  {
    for (ResponseTier tier : {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}) {
      QStringList previous;
      for (ResponseLevel level : {ResponseLevel::IV, ResponseLevel::III, ResponseLevel::II, ResponseLevel::I}) {
        const QStringList l = mFixture.plugin->checklist(level, tier);
        QVERIFY(!l.isEmpty());
        QVERIFY(l.size() > previous.size()); // a higher level asks for more
        previous = l;
      }
    }
    const QString county = mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString());
    for (const char *duty : {"送水", "应急", "错峰用水", "饮水"})
      QVERIFY2(county.contains(QString::fromUtf8(duty)), duty);
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Township).join(QString()).contains(QStringLiteral("打井")));
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::IV, ResponseTier::Village).join(QString()).contains(QStringLiteral("叫应")));
  }

  void dailyStatisticsFieldsAreNamedAndLabelled()
  {
    const QStringList fields = mFixture.plugin->dailyStatisticsFields();
    QSet<QString> names;
    for (const QString &f : fields) {
      const int colon = f.indexOf(QLatin1Char(':'));
      QVERIFY2(colon > 0 && colon < f.size() - 1, qPrintable(f));
      QVERIFY(f.startsWith(QStringLiteral("drought_")));
      names.insert(f.left(colon));
    }
    QCOMPARE(names.size(), fields.size());
    for (const char *n : {"drought_people_short", "drought_water_delivered_m3", "drought_wells_dug"})
      QVERIFY2(names.contains(QString::fromLatin1(n)), n);
  }

  void layerStylesCoverEveryTableAndValue()
  {
    sqlite3 *db = mFixture.store->handle();
    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 2);
    for (const LayerStyle &s : styles) {
      QVERIFY(!s.title.isEmpty());
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name = '%1'").arg(s.table)), 1);
      // Well-formed XML, a categorized renderer on a column of the table whose
      // values are exactly the ones its CHECK constraint allows.
      QXmlStreamReader xml(s.qml);
      QString attr, symbolType;
      QStringList values;
      while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
          continue;
        if (xml.name() == QLatin1String("renderer-v2")) {
          QCOMPARE(xml.attributes().value(QLatin1String("type")).toString(), QStringLiteral("categorizedSymbol"));
          attr = xml.attributes().value(QLatin1String("attr")).toString();
        } else if (xml.name() == QLatin1String("category")) {
          values << xml.attributes().value(QLatin1String("value")).toString();
          QVERIFY(!xml.attributes().value(QLatin1String("label")).isEmpty());
        } else if (xml.name() == QLatin1String("symbol")) {
          symbolType = xml.attributes().value(QLatin1String("type")).toString();
        }
      }
      QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
      SqlStatement distinct(db, QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(attr, s.table));
      while (distinct.next())
        QVERIFY2(values.contains(distinct.text(0)), qPrintable(distinct.text(0)));
      QVERIFY2(!distinct.hasError(), qPrintable(distinct.error()));
      if (s.table == QLatin1String("drought_water_sources")) {
        QCOMPARE(values, sourceKinds());
        QCOMPARE(symbolType, QStringLiteral("marker"));
      } else {
        QCOMPARE(values, (QStringList {QStringLiteral("light"), QStringLiteral("moderate"), QStringLiteral("severe"), QStringLiteral("extreme")}));
        QCOMPARE(symbolType, QStringLiteral("fill"));
      }
    }
  }
};

QTEST_GUILESS_MAIN(TestDroughtPlugin)
#include "test_drought_plugin.moc"
