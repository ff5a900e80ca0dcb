// Impact on arrival over a real sample-county store: CAP messages ingested
// the way the feed does, counts checked against an independent count made
// here with RingSet point-in-polygon over every row, escalation by level and
// status, ordering, indexed == scan, and a warning no longer in force.
#include "SampleStore.h"
#include "hidden_dangers/HiddenDanger.h"
#include "import/RingSet.h"
#include "store/SqlStatement.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"
#include "warnings/WarningImpact.h"

#include <QtTest>

using namespace onemap;

namespace {

QByteArray cap(const QString &identifier, const QString &headline, const QString &severity, const QString &area,
               const QString &expires = QStringLiteral("2025-07-01T20:00:00+08:00"))
{
  return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                        "<identifier>%1</identifier><sender>53990104100@weather.example.cn</sender><sent>2025-06-30T08:00:00+08:00</sent>"
                        "<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
                        "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
                        "<severity>%3</severity><certainty>Likely</certainty><effective>2025-06-30T08:00:00+08:00</effective>"
                        "<expires>%5</expires><senderName>示范县气象台</senderName><headline>%2</headline>"
                        "<description>预计未来24小时内将出现强降雨。</description>%4</info></alert>")
    .arg(identifier, headline, severity, area, expires)
    .toUtf8();
}

struct PointRow
{
  qint64 id = 0;
  QString townshipCode;
  QString status;
  QString hazardType;
  qint64 weight = 0; //!< capacity / members
  double x = 0, y = 0;
};

} // namespace

class TestWarningImpact : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  std::unique_ptr<Store> mStore;
  QStringList mTownships;
  const QDate mToday = QDate(2025, 6, 30);
  const QDateTime mNow = QDateTime::fromString(QStringLiteral("2025-06-30T09:00:00+08:00"), Qt::ISODate);
  qint64 mOrange = 0;   //!< one township by geocode
  qint64 mYellow = 0;   //!< a polygon across the middle of the county
  qint64 mExpired = 0;  //!< red, expired on arrival

  qint64 ingest(const QByteArray &xml)
  {
    Result<CapMessage> m = CapParser::parse(xml);
    if (!m) {
      qWarning() << m.message();
      return 0;
    }
    Result<CapIngestOutcome> r = CapIngest::ingest(*mStore, m.value(), mNow);
    if (!r) {
      qWarning() << r.message();
      return 0;
    }
    return r.value().id;
  }

  RingSet area(qint64 warningId)
  {
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT AsBinary(geom) FROM warnings WHERE id = ?"));
    q.bind(1, warningId);
    RingSet rings;
    if (q.next())
      rings.addWkb(q.value(0).toByteArray());
    return rings;
  }

  //! Every row of a point table with its township as the code columns say.
  QVector<PointRow> points(const QString &sql)
  {
    SqlStatement q(mStore->handle(), sql);
    QVector<PointRow> rows;
    while (q.next()) {
      PointRow r;
      r.id = q.int64(0);
      r.townshipCode = q.text(1).left(9) + QStringLiteral("000");
      r.status = q.text(2);
      r.hazardType = q.text(3);
      r.weight = q.int64(4);
      r.x = q.real(5);
      r.y = q.real(6);
      rows << r;
    }
    return rows;
  }
  QVector<PointRow> dangers()
  {
    return points(QStringLiteral("SELECT id, village_code, status, hazard_type, threatened_people, X(geom), Y(geom) FROM hidden_dangers"));
  }
  QVector<PointRow> shelters()
  {
    return points(QStringLiteral("SELECT id, village_code, '', '', capacity, X(geom), Y(geom) FROM shelters"));
  }
  QVector<PointRow> teams()
  {
    return points(QStringLiteral("SELECT id, township_code, status, '', members, X(geom), Y(geom) FROM teams"));
  }
  static QVector<PointRow> inside(const QVector<PointRow> &rows, const RingSet &rings)
  {
    QVector<PointRow> in;
    for (const PointRow &r : rows)
      if (rings.contains(r.x, r.y))
        in << r;
    return in;
  }
  template <typename T>
  static QSet<qint64> ids(const QVector<T> &rows)
  {
    QSet<qint64> s;
    for (const T &r : rows)
      s.insert(r.id);
    return s;
  }

  //! Impact equals the independent count: same points, same sums per township.
  void checkAgainstRings(const Impact &impact)
  {
    const RingSet rings = area(impact.warning.id);
    QVERIFY(!rings.isEmpty());
    const QVector<PointRow> d = inside(dangers(), rings);
    const QVector<PointRow> s = inside(shelters(), rings);
    const QVector<PointRow> t = inside(teams(), rings);
    QVERIFY2(!d.isEmpty(), "the area should hold hidden dangers");
    QCOMPARE(ids(impact.dangers), ids(d));
    QCOMPARE(ids(impact.shelters), ids(s));
    QCOMPARE(ids(impact.teams), ids(t));
    QCOMPARE(impact.totals.dangers, d.size());
    QCOMPARE(impact.totals.shelters, s.size());
    QCOMPARE(impact.totals.teams, t.size());

    QMap<QString, int> dangerCount, shelterCount, teamCount;
    QMap<QString, qint64> capacity, members;
    qint64 threatened = 0;
    for (const PointRow &r : d) {
      ++dangerCount[r.townshipCode];
      threatened += r.weight;
    }
    for (const PointRow &r : s) {
      ++shelterCount[r.townshipCode];
      capacity[r.townshipCode] += r.weight;
    }
    for (const PointRow &r : t) {
      ++teamCount[r.townshipCode];
      members[r.townshipCode] += r.weight;
    }
    QCOMPARE(impact.totals.threatenedPeople, threatened);
    int villages = 0;
    for (const ImpactTownship &row : impact.townships) {
      QCOMPARE(row.dangers, dangerCount.value(row.code));
      QCOMPARE(row.shelters, shelterCount.value(row.code));
      QCOMPARE(row.shelterCapacity, capacity.value(row.code));
      QCOMPARE(row.teams, teamCount.value(row.code));
      QCOMPARE(row.teamMembers, members.value(row.code));
      QVERIFY(!row.name.isEmpty());
      villages += row.villages;
    }
    QCOMPARE(villages, impact.villages.size());
  }

