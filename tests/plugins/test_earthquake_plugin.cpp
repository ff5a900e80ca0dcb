// The earthquake plugin on a real sample-county store: its table and sample
// event, the warning rule on the intensity rings against the model's own
// per-township count, and its checklists.
#include "QuakeEvents.h"
#include "RingsByTownship.h"
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QDomDocument>
#include <QtTest>

using namespace onemap;
using testing::scalar;

class TestEarthquakePlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes)
  {
    testing::GeocodeCap c;
    c.identifier = identifier;
    c.event = event;
    c.codes = codes;
    c.sender = QStringLiteral("53990104100@earthquake.example.cn");
    c.sent = QStringLiteral("2024-06-20T03:20:00+08:00");
    c.senderName = QStringLiteral("示范县地震局");
    c.headline = QStringLiteral("示范县发生%1").arg(event);
    return mFixture.ingest(c, QDateTime::fromString(QStringLiteral("2024-06-20T03:30:00+08:00"), Qt::ISODate));
  }

  QStringList townships() const { return mFixture.townships(); }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_earthquake_plugin"));
    const QString opened = mFixture.open(QStringLiteral("earthquake"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(mFixture.registry->plugin(QStringLiteral("geohazard"))); // loaded side by side
    const QString migrated = mFixture.applyMigrations();
    QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
  }

  void migrationCreatesTheTableWithASpatialIndex()
  {
    sqlite3 *db = mFixture.store->handle();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'quake_events'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geometry_columns WHERE f_table_name = 'quake_events' "
                                       "AND f_geometry_column = 'geom' AND srid = 4490 AND spatial_index_enabled = 1")),
             1);
  }

  void sampleEventIsLabelledAndInsideTheCounty()
  {
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    sqlite3 *db = mFixture.store->handle();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events WHERE source LIKE '%样例%' AND place LIKE '%样例%'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events e JOIN admin_units c "
                                       "WHERE c.level = 'township' AND ST_Within(e.geom, c.geom) = 1")),
             1);
  }

  void earthquakeWarningThreatensVillagesInTheRings()
  {
    sqlite3 *db = mFixture.store->handle();
    const qint64 id = ingest(QStringLiteral("EQ-1"), QStringLiteral("地震"), townships());
    QVERIFY(id > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM warnings WHERE hazard = 'earthquake'")), 1);

    QString error;
    const auto event = earthquake::eventForWarning(db, id, &error);
    QVERIFY2(event, qPrintable(error));
    const auto rings = earthquake::ringsByTownship(db, event->event);
    QVERIFY2(rings.ok(), qPrintable(rings.message()));
    QVERIFY(!rings.value().isEmpty());
    qint64 villages = 0, people = 0, households = 0;
    for (const earthquake::TownshipRing &r : rings.value()) {
      villages += r.villages;
      people += r.population;
      households += r.households;
    }

    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(list.size()), villages);
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    QCOMPARE(list.first().table, QStringLiteral("admin_units"));
    QVERIFY(!list.first().reason.isEmpty());
    // Fewer villages than the county: the rings do not cover all of it.
    QVERIFY(villages < scalar(db, QStringLiteral("SELECT COUNT(*) FROM admin_units WHERE level = 'village'")));

    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.rows.size(), rings.value().size());
    qint64 sectionPeople = 0, sectionHouseholds = 0;
    for (const QStringList &row : s.rows) {
      QCOMPARE(row.size(), s.headers.size());
      sectionPeople += row.at(3).toLongLong();
      sectionHouseholds += row.at(4).toLongLong();
    }
    QCOMPARE(sectionPeople, people);
    QCOMPARE(sectionHouseholds, households);
    QVERIFY2(s.summary.contains(QString::number(people)), qPrintable(s.summary));
  }

  void otherHazardsThreatenNothingHere()
  {
    const qint64 id = ingest(QStringLiteral("FIRE-1"), QStringLiteral("森林火险预警"), townships().mid(0, 1));
    QVERIFY(id > 0);
    QString error;
    QVERIFY(mFixture.plugin->threatenedBy(mFixture.store->handle(), id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFixture.plugin->impactSection(mFixture.store->handle(), id).title.isEmpty());
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
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County).join(QString()).contains(QStringLiteral("人员搜救")));
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County) != mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village));
    QCOMPARE(mFixture.plugin->dailyStatisticsFields().size(), 4);
  }

  // 地震事件 entered by the duty officer: every field checked (the error names
  // it and nothing is written), then the impact of a good one: the VI ellipse
  // as its area, and the villages the plugin lists are exactly those whose
  // centroid SpatiaLite finds inside that area (an independent geometric pass).
  void eventsRecordedAndAssessed()
  {
    sqlite3 *db = mFixture.store->handle();
    const QVector<EventKind> kinds = mFixture.plugin->eventKinds();
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds.first().id, QStringLiteral("quake"));
    QStringList names;
    for (const EventParameter &p : kinds.first().parameters)
      names << p.name;
    QCOMPARE(names, QStringList({QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("magnitude"), QStringLiteral("depth_km"),
                                 QStringLiteral("occurred_at"), QStringLiteral("place")}));

    SqlStatement c(db, QStringLiteral("SELECT AVG(X(ST_Centroid(geom))), AVG(Y(ST_Centroid(geom))) FROM admin_units WHERE level = 'village'"));
    QVERIFY(c.next());
    const QVariantMap good {{QStringLiteral("lon"), c.real(0)}, {QStringLiteral("lat"), c.real(1)}, {QStringLiteral("magnitude"), 6.0},
                            {QStringLiteral("depth_km"), 10.0}, {QStringLiteral("occurred_at"), QStringLiteral("2026-11-23T09:30:00+08:00")},
                            {QStringLiteral("place"), QStringLiteral("示范县城关镇")}};
    const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events"));
    const QList<QPair<QString, QVariant>> bad {{QStringLiteral("lon"), 200.0},          {QStringLiteral("lat"), QStringLiteral("north")},
                                               {QStringLiteral("magnitude"), 3.9},      {QStringLiteral("magnitude"), 8.6},
                                               {QStringLiteral("magnitude"), QVariant()}, {QStringLiteral("depth_km"), -1.0},
                                               {QStringLiteral("occurred_at"), QStringLiteral("yesterday")}, {QStringLiteral("place"), QStringLiteral("  ")}};
    for (const auto &b : bad) {
      QVariantMap values = good;
      values.insert(b.first, b.second);
      QString error;
      QCOMPARE(mFixture.plugin->recordEvent(db, QStringLiteral("quake"), values, &error), qint64(-1));
      QVERIFY2(error.startsWith(b.first + QStringLiteral(": ")), qPrintable(error));
      QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events")), before);
    }
    QString error;
    QVERIFY(mFixture.plugin->recordEvent(db, QStringLiteral("quake"), {{QStringLiteral("magnitude"), 8.6}}, &error) < 0);
    QCOMPARE(error, QStringLiteral("lon: a value is required"));
    QVERIFY(mFixture.plugin->recordEvent(db, QStringLiteral("fire"), good, &error) < 0);
    QVERIFY(error.startsWith(QStringLiteral("kind: ")));

    const qint64 id = mFixture.plugin->recordEvent(db, QStringLiteral("quake"), good, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM quake_events")), before + 1);

    error.clear();
    const EventImpact impact = mFixture.plugin->eventImpact(db, QStringLiteral("quake"), id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(impact.areaWkt.startsWith(QStringLiteral("POLYGON((")));
    SqlStatement valid(db, QStringLiteral("SELECT ST_IsValid(GeomFromText(?1, 4490))"));
    valid.bind(1, impact.areaWkt);
    QVERIFY(valid.next());
    QCOMPARE(valid.int64(0), qint64(1));
    SqlStatement inside(db, QStringLiteral("SELECT id FROM admin_units WHERE level = 'village' AND ST_Within(ST_Centroid(geom), GeomFromText(?1, 4490)) ORDER BY id"));
    inside.bind(1, impact.areaWkt);
    QList<qint64> expected;
    while (inside.next())
      expected << inside.int64(0);
    QList<qint64> listed;
    for (const ThreatenedObject &o : impact.threatened) {
      QCOMPARE(o.table, QStringLiteral("admin_units"));
      listed << o.id;
    }
    std::sort(listed.begin(), listed.end());
    // The 180-gon is inside the true ellipse: allow the odd village on its rim.
    QVERIFY2(qAbs(expected.size() - listed.size()) <= 1, qPrintable(QStringLiteral("%1 inside, %2 listed").arg(expected.size()).arg(listed.size())));
    QVERIFY(!listed.isEmpty());
    // The section's village counts add up to the list.
    qint64 villages = 0;
    for (const QStringList &row : impact.section.rows)
      villages += row.value(2).toLongLong();
    QCOMPARE(villages, qint64(listed.size()));
    QVERIFY(impact.section.summary.contains(QStringLiteral("示范县城关镇")));

    QVERIFY(mFixture.plugin->eventImpact(db, QStringLiteral("quake"), 999999, &error).section.title.isEmpty());
    QVERIFY(error.contains(QStringLiteral("no event with id 999999")));
  }

  void layerStyleIsAQgisStyleOfItsTable()
  {
    const QVector<LayerStyle> styles = mFixture.plugin->layerStyles();
    QCOMPARE(styles.size(), 1);
    QCOMPARE(styles.first().table, QStringLiteral("quake_events"));
    QVERIFY(!styles.first().title.isEmpty());
    QDomDocument doc;
    QVERIFY(doc.setContent(styles.first().qml));
    QCOMPARE(doc.documentElement().tagName(), QStringLiteral("qgis"));
  }
};

QTEST_GUILESS_MAIN(TestEarthquakePlugin)
#include "test_earthquake_plugin.moc"
