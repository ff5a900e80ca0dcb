// The geohazard plugin on a real sample-county store: its table and sample
// monitors, the rainstorm/geological warning rule against an independent
// count, its impact section and its checklists.
#include "PluginUnderTest.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/SqlStatement.h"

#include <QtTest>

using namespace onemap;
using testing::scalar;

class TestGeohazardPlugin : public QObject
{
  Q_OBJECT

  testing::PluginUnderTest mFixture;

  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes)
  {
    return mFixture.ingest(identifier, event, codes, QStringLiteral("53990104100@weather.example.cn"), QStringLiteral("示范县自然资源局"),
                           QDateTime::fromString(QStringLiteral("2024-06-20T09:00:00+08:00"), Qt::ISODate));
  }

private Q_SLOTS:
  void initTestCase()
  {
    QCoreApplication::setApplicationName(QStringLiteral("test_geohazard_plugin"));
    const QString opened = mFixture.open(QStringLiteral("geohazard"));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const QString migrated = mFixture.applyMigrations();
    QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
  }

  void sampleMonitorsSitAtGeohazardPoints()
  {
    // Through the registry, as `onemap init --sample` does.
    const QString written = mFixture.writeSamples(2024);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    sqlite3 *db = mFixture.store->handle();
    const qint64 n = scalar(db, QStringLiteral("SELECT COUNT(*) FROM geo_monitors"));
    QVERIFY2(n >= 18 && n <= 54, qPrintable(QString::number(n)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geo_monitors m JOIN hidden_dangers d ON d.id = m.danger_id "
                                       "WHERE d.hazard_type IN ('landslide','collapse','debris_flow','unstable_slope','subsidence')")),
             n);
    // Each monitor within ~150 m of its point, and with a geometry.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geo_monitors m JOIN hidden_dangers d ON d.id = m.danger_id "
                                       "WHERE ST_Distance(m.geom, d.geom, 1) < 150")),
             n);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM geo_monitors WHERE kind = 'rain_gauge'")),
             scalar(db, QStringLiteral("SELECT COUNT(DISTINCT danger_id) FROM geo_monitors")));
  }

  void rainstormWarningThreatensGeohazardPointsInItsArea()
  {
    sqlite3 *db = mFixture.store->handle();
    QStringList towns;
    SqlStatement q(db, QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 3"));
    while (q.next())
      towns << q.text(0);
    QCOMPARE(towns.size(), 3);
    const qint64 id = ingest(QStringLiteral("GEO-1"), QStringLiteral("地质灾害气象风险预警"), towns);
    QVERIFY(id > 0);

    QString error;
    const QVector<ThreatenedObject> list = mFixture.plugin->threatenedBy(db, id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!list.isEmpty());

    // Independent count: by the admin code the register gives each point, not by geometry.
    const QString prefixes = QStringLiteral("(substr(village_code, 1, 9) IN (?, ?, ?))");
    const qint64 expected = scalar(db,
                                   QStringLiteral("SELECT COUNT(*) FROM hidden_dangers WHERE hazard_type IN "
                                                  "('landslide','collapse','debris_flow','unstable_slope','subsidence') "
                                                  "AND status <> 'signed_off' AND ")
                                     + prefixes,
                                   {towns.at(0).left(9), towns.at(1).left(9), towns.at(2).left(9)});
    QCOMPARE(qint64(list.size()), expected);
    for (int i = 1; i < list.size(); ++i)
      QVERIFY(list.at(i - 1).rank >= list.at(i).rank);
    QCOMPARE(list.first().table, QStringLiteral("hidden_dangers"));
    QCOMPARE(double(scalar(db, QStringLiteral("SELECT COALESCE(threatened_people, 0) FROM hidden_dangers WHERE id = ?"), {list.first().id})),
             list.first().rank);
    QVERIFY(!list.first().reason.isEmpty());

    const ImpactSection s = mFixture.plugin->impactSection(db, id);
    QVERIFY(!s.title.isEmpty());
    QCOMPARE(s.rows.size(), std::min(10, int(list.size())));
    QCOMPARE(s.rows.first().first(), list.first().name);
    QVERIFY2(s.summary.contains(QString::number(list.size())), qPrintable(s.summary));
  }

  void otherHazardsThreatenNothingHere()
  {
    QStringList towns;
    SqlStatement q(mFixture.store->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code LIMIT 1"));
    while (q.next())
      towns << q.text(0);
    const qint64 id = ingest(QStringLiteral("FIRE-1"), QStringLiteral("森林火险预警"), towns);
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
        QVERIFY(l != previous);
        QVERIFY(l.size() > previous.size()); // a higher level asks for more
        previous = l;
      }
    }
    QVERIFY(mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::County) != mFixture.plugin->checklist(ResponseLevel::I, ResponseTier::Village));
    QCOMPARE(mFixture.plugin->layerStyles().size(), 1);
    QCOMPARE(mFixture.plugin->dailyStatisticsFields().size(), 3);
  }
};

QTEST_GUILESS_MAIN(TestGeohazardPlugin)
#include "test_geohazard_plugin.moc"