private slots:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mStore = s.take();

    // The township with the most hidden dangers, so escalation has both kinds of status to judge.
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT substr(village_code, 1, 9) || '000' AS t, count(*) FROM hidden_dangers "
                                                    "GROUP BY t ORDER BY 2 DESC, t"));
    QVERIFY(q.next());
    const QString busiest = q.text(0);
    mOrange = ingest(cap(QStringLiteral("53990104100300101_20250630080000"), QStringLiteral("示范县气象台发布暴雨橙色预警信号"),
                         QStringLiteral("Severe"),
                         QStringLiteral("<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>").arg(busiest)));
    QVERIFY(mOrange > 0);

    // A box over the middle third of the county, in CAP's lat,lon order.
    SqlStatement box(mStore->handle(), QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM admin_units WHERE level = 'county'"));
    QVERIFY(box.next());
    const double x0 = box.real(0), y0 = box.real(1), x1 = box.real(2), y1 = box.real(3);
    const double ax = x0 + (x1 - x0) / 3, bx = x1 - (x1 - x0) / 3, ay = y0 + (y1 - y0) / 3, by = y1 - (y1 - y0) / 3;
    const QString polygon = QStringLiteral("%1,%2 %1,%3 %4,%3 %4,%2 %1,%2").arg(ay, 0, 'f', 6).arg(ax, 0, 'f', 6).arg(bx, 0, 'f', 6).arg(by, 0, 'f', 6);
    mYellow = ingest(cap(QStringLiteral("53990104100300102_20250630080000"), QStringLiteral("示范县气象台发布暴雨黄色预警信号"),
                         QStringLiteral("Moderate"), QStringLiteral("<area><areaDesc>县城中部</areaDesc><polygon>%1</polygon></area>").arg(polygon)));
    QVERIFY(mYellow > 0);

    mExpired = ingest(cap(QStringLiteral("53990104100300103_20250629080000"), QStringLiteral("示范县气象台发布暴雨红色预警信号"),
                          QStringLiteral("Extreme"),
                          QStringLiteral("<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>").arg(busiest),
                          QStringLiteral("2025-06-29T20:00:00+08:00")));
    QVERIFY(mExpired > 0);
  }

  void orangeTownshipWarning()
  {
    Result<Impact> r = WarningImpact::of(*mStore, mOrange, mToday);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Impact &impact = r.value();
    QCOMPARE(impact.warning.level, QStringLiteral("orange"));
    QCOMPARE(impact.warning.status, QStringLiteral("active"));
    QCOMPARE(impact.warning.headline, QStringLiteral("示范县气象台发布暴雨橙色预警信号"));
    checkAgainstRings(impact);

    // The township alone: covered, with all its villages and their people.
    QCOMPARE(impact.townships.size(), 1);
    const ImpactTownship &t = impact.townships.first();
    QVERIFY(t.covered);
    QVERIFY(t.population > 0);
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*), sum(population), sum(households) FROM admin_units WHERE level = 'village' AND parent_code = ?"));
    q.bind(1, t.code);
    QVERIFY(q.next());
    QCOMPARE(qint64(t.villages), q.int64(0));
    QCOMPARE(t.villagePopulation, q.int64(1));
    QCOMPARE(t.villageHouseholds, q.int64(2));
    QCOMPARE(impact.totals.villagePopulation, q.int64(1));

    // Escalated: every danger not signed off, and only those.
    int signedOff = 0, escalated = 0, overdue = 0;
    for (const ImpactDanger &d : impact.dangers) {
      QCOMPARE(d.escalated, d.status != QLatin1String("signed_off"));
      QCOMPARE(d.townshipCode, t.code);
      signedOff += d.status == QLatin1String("signed_off");
      escalated += d.escalated;
      HiddenDanger rule;
      rule.deadline = d.deadline;
      rule.status = d.status;
      QCOMPARE(d.overdue, rule.isOverdue(mToday));
      overdue += d.overdue;
    }
    QVERIFY2(signedOff > 0, "the township should hold signed-off points");
    QVERIFY2(overdue > 0, "the township should hold overdue points");
    QCOMPARE(t.escalated, escalated);
    QCOMPARE(impact.totals.escalated, escalated);
    QCOMPARE(impact.totals.overdue, overdue);

    // Escalated first, overdue first among them, then threatened people.
    for (int i = 1; i < impact.dangers.size(); ++i) {
      const ImpactDanger &a = impact.dangers[i - 1];
      const ImpactDanger &b = impact.dangers[i];
      QVERIFY(a.escalated >= b.escalated);
      if (a.escalated == b.escalated) {
        if (a.escalated)
          QVERIFY(a.overdue >= b.overdue);
        if (a.overdue == b.overdue || !a.escalated)
          QVERIFY2(a.threatenedPeople >= b.threatenedPeople, qPrintable(a.code + QLatin1Char(' ') + b.code));
      }
    }
    QVERIFY(impact.dangers.first().escalated && impact.dangers.first().overdue);
    QVERIFY(!impact.dangers.last().escalated);
  }

  void yellowPolygonWarning()
  {
    Result<Impact> r = WarningImpact::of(*mStore, mYellow, mToday);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Impact &impact = r.value();
    QCOMPARE(impact.warning.level, QStringLiteral("yellow"));
    checkAgainstRings(impact);
    QVERIFY(impact.townships.size() > 1);
    QCOMPARE(impact.totals.escalated, 0);
    for (const ImpactDanger &d : impact.dangers)
      QVERIFY(!d.escalated);
    QVERIFY(impact.totals.villages > 0);
    for (const ImpactVillage &v : impact.villages)
      QCOMPARE(v.code.left(9) + QStringLiteral("000"), v.townshipCode);
  }

  void indexedEqualsScan()
  {
    for (qint64 id : {mOrange, mYellow}) {
      WarningImpact::Options scan;
      scan.useSpatialIndex = false;
      Result<Impact> a = WarningImpact::of(*mStore, id, mToday);
      Result<Impact> b = WarningImpact::of(*mStore, id, mToday, scan);
      QVERIFY2(a.ok() && b.ok(), qPrintable(a.message() + b.message()));
      QCOMPARE(a.value().dangers.size(), b.value().dangers.size());
      for (int i = 0; i < a.value().dangers.size(); ++i)
        QCOMPARE(a.value().dangers[i].id, b.value().dangers[i].id);
      QCOMPARE(ids(a.value().shelters), ids(b.value().shelters));
      QCOMPARE(ids(a.value().teams), ids(b.value().teams));
      QCOMPARE(a.value().villages.size(), b.value().villages.size());
      QCOMPARE(a.value().townships.size(), b.value().townships.size());
      for (int i = 0; i < a.value().townships.size(); ++i) {
        QCOMPARE(a.value().townships[i].code, b.value().townships[i].code);
        QCOMPARE(a.value().townships[i].dangers, b.value().townships[i].dangers);
        QCOMPARE(a.value().townships[i].villagePopulation, b.value().townships[i].villagePopulation);
      }
    }
  }

  void hazardFilter()
  {
    WarningImpact::Options landslides;
    landslides.hazardFilter = QStringList {QStringLiteral("landslide")};
    Result<Impact> r = WarningImpact::of(*mStore, mYellow, mToday, landslides);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    int expected = 0;
    for (const PointRow &p : inside(dangers(), area(mYellow)))
      expected += p.hazardType == QLatin1String("landslide");
    QVERIFY(expected > 0);
    QCOMPARE(r.value().dangers.size(), expected);
    for (const ImpactDanger &d : r.value().dangers)
      QCOMPARE(d.hazardType, QStringLiteral("landslide"));
    WarningImpact::Options typo;
    typo.hazardFilter = QStringList {QStringLiteral("landslip")};
    Result<Impact> bad = WarningImpact::of(*mStore, mYellow, mToday, typo);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.message().contains(QStringLiteral("landslip")), qPrintable(bad.message()));
  }

  void expiredWarningIsStillComputed()
  {
    Result<Impact> r = WarningImpact::of(*mStore, mExpired, mToday);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().warning.status, QStringLiteral("expired"));
    QCOMPARE(r.value().warning.level, QStringLiteral("red"));
    checkAgainstRings(r.value());
    // Looking back at a red area still flags what was not signed off.
    QVERIFY(r.value().totals.escalated > 0);
  }

  void escalatedIdsFollowActiveOrangeAndRed()
  {
    Result<QSet<qint64>> ids = WarningImpact::escalatedDangerIds(*mStore, mNow);
    QVERIFY2(ids.ok(), qPrintable(ids.message()));
    // Independent: every active orange/red outline against every point.
    QSet<qint64> expected;
    SqlStatement q(mStore->handle(), QStringLiteral("SELECT id FROM warnings WHERE status = 'active' AND level IN ('orange', 'red')"));
    QVector<qint64> warnings;
    while (q.next())
      warnings << q.int64(0);
    QVERIFY(warnings.contains(mOrange));
    QVERIFY(!warnings.contains(mExpired));
    const QVector<PointRow> all = dangers();
    for (qint64 w : warnings)
      for (const PointRow &p : inside(all, area(w)))
        if (p.status != QLatin1String("signed_off"))
          expected.insert(p.id);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids.value(), expected);
    // Two days on, every one of them has run out even though no one marked it expired yet.
    Result<QSet<qint64>> later = WarningImpact::escalatedDangerIds(*mStore, mNow.addDays(2));
    QVERIFY2(later.ok(), qPrintable(later.message()));
    QVERIFY(later.value().isEmpty());
  }

  void pointWithoutCodeFindsItsTownshipByPlace()
  {
    Result<Impact> before = WarningImpact::of(*mStore, mOrange, mToday);
    QVERIFY(before.ok());
    const ImpactDanger d = before.value().dangers.last();
    const QString code = d.villageCode;
    SqlStatement clear(mStore->handle(), QStringLiteral("UPDATE hidden_dangers SET village_code = NULL WHERE id = ?"));
    clear.bind(1, d.id);
    QVERIFY(clear.exec());
    Result<Impact> after = WarningImpact::of(*mStore, mOrange, mToday);
    SqlStatement restore(mStore->handle(), QStringLiteral("UPDATE hidden_dangers SET village_code = ? WHERE id = ?"));
    restore.bind(1, code).bind(2, d.id);
    QVERIFY(restore.exec());
    QVERIFY2(after.ok(), qPrintable(after.message()));
    bool found = false;
    for (const ImpactDanger &a : after.value().dangers)
      if (a.id == d.id) {
        found = true;
        QVERIFY(a.villageCode.isEmpty());
        QCOMPARE(a.townshipCode, d.townshipCode);
        QCOMPARE(a.townshipName, d.townshipName);
      }
    QVERIFY(found);
    QCOMPARE(after.value().townships.size(), 1);
    QCOMPARE(after.value().townships.first().dangers, before.value().townships.first().dangers);
  }

  void unknownWarningFails()
  {
    Result<Impact> r = WarningImpact::of(*mStore, 987654, mToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("987654")), qPrintable(r.message()));
  }
};

QTEST_GUILESS_MAIN(TestWarningImpact)
#include "test_warning_impact.moc"
