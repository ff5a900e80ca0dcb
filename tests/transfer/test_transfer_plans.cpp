// The transfer core on a real sample-county store: areas resolved (and bad
// specs refused naming what is missing), who must move (danger points and
// area-weighted villages, checked against independent SQL), shelter sites
// and their hazard suitability, road cuts (by hand, audited; under a severe
// warning; in a picked zone), plans saved and read back whole, listed per
// township, reassigned by hand within capacity (split, audited), the shelter
// balance against independent SQL, and tracking reports with what lags.
#include "SampleStore.h"
#include "StoreQueries.h"
#include "network/Road.h"
#include "shelters/Shelter.h"
#include "store/AuditLog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/RoadCuts.h"
#include "transfer/ShelterAssignment.h"
#include "transfer/ShelterBalance.h"
#include "transfer/ShelterSites.h"
#include "transfer/TransferArea.h"
#include "transfer/TransferDemands.h"
#include "transfer/TransferPlans.h"
#include "transfer/TransferTracking.h"
#include "warnings/Warning.h"

#include <QtTest>
#include <cmath>

using namespace onemap;
using onemap::testing::SampleStore;

namespace {

// A call that must succeed; on failure the message says why.
#define QVERIFY_OK(call)                                                                                                     \
  do {                                                                                                                       \
    const auto result_ = (call);                                                                                             \
    QVERIFY2(result_.ok(), qPrintable(result_.message()));                                                                   \
  } while (false)

const QString kActor = QStringLiteral("test_transfer_plans");
const QString kCity = QStringLiteral("539901001000"); // 城关镇, the county seat
const QString kAsOf = QStringLiteral("2025-07-01T00:00:00+08:00"); // the sample warnings are in force

qint64 scalar(Store &s, const QString &sql, const QVariantList &args = {}) { return testing::scalar(s.handle(), sql, args); }
QString text(Store &s, const QString &sql, const QVariantList &args = {}) { return testing::text(s.handle(), sql, args); }
QStringList column(Store &s, const QString &sql, const QVariantList &args = {}) { return testing::column(s.handle(), sql, args); }

QMap<QString, qint64> grouped(Store &s, const QString &sql, const QVariantList &args = {})
{
  QMap<QString, qint64> out;
  SqlStatement q(s.handle(), sql);
  for (int i = 0; i < args.size(); ++i)
    q.bind(i + 1, args[i]);
  while (q.next())
    out.insert(q.text(0), q.int64(1));
  if (q.hasError())
    qWarning() << q.error();
  return out;
}

qint64 auditCount(Store &s, const QString &table, const QString &action)
{
  return scalar(s, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ?1 AND action = ?2"), {table, action});
}

// A plan made by straight-line distance: the same demands, sites and
// assignment rule the planner uses, without the road network (that lives in
// desktop/routing). Cost: kilometres, roughly.
struct MadePlan
{
  TransferPlan plan;
  QVector<TransferAssignment> rows;
  QVector<ShelterSite> sites;
};

MadePlan makePlan(Store &store, const TransferArea &area, const QStringList &classes)
{
  MadePlan made;
  const QVector<TransferDemand> demands = transferDemands(store, area).value();
  const QVector<ShelterSite> sites = shelterSites(store, area, classes).value();
  for (const ShelterSite &s : sites)
    if (s.suitable)
      made.sites << s;
  QVector<qint64> people, capacity;
  QVector<QVector<double>> cost;
  for (const TransferDemand &d : demands) {
    people << d.people;
    QVector<double> row;
    for (const ShelterSite &s : made.sites)
      row << std::hypot((s.lon - d.lon) * 97.0, (s.lat - d.lat) * 111.0);
    cost << row;
  }
  for (const ShelterSite &s : made.sites)
    capacity << s.freeCapacity;
  const AssignmentResult r = assignFromMatrix(people, capacity, cost);
  for (const Placement &p : r.placements) {
    const TransferDemand &d = demands[p.demand];
    TransferAssignment a;
    a.sourceKind = d.kind;
    a.sourceCode = d.code;
    a.sourceName = d.name;
    a.villageCode = d.villageCode;
    a.townshipCode = d.townshipCode;
    a.riskType = d.riskType;
    a.people = p.people;
    a.responsiblePerson = d.responsiblePerson;
    a.responsiblePhone = d.responsiblePhone;
    if (p.shelter >= 0) {
      const ShelterSite &s = made.sites[p.shelter];
      a.shelterId = s.id;
      a.shelterName = s.name;
      a.routeM = p.cost * 1000;
      a.routeMinutes = p.cost * 12;
      a.routeWkt = QStringLiteral("LINESTRING(%1 %2, %3 %4)").arg(d.lon, 0, 'f', 7).arg(d.lat, 0, 'f', 7).arg(s.lon, 0, 'f', 7).arg(s.lat, 0, 'f', 7);
    } else {
      a.unplacedReason = p.noShelterReachable ? QStringLiteral("no_shelter_reachable") : QStringLiteral("capacity_exhausted");
    }
    made.rows << a;
  }
  made.plan.name = QStringLiteral("测试转移方案 ") + area.label;
  made.plan.areaKind = TransferArea::kindCode(area.kind);
  made.plan.areaRef = area.ref;
  made.plan.areaLabel = area.label;
  made.plan.hazard = area.hazard;
  made.plan.travelMode = QStringLiteral("walk");
  made.plan.walkKmh = 5;
  made.plan.shelterClasses = classes.join(QLatin1Char(','));
  made.plan.createdAt = QStringLiteral("2025-06-30T09:00:00+08:00");
  made.plan.createdBy = kActor;
  made.plan.areaWkt = area.wkt;
  return made;
}

} // namespace

class TestTransferPlans : public QObject
{
  Q_OBJECT

  std::unique_ptr<SampleStore> mSample;
  std::unique_ptr<Store> mStore;

  Store &store() { return *mStore; }

  TransferArea area(const QString &spec)
  {
    Result<TransferArea> a = TransferArea::parse(store(), spec);
    if (!a)
      qWarning() << spec << a.message();
    return a.value();
  }

  // The demands of an area against the rule computed in SQL here: danger
  // points within (not signed off, people > 0); villages by area share less
  // their counted danger people.
  void checkDemands(const TransferArea &a)
  {
    Result<QVector<TransferDemand>> got = transferDemands(store(), a);
    QVERIFY2(got.ok(), qPrintable(got.message()));
    const QVector<TransferDemand> &demands = got.value();

    const QString areaGeom = QStringLiteral("GeomFromText(?1, 4490)");
    const QMap<QString, qint64> dangers = grouped(store(), QStringLiteral("SELECT code, threatened_people FROM hidden_dangers WHERE status <> 'signed_off' "
                                                                        "AND threatened_people > 0 AND ST_Within(geom, %1)").arg(areaGeom), {a.wkt});
    const QMap<QString, qint64> dangerByVillage = grouped(store(), QStringLiteral("SELECT village_code, sum(threatened_people) FROM hidden_dangers "
                                                                                "WHERE status <> 'signed_off' AND ST_Within(geom, %1) GROUP BY village_code").arg(areaGeom), {a.wkt});
    QMap<QString, qint64> villages;
    {
      SqlStatement q(store().handle(), QStringLiteral("SELECT code, population, ST_Area(ST_Intersection(geom, %1)) / ST_Area(geom) FROM admin_units "
                                                      "WHERE level = 'village' AND ST_Intersects(geom, %1)").arg(areaGeom));
      q.bind(1, a.wkt);
      while (q.next()) {
        const qint64 n = std::max<qint64>(0, std::llround(q.int64(1) * q.real(2)) - dangerByVillage.value(q.text(0)));
        if (n > 0)
          villages.insert(q.text(0), n);
      }
    }
    QVERIFY(!dangers.isEmpty() || !villages.isEmpty());

    QMap<QString, qint64> gotDangers, gotVillages;
    bool inVillages = false;
    qint64 lastPeople = std::numeric_limits<qint64>::max();
    for (const TransferDemand &d : demands) {
      QVERIFY(d.people > 0);
      if (d.kind == QLatin1String("village")) {
        if (!inVillages)
          lastPeople = std::numeric_limits<qint64>::max();
        inVillages = true;
        gotVillages.insert(d.code, d.people);
        QCOMPARE(d.riskType, a.hazard);
        QCOMPARE(d.villageCode, d.code);
        // They gather inside both the village and the area.
        QCOMPARE(scalar(store(), QStringLiteral("SELECT ST_Intersects(MakePoint(?2, ?3, 4490), %1) AND ST_Intersects(MakePoint(?2, ?3, 4490), "
                                                "(SELECT geom FROM admin_units WHERE code = ?4))").arg(areaGeom),
                        {a.wkt, d.lon, d.lat, d.code}),
                 1);
        QCOMPARE(d.responsiblePerson, text(store(), QStringLiteral("SELECT name FROM responsible_persons WHERE admin_code = ?1 "
                                                                   "AND role = 'disaster_responsible' ORDER BY id LIMIT 1"), {d.code}));
      } else {
        QCOMPARE(d.kind, QStringLiteral("danger"));
        QVERIFY2(!inVillages, "danger points come before villages");
        gotDangers.insert(d.code, d.people);
        QCOMPARE(d.riskType, text(store(), QStringLiteral("SELECT hazard_type FROM hidden_dangers WHERE code = ?1"), {d.code}));
        QCOMPARE(d.villageCode, text(store(), QStringLiteral("SELECT village_code FROM hidden_dangers WHERE code = ?1"), {d.code}));
      }
      QVERIFY2(d.people <= lastPeople, "most people first");
      lastPeople = d.people;
      QCOMPARE(d.townshipCode, text(store(), QStringLiteral("SELECT parent_code FROM admin_units WHERE code = ?1"), {d.villageCode}));
    }
    QCOMPARE(gotDangers, dangers);
    QCOMPARE(gotVillages, villages);
  }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<SampleStore>();
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    auto opened = Store::open(mSample->path());
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    mStore = opened.take();
  }

  void areasParse()
  {
    const TransferArea county = area(QStringLiteral("county"));
    QCOMPARE(county.kind, TransferArea::Kind::County);
    QCOMPARE(county.ref, QStringLiteral("539901000000"));
    QVERIFY(county.wkt.startsWith(QStringLiteral("MULTIPOLYGON")));
    QVERIFY(county.hazard.isEmpty());

    const TransferArea byCode = area(QStringLiteral("township:") + kCity);
    const TransferArea byName = area(QStringLiteral("township:城关镇"));
    QCOMPARE(byCode.kind, TransferArea::Kind::Township);
    QCOMPARE(byCode.label, QStringLiteral("城关镇"));
    QCOMPARE(byName.ref, kCity);
    QCOMPARE(byName.wkt, byCode.wkt);

    const QString zoneCode = text(store(), QStringLiteral("SELECT code FROM risk_zones WHERE hazard = 'flood' ORDER BY code LIMIT 1"));
    const TransferArea zone = area(QStringLiteral("zone:") + zoneCode);
    QCOMPARE(zone.kind, TransferArea::Kind::Zone);
    QCOMPARE(zone.hazard, QStringLiteral("flood"));
    QCOMPARE(zone.label, text(store(), QStringLiteral("SELECT name FROM risk_zones WHERE code = ?1"), {zoneCode}));

    const TransferArea warning = area(QStringLiteral(" warning:3 "));
    QCOMPARE(warning.kind, TransferArea::Kind::Warning);
    QCOMPARE(warning.ref, QStringLiteral("3"));
    QCOMPARE(warning.hazard, text(store(), QStringLiteral("SELECT hazard FROM warnings WHERE id = 3")));
    QVERIFY(warning.label.contains(QStringLiteral("#3")));
    QVERIFY(warning.label.contains(text(store(), QStringLiteral("SELECT headline FROM warnings WHERE id = 3"))));
    // The outline itself, not a rounded copy.
    QVERIFY(testing::real(store().handle(), QStringLiteral("SELECT ST_Area(ST_SymDifference(GeomFromText(?1, 4490), (SELECT geom FROM warnings WHERE id = 3)))"),
                          {warning.wkt}) < 1e-12);

    // Bad specs: each message names what was not found.
    const QStringList bad {QStringLiteral("township:无此镇"), QStringLiteral("zone:RZ000000X9999"), QStringLiteral("warning:999"),
                           QStringLiteral("warning:abc"), QStringLiteral("planet:9"), QStringLiteral("county:111111000000")};
    const QStringList named {QStringLiteral("无此镇"), QStringLiteral("RZ000000X9999"), QStringLiteral("999"), QStringLiteral("abc"),
                             QStringLiteral("planet"), QStringLiteral("111111000000")};
    for (int i = 0; i < bad.size(); ++i) {
      Result<TransferArea> r = TransferArea::parse(store(), bad[i]);
      QVERIFY2(!r.ok(), qPrintable(bad[i]));
      QVERIFY2(r.message().contains(named[i]), qPrintable(r.message()));
    }
    QVERIFY(!TransferArea::parse(store(), QStringLiteral("zone:")).ok());
    QVERIFY(!TransferArea::parse(store(), QString()).ok());

    for (TransferArea::Kind k : {TransferArea::Kind::Warning, TransferArea::Kind::Zone, TransferArea::Kind::Township, TransferArea::Kind::County}) {
      TransferArea::Kind back;
      QVERIFY(TransferArea::kindFromCode(TransferArea::kindCode(k), back));
      QCOMPARE(back, k);
      QVERIFY(TransferPlan::areaKinds().contains(TransferArea::kindCode(k)));
    }
  }

  void demandsOfTownship()
  {
    const TransferArea town = area(QStringLiteral("township:") + kCity);
    checkDemands(town);
    // A whole township: each of its villages moves all its people less those at its danger points.
    const QVector<TransferDemand> demands = transferDemands(store(), town).value();
    qint64 people = 0;
    for (const TransferDemand &d : demands)
      people += d.people;
    const qint64 population = scalar(store(), QStringLiteral("SELECT population FROM admin_units WHERE code = ?1"), {kCity});
    // Villages just across the border add a sliver at most.
    QVERIFY2(std::abs(people - population) <= population / 100, qPrintable(QStringLiteral("%1 vs %2").arg(people).arg(population)));
  }

  void demandsOfZoneAndWarning()
  {
    // A flood zone with danger points in it, so the subtraction is exercised.
    const QString zoneCode = text(store(), QStringLiteral("SELECT z.code FROM risk_zones z WHERE z.hazard = 'flood' AND "
                                                          "(SELECT count(*) FROM hidden_dangers p WHERE p.status <> 'signed_off' AND ST_Within(p.geom, z.geom)) > 0 "
                                                          "ORDER BY z.code LIMIT 1"));
    QVERIFY(!zoneCode.isEmpty());
    const TransferArea zone = area(QStringLiteral("zone:") + zoneCode);
    checkDemands(zone);
    const QVector<TransferDemand> demands = transferDemands(store(), zone).value();
    // Zones cut villages: some village moves only part of its people.
    bool partial = false;
    for (const TransferDemand &d : demands)
      if (d.kind == QLatin1String("village"))
        partial = partial || d.people < scalar(store(), QStringLiteral("SELECT population FROM admin_units WHERE code = ?1"), {d.code}) / 2;
    QVERIFY(partial);

    checkDemands(area(QStringLiteral("warning:3")));
    checkDemands(area(QStringLiteral("warning:1")));
  }

  void shelterSuitability()
  {
    QCOMPARE(zoneHazardsFor(QStringLiteral("rainstorm")), (QStringList {QStringLiteral("flood"), QStringLiteral("geological")}));
    QCOMPARE(zoneHazardsFor(QStringLiteral("flood")), QStringList {QStringLiteral("flood")});
    QCOMPARE(zoneHazardsFor(QStringLiteral("typhoon")), QStringList {QStringLiteral("flood")});
    QCOMPARE(zoneHazardsFor(QStringLiteral("geological")), QStringList {QStringLiteral("geological")});
    QCOMPARE(zoneHazardsFor(QStringLiteral("forest_fire")), QStringList {QStringLiteral("forest_fire")});
    QVERIFY(zoneHazardsFor(QStringLiteral("earthquake")).isEmpty());
    QVERIFY(zoneHazardsFor(QString()).isEmpty());

    // A village shelter moved onto a flood zone that lies in no forest-fire or geological zone.
    Shelters shelters(store());
    Shelter moved = shelters.where(QStringLiteral("shelter_class = 'village' AND NOT EXISTS (SELECT 1 FROM risk_zones z WHERE "
                                                  "ST_Intersects(z.geom, shelters.geom))")).first();
    QString zoneCode;
    SqlStatement spot(store().handle(), QStringLiteral("SELECT z.code, X(ST_PointOnSurface(z.geom)), Y(ST_PointOnSurface(z.geom)) FROM risk_zones z "
                                                       "WHERE z.hazard = 'flood' AND NOT EXISTS (SELECT 1 FROM risk_zones o WHERE o.hazard <> 'flood' "
                                                       "AND ST_Intersects(o.geom, ST_PointOnSurface(z.geom))) ORDER BY z.code LIMIT 1"));
    QVERIFY(spot.next());
    zoneCode = spot.text(0);
    moved.location = GeoPoint {spot.real(1), spot.real(2)};
    moved.occupancy = moved.capacity - 10;
    QVERIFY_OK(shelters.update(moved, kActor));

    TransferArea county = area(QStringLiteral("county"));
    auto siteOf = [&](const QString &hazard, qint64 id) {
      county.hazard = hazard;
      const QVector<ShelterSite> sites = shelterSites(store(), county, {}).value();
      for (const ShelterSite &s : sites)
        if (s.id == id)
          return s;
      return ShelterSite();
    };
    for (const QString &hazard : {QStringLiteral("flood"), QStringLiteral("rainstorm")}) {
      const ShelterSite s = siteOf(hazard, moved.id);
      QCOMPARE(s.id, moved.id);
      QVERIFY2(!s.suitable, qPrintable(hazard));
      QVERIFY2(s.unsuitableReason.contains(zoneCode), qPrintable(s.unsuitableReason));
    }
    const ShelterSite fine = siteOf(QStringLiteral("forest_fire"), moved.id);
    QCOMPARE(fine.id, moved.id);
    QVERIFY(fine.suitable);
    QVERIFY(fine.unsuitableReason.isEmpty());
    QCOMPARE(fine.freeCapacity, 10);
    QCOMPARE(fine.townshipCode, text(store(), QStringLiteral("SELECT parent_code FROM admin_units WHERE code = ?1"), {moved.villageCode}));
    QCOMPARE(fine.villageCode, moved.villageCode);
    QVERIFY(std::abs(fine.lon - moved.location.lon) < 1e-6);

    // A plan whose area is that zone: the shelter inside it is out whatever the hazard.
    TransferArea zone = area(QStringLiteral("zone:") + zoneCode);
    zone.hazard = QStringLiteral("forest_fire");
    bool found = false;
    const QVector<ShelterSite> zoneSites = shelterSites(store(), zone, {}).value();
    for (const ShelterSite &s : zoneSites)
      if (s.id == moved.id) {
        found = true;
        QVERIFY(!s.suitable);
        QVERIFY(s.unsuitableReason.contains(zoneCode));
      }
    QVERIFY(found);

    // Every shelter the rule marks for a flood plan lies in a flood zone, as SQL says.
    county.hazard = QStringLiteral("flood");
    const QVector<ShelterSite> sites = shelterSites(store(), county, {}).value();
    QSet<qint64> unsuitable;
    for (const ShelterSite &s : sites)
      if (!s.suitable)
        unsuitable.insert(s.id);
    QSet<qint64> expected;
    for (const QString &id : column(store(), QStringLiteral("SELECT s.id FROM shelters s WHERE s.is_open = 1 AND s.capacity > s.occupancy AND EXISTS "
                                                            "(SELECT 1 FROM risk_zones z WHERE z.hazard = 'flood' AND ST_Intersects(s.geom, z.geom))")))
      expected.insert(id.toLongLong());
    QCOMPARE(unsuitable, expected);
    QVERIFY(unsuitable.size() > 10);

    // Closed and full shelters are left out; classes filter.
    Shelter closed = shelters.where(QStringLiteral("shelter_class = 'temporary'")).first();
    closed.isOpen = false;
    QVERIFY_OK(shelters.update(closed, kActor));
    Shelter full = shelters.where(QStringLiteral("shelter_class = 'temporary'"))[1];
    full.occupancy = full.capacity;
    QVERIFY_OK(shelters.update(full, kActor));
    const QVector<ShelterSite> all = shelterSites(store(), county, {}).value();
    QCOMPARE(all.size(), int(scalar(store(), QStringLiteral("SELECT count(*) FROM shelters WHERE is_open = 1 AND capacity > occupancy"))));
    for (const ShelterSite &s : all) {
      QVERIFY(s.id != closed.id && s.id != full.id);
      QVERIFY(s.freeCapacity > 0);
      QVERIFY(!s.townshipCode.isEmpty());
    }
    const QVector<ShelterSite> big = shelterSites(store(), county, {QStringLiteral("I"), QStringLiteral("II")}).value();
    QCOMPARE(big.size(), int(scalar(store(), QStringLiteral("SELECT count(*) FROM shelters WHERE is_open = 1 AND capacity > occupancy "
                                                            "AND shelter_class IN ('I', 'II')"))));
    for (const ShelterSite &s : big)
      QVERIFY(s.shelterClass == QLatin1String("I") || s.shelterClass == QLatin1String("II"));
  }

  void roadCutsListed()
  {
    RoadCutOptions marked;
    Result<QSet<qint64>> none = roadCuts(store(), marked);
    QVERIFY2(none.ok(), qPrintable(none.message()));
    QVERIFY(none.value().isEmpty());

    // By hand: listed, audited once; setting it again writes nothing.
    const qint64 road = scalar(store(), QStringLiteral("SELECT min(id) FROM roads WHERE road_class = 'county'"));
    const qint64 audits = auditCount(store(), QStringLiteral("roads"), QStringLiteral("update"));
    QVERIFY_OK(setRoadCut(store(), road, true, kActor));
    QCOMPARE(roadCuts(store(), marked).value(), QSet<qint64> {road});
    QCOMPARE(auditCount(store(), QStringLiteral("roads"), QStringLiteral("update")), audits + 1);
    const QVector<AuditEntry> history = AuditLog(store()).history(QStringLiteral("roads"), road);
    QCOMPARE(history.first().actor, kActor);
    QCOMPARE(history.first().after.value(QStringLiteral("is_cut")).toInt(), 1);
    QCOMPARE(history.first().before.value(QStringLiteral("is_cut")).toInt(), 0);
    QVERIFY_OK(setRoadCut(store(), road, true, kActor));
    QCOMPARE(auditCount(store(), QStringLiteral("roads"), QStringLiteral("update")), audits + 1);
    Status missing = setRoadCut(store(), 987654, true, kActor);
    QVERIFY(!missing.ok());
    QVERIFY(missing.message().contains(QStringLiteral("987654")));

    // Severe warnings: the sample's orange flood warning (id 3) cuts the roads across its area, not the yellow one's.
    RoadCutOptions severe;
    severe.markedCut = false;
    severe.severeWarnings = true;
    severe.asOf = kAsOf;
    QSet<qint64> expected;
    for (const QString &id : column(store(), QStringLiteral("SELECT r.id FROM roads r, warnings w WHERE w.id = 3 AND ST_Intersects(r.geom, w.geom)")))
      expected.insert(id.toLongLong());
    QVERIFY(!expected.isEmpty());
    Result<QSet<qint64>> cut = roadCuts(store(), severe);
    QVERIFY2(cut.ok(), qPrintable(cut.message()));
    QCOMPARE(cut.value(), expected);
    // After it expired: none; before it took effect: none.
    severe.asOf = QStringLiteral("2025-07-02T00:00:00+08:00");
    QVERIFY(roadCuts(store(), severe).value().isEmpty());
    severe.asOf = QStringLiteral("2025-06-29T00:00:00+08:00");
    QVERIFY(roadCuts(store(), severe).value().isEmpty());
    severe.asOf = QStringLiteral("yesterday");
    QVERIFY(!roadCuts(store(), severe).ok());

    // A new red warning over a small box on one road lists that road.
    const qint64 target = scalar(store(), QStringLiteral("SELECT min(id) FROM roads WHERE road_class = 'village' AND id NOT IN "
                                                         "(SELECT r.id FROM roads r, warnings w WHERE w.id = 3 AND ST_Intersects(r.geom, w.geom))"));
    SqlStatement mid(store().handle(), QStringLiteral("SELECT X(Line_Interpolate_Point(geom, 0.5)), Y(Line_Interpolate_Point(geom, 0.5)) FROM roads WHERE id = ?1"));
    mid.bind(1, target);
    QVERIFY(mid.next());
    const double x = mid.real(0), y = mid.real(1), e = 0.0005;
    Warning red;
    red.identifier = QStringLiteral("TEST-RED-1");
    red.sender = kActor;
    red.sent = QStringLiteral("2025-06-30T10:00:00+08:00");
    red.hazard = QStringLiteral("rainstorm");
    red.level = QStringLiteral("red");
    red.effective = red.sent;
    red.expires = QStringLiteral("2025-07-01T10:00:00+08:00");
    red.wkt = QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))").arg(x - e, 0, 'f', 7).arg(y - e, 0, 'f', 7).arg(x + e, 0, 'f', 7).arg(y + e, 0, 'f', 7);
    Result<qint64> redId = Warnings(store()).add(red, kActor);
    QVERIFY2(redId.ok(), qPrintable(redId.message()));
    severe.asOf = kAsOf;
    cut = roadCuts(store(), severe);
    QVERIFY(cut.value().contains(target));
    QVERIFY(cut.value().contains(expected));
    // Cancelled, it no longer cuts.
    QVERIFY(execSql(store().handle(), QStringLiteral("UPDATE warnings SET status = 'cancelled' WHERE identifier = 'TEST-RED-1'")).isEmpty());
    QVERIFY(!roadCuts(store(), severe).value().contains(target));

    // Picked zones; an unknown zone is named.
    const QString zoneCode = text(store(), QStringLiteral("SELECT code FROM risk_zones WHERE hazard = 'flood' ORDER BY code LIMIT 1"));
    RoadCutOptions zones;
    zones.markedCut = false;
    zones.zoneCodes << zoneCode;
    QSet<qint64> inZone;
    for (const QString &id : column(store(), QStringLiteral("SELECT r.id FROM roads r, risk_zones z WHERE z.code = ?1 AND ST_Intersects(r.geom, z.geom)"), {zoneCode}))
      inZone.insert(id.toLongLong());
    QVERIFY(!inZone.isEmpty());
    QCOMPARE(roadCuts(store(), zones).value(), inZone);
    zones.zoneCodes << QStringLiteral("RZNOPE");
    Result<QSet<qint64>> badZone = roadCuts(store(), zones);
    QVERIFY(!badZone.ok());
    QVERIFY(badZone.message().contains(QStringLiteral("RZNOPE")));

    // Everything together is the union.
    RoadCutOptions allOf;
    allOf.severeWarnings = true;
    allOf.asOf = kAsOf;
    allOf.zoneCodes << zoneCode;
    QCOMPARE(roadCuts(store(), allOf).value(), QSet<qint64>(expected).unite(inZone).unite({road}));
    QVERIFY_OK(setRoadCut(store(), road, false, kActor));
    QVERIFY(roadCuts(store(), marked).value().isEmpty());
  }

  void saveAndLoad()
  {
    // Class I and II only: the county seat outgrows them, so some are left unplaced.
    const TransferArea town = area(QStringLiteral("township:") + kCity);
    const MadePlan made = makePlan(store(), town, {QStringLiteral("I"), QStringLiteral("II")});
    int unplacedRows = 0, placedRows = 0;
    for (const TransferAssignment &r : made.rows)
      (r.shelterId ? placedRows : unplacedRows)++;
    QVERIFY(unplacedRows > 0);
    QVERIFY(placedRows > 0);

    const qint64 plansBefore = scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_plans"));
    const qint64 bulkBefore = auditCount(store(), QStringLiteral("transfer_assignments"), QStringLiteral("bulk_insert"));
    TransferPlans plans(store());
    Result<qint64> saved = plans.save(made.plan, made.rows, kActor);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    const qint64 id = saved.value();
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_plans")), plansBefore + 1);
    QCOMPARE(auditCount(store(), QStringLiteral("transfer_assignments"), QStringLiteral("bulk_insert")), bulkBefore + 1);
    QCOMPARE(scalar(store(), QStringLiteral("SELECT json_extract(after_json, '$.rows') FROM audit_log WHERE table_name = 'transfer_assignments' "
                                            "AND action = 'bulk_insert' ORDER BY id DESC LIMIT 1")),
             qint64(made.rows.size()));
    QCOMPARE(AuditLog(store()).history(QStringLiteral("transfer_plans"), id).size(), 1);

    const TransferPlan back = plans.plan(id).value();
    QCOMPARE(back.name, made.plan.name);
    QCOMPARE(back.areaKind, QStringLiteral("township"));
    QCOMPARE(back.areaRef, kCity);
    QCOMPARE(back.shelterClasses, QStringLiteral("I,II"));
    QCOMPARE(back.createdAt, made.plan.createdAt);
    QVERIFY(testing::real(store().handle(), QStringLiteral("SELECT ST_Area(ST_SymDifference(geom, GeomFromText(?2, 4490))) FROM transfer_plans WHERE id = ?1"),
                          {id, town.wkt}) < 1e-12);
    QVERIFY(!plans.plan(id + 1000).ok());

    const QVector<TransferAssignment> rows = plans.assignments(id);
    QCOMPARE(rows.size(), made.rows.size());
    for (int i = 0; i < rows.size(); ++i) {
      const TransferAssignment &a = rows[i], &b = made.rows[i];
      QCOMPARE(a.planId, id);
      QCOMPARE(a.sourceKind, b.sourceKind);
      QCOMPARE(a.sourceCode, b.sourceCode);
      QCOMPARE(a.people, b.people);
      QCOMPARE(a.shelterId, b.shelterId);
      QCOMPARE(a.shelterName, b.shelterName);
      QCOMPARE(a.unplacedReason, b.unplacedReason);
      QCOMPARE(a.responsiblePerson, b.responsiblePerson);
      QCOMPARE(a.routeWkt.isEmpty(), b.routeWkt.isEmpty());
      QVERIFY(!a.manual);
      QVERIFY(std::abs(a.routeM - b.routeM) < 1e-6);
    }
    // Placed rows carry their route; nothing exceeds any shelter's room.
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = ?1 AND (shelter_id > 0) <> (geom IS NOT NULL)"), {id}), 0);
    const QHash<qint64, qint64> load = plans.loadByShelter(id);
    QVERIFY(!load.isEmpty());
    for (auto it = load.cbegin(); it != load.cend(); ++it) {
      QVERIFY(it.value() <= scalar(store(), QStringLiteral("SELECT capacity - occupancy FROM shelters WHERE id = ?1"), {it.key()}));
      QCOMPARE(it.value(), scalar(store(), QStringLiteral("SELECT sum(people) FROM transfer_assignments WHERE plan_id = ?1 AND shelter_id = ?2"), {id, it.key()}));
    }

    // Per township: the sums of the rows, the names of the ledger, dangers first.
    const QVector<TownshipTransferList> lists = plans.byTownship(id);
    QVERIFY(!lists.isEmpty());
    qint64 listed = 0;
    for (const TownshipTransferList &l : lists) {
      QCOMPARE(l.townshipName, text(store(), QStringLiteral("SELECT name FROM admin_units WHERE code = ?1"), {l.townshipCode}));
      QCOMPARE(l.people, scalar(store(), QStringLiteral("SELECT sum(people) FROM transfer_assignments WHERE plan_id = ?1 AND township_code = ?2"), {id, l.townshipCode}));
      QCOMPARE(l.placed, scalar(store(), QStringLiteral("SELECT COALESCE(sum(people), 0) FROM transfer_assignments WHERE plan_id = ?1 AND township_code = ?2 AND shelter_id > 0"), {id, l.townshipCode}));
      bool villages = false;
      QString lastCode;
      for (const TransferAssignment &r : l.rows) {
        QCOMPARE(r.townshipCode, l.townshipCode);
        if (r.sourceKind == QLatin1String("village") && !villages) {
          villages = true;
          lastCode.clear();
        }
        QVERIFY(villages == (r.sourceKind == QLatin1String("village")));
        QVERIFY(r.sourceCode >= lastCode);
        lastCode = r.sourceCode;
      }
      listed += l.rows.size();
    }
    QCOMPARE(listed, qint64(rows.size()));
    for (int i = 1; i < lists.size(); ++i)
      QVERIFY(lists[i - 1].townshipCode < lists[i].townshipCode);
    QVERIFY(lists.first().townshipCode == kCity || lists.size() > 1);

    // The newest plan comes first.
    TransferPlan later = made.plan;
    later.createdAt = QStringLiteral("2025-06-30T10:00:00+08:00");
    later.name = QStringLiteral("later");
    const qint64 laterId = plans.save(later, {}, kActor).value();
    QCOMPARE(plans.plans().first().id, laterId);
    // 03:00 UTC is 11:00 in Beijing: newer than 10:00+08:00 although it sorts lower as text.
    TransferPlan utc = later;
    utc.createdAt = QStringLiteral("2025-06-30T03:00:00Z");
    const qint64 utcId = plans.save(utc, {}, kActor).value();
    QCOMPARE(plans.plans().first().id, utcId);
    QCOMPARE(plans.plans()[1].id, laterId);
    QVERIFY_OK(plans.remove(utcId, kActor));
    QVERIFY_OK(plans.remove(laterId, kActor));
  }

  void brokenPlansWriteNothing()
  {
    const MadePlan made = makePlan(store(), area(QStringLiteral("township:") + kCity), {});
    TransferPlans plans(store());
    const qint64 rowsBefore = scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_assignments"));
    const qint64 plansBefore = scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_plans"));
    const qint64 auditBefore = AuditLog(store()).count();

    QVector<TransferAssignment> negative = made.rows;
    negative[3].people = -5;
    Result<qint64> r = plans.save(made.plan, negative, kActor);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("people")), qPrintable(r.message()));

    QVector<TransferAssignment> noReason = made.rows;
    noReason[2].shelterId = 0;
    r = plans.save(made.plan, noReason, kActor);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(noReason[2].sourceCode), qPrintable(r.message()));

    QVector<TransferAssignment> badRoute = made.rows;
    badRoute.last().shelterId = 1;
    badRoute.last().unplacedReason.clear();
    badRoute.last().routeWkt = QStringLiteral("LINESTRING(oops)");
    r = plans.save(made.plan, badRoute, kActor);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("LINESTRING(oops)")), qPrintable(r.message()));

    TransferPlan noArea = made.plan;
    noArea.travelMode = QStringLiteral("fly");
    QVERIFY(!plans.save(noArea, made.rows, kActor).ok());

    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_assignments")), rowsBefore);
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_plans")), plansBefore);
    QCOMPARE(AuditLog(store()).count(), auditBefore);
  }

  void reassignByHand()
  {
    // Class I and II only, so some groups are left unplaced.
    const MadePlan made = makePlan(store(), area(QStringLiteral("township:") + kCity), {QStringLiteral("I"), QStringLiteral("II")});
    TransferPlans plans(store());
    const qint64 id = plans.save(made.plan, made.rows, kActor).value();
    QVERIFY(id > 0);
    QVector<TransferAssignment> rows = plans.assignments(id);
    qint64 total = 0;
    for (const TransferAssignment &r : rows)
      total += r.people;

    // A target shelter with room for exactly 5 more, counting this plan's load.
    Shelters shelters(store());
    Shelter target = shelters.where(QStringLiteral("shelter_class = 'III' AND is_open = 1")).first();
    const qint64 load = plans.loadByShelter(id).value(target.id);
    target.occupancy = std::max<qint64>(0, target.capacity - load - 5);
    QVERIFY_OK(shelters.update(target, kActor));
    const qint64 room = target.capacity - target.occupancy - load;
    QVERIFY(room > 0 && room <= 5);

    TransferAssignment source;
    for (const TransferAssignment &r : rows)
      if (r.shelterId > 0 && r.shelterId != target.id && r.people > room + 2)
        source = r;
    QVERIFY(source.id > 0);

    // Too many: refused, nothing written.
    const qint64 auditBefore = AuditLog(store()).count();
    Status over = plans.reassign(source.id, target.id, room + 1, kActor);
    QVERIFY(!over.ok());
    QVERIFY2(over.message().contains(target.name), qPrintable(over.message()));
    QCOMPARE(AuditLog(store()).count(), auditBefore);
    QCOMPARE(plans.assignments(id).size(), rows.size());

    // Part moves: the row is split, both marked manual, audited (update + insert).
    QVERIFY_OK(plans.reassign(source.id, target.id, room, kActor));
    QCOMPARE(AuditLog(store()).count(), auditBefore + 2);
    const TransferAssignment rest = TransferAssignmentTable(store()).get(source.id).value();
    QCOMPARE(rest.people, source.people - room);
    QCOMPARE(rest.shelterId, source.shelterId);
    QVERIFY(rest.manual);
    QCOMPARE(rest.routeWkt.isEmpty(), source.routeWkt.isEmpty());
    const QVector<TransferAssignment> after = plans.assignments(id);
    QCOMPARE(after.size(), rows.size() + 1);
    const TransferAssignment part = after.last();
    QCOMPARE(part.sourceCode, source.sourceCode);
    QCOMPARE(part.people, room);
    QCOMPARE(part.shelterId, target.id);
    QCOMPARE(part.shelterName, target.name);
    QVERIFY(part.manual);
    QVERIFY(part.routeWkt.isEmpty());
    QCOMPARE(part.routeM, 0.0);
    QCOMPARE(AuditLog(store()).history(QStringLiteral("transfer_assignments"), part.id).first().action, QStringLiteral("insert"));
    const AuditEntry edit = AuditLog(store()).history(QStringLiteral("transfer_assignments"), source.id).first();
    QCOMPARE(edit.action, QStringLiteral("update"));
    QCOMPARE(edit.before.value(QStringLiteral("people")).toInt(), int(source.people));
    QCOMPARE(edit.after.value(QStringLiteral("people")).toInt(), int(source.people - room));
    qint64 totalAfter = 0;
    for (const TransferAssignment &r : after)
      totalAfter += r.people;
    QCOMPARE(totalAfter, total);
    // Now full: one more person is refused.
    QVERIFY(!plans.reassign(source.id, target.id, 1, kActor).ok());
    QCOMPARE(plans.loadByShelter(id).value(target.id), load + room);

    // The whole of an unplaced group moves to a shelter with room, with a route given.
    TransferAssignment unplaced;
    for (const TransferAssignment &r : plans.assignments(id))
      if (r.shelterId == 0 && unplaced.id == 0)
        unplaced = r;
    QVERIFY(unplaced.id > 0);
    Shelter roomy = shelters.where(QStringLiteral("shelter_class = 'I'")).first();
    roomy.occupancy = 0;
    roomy.capacity = 100000;
    QVERIFY_OK(shelters.update(roomy, kActor));
    const QString route = QStringLiteral("LINESTRING(108.8 28.8, 108.9 28.9)");
    QVERIFY_OK(plans.reassign(unplaced.id, roomy.id, unplaced.people, kActor, route, 1234, 15));
    const TransferAssignment whole = TransferAssignmentTable(store()).get(unplaced.id).value();
    QCOMPARE(whole.shelterId, roomy.id);
    QVERIFY(whole.unplacedReason.isEmpty());
    QVERIFY(whole.manual);
    QCOMPARE(whole.people, unplaced.people);
    QCOMPARE(whole.routeM, 1234.0);
    QCOMPARE(whole.routeMinutes, 15.0);
    QVERIFY(whole.routeWkt.startsWith(QStringLiteral("LINESTRING")));
    QCOMPARE(plans.assignments(id).size(), rows.size() + 1);

    // Broken input, each refused naming what is wrong.
    Status s = plans.reassign(999999, roomy.id, 1, kActor);
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("999999")));
    s = plans.reassign(whole.id, 888888, 1, kActor);
    QVERIFY(!s.ok() && s.message().contains(QStringLiteral("888888")));
    s = plans.reassign(rest.id, roomy.id, 0, kActor);
    QVERIFY(!s.ok());
    s = plans.reassign(rest.id, roomy.id, rest.people + 1, kActor);
    QVERIFY(!s.ok());
    QCOMPARE(plans.assignments(id).size(), rows.size() + 1);

    // Restore (the undo): the split part goes, the rest and the unplaced group
    // come back as saved (the latter without a route), one audit row each.
    const qint64 auditBeforeRestore = AuditLog(store()).count();
    QVERIFY_OK(plans.restore({source, unplaced}, {part.id}, kActor));
    QCOMPARE(AuditLog(store()).count(), auditBeforeRestore + 3);
    const QVector<TransferAssignment> restored = plans.assignments(id);
    QCOMPARE(restored.size(), rows.size());
    const TransferAssignment back = TransferAssignmentTable(store()).get(source.id).value();
    QCOMPARE(back.people, source.people);
    QCOMPARE(back.manual, source.manual);
    QCOMPARE(back.routeWkt.isEmpty(), source.routeWkt.isEmpty());
    const TransferAssignment unplacedBack = TransferAssignmentTable(store()).get(unplaced.id).value();
    QCOMPARE(unplacedBack.shelterId, qint64(0));
    QCOMPARE(unplacedBack.unplacedReason, unplaced.unplacedReason);
    QVERIFY(unplacedBack.routeWkt.isEmpty());
    QVERIFY(!TransferAssignmentTable(store()).get(part.id));
    // A row that breaks the rules is refused and nothing is written.
    TransferAssignment bad = back;
    bad.people = -1;
    QVERIFY(!plans.restore({bad}, {}, kActor).ok());
    QCOMPARE(TransferAssignmentTable(store()).get(source.id).value().people, source.people);
  }

  void balanceAgainstSql()
  {
    Result<QVector<TownshipBalance>> got = shelterBalance(store());
    QVERIFY2(got.ok(), qPrintable(got.message()));
    const QVector<TownshipBalance> &rows = got.value();
    const QStringList townships = column(store(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
    QCOMPARE(rows.size(), townships.size());
    const QMap<QString, qint64> people = grouped(store(), QStringLiteral(
      "SELECT v.parent_code, sum(p.threatened_people) FROM hidden_dangers p JOIN admin_units v ON v.code = p.village_code "
      "WHERE p.status <> 'signed_off' GROUP BY v.parent_code"));
    const QMap<QString, qint64> room = grouped(store(), QStringLiteral(
      "SELECT v.parent_code, sum(max(0, s.capacity - s.occupancy)) FROM shelters s JOIN admin_units v ON v.code = s.village_code "
      "WHERE s.is_open = 1 GROUP BY v.parent_code"));
    const QMap<QString, qint64> count = grouped(store(), QStringLiteral(
      "SELECT v.parent_code, count(*) FROM shelters s JOIN admin_units v ON v.code = s.village_code WHERE s.is_open = 1 GROUP BY v.parent_code"));
    qint64 totalPeople = 0;
    for (int i = 0; i < rows.size(); ++i) {
      const TownshipBalance &b = rows[i];
      QCOMPARE(b.townshipCode, townships[i]);
      QCOMPARE(b.townshipName, text(store(), QStringLiteral("SELECT name FROM admin_units WHERE code = ?1"), {b.townshipCode}));
      QCOMPARE(b.peopleToMove, people.value(b.townshipCode));
      QCOMPARE(b.shelterCapacity, room.value(b.townshipCode));
      QCOMPARE(b.shelters, count.value(b.townshipCode));
      QCOMPARE(b.shortfall(), std::max<qint64>(0, b.peopleToMove - b.shelterCapacity));
      totalPeople += b.peopleToMove;
    }
    QCOMPARE(totalPeople, scalar(store(), QStringLiteral("SELECT sum(threatened_people) FROM hidden_dangers WHERE status <> 'signed_off'")));

    // From a plan: the people of its rows per township (placed or not).
    const MadePlan made = makePlan(store(), area(QStringLiteral("warning:1")), {});
    const qint64 id = TransferPlans(store()).save(made.plan, made.rows, kActor).value();
    const QVector<TownshipBalance> planned = shelterBalance(store(), id).value();
    const QMap<QString, qint64> byTown = grouped(store(), QStringLiteral("SELECT township_code, sum(people) FROM transfer_assignments WHERE plan_id = ?1 GROUP BY 1"), {id});
    QVERIFY(byTown.size() >= 2);
    bool shortSomewhere = false;
    for (const TownshipBalance &b : planned) {
      QCOMPARE(b.peopleToMove, byTown.value(b.townshipCode));
      QCOMPARE(b.shelterCapacity, room.value(b.townshipCode));
      shortSomewhere = shortSomewhere || b.shortfall() > 0;
    }
    // The rain over the seat and its neighbour outgrows their shelters.
    QVERIFY(shortSomewhere);
    Result<QVector<TownshipBalance>> missing = shelterBalance(store(), 424242);
    QVERIFY(!missing.ok());
    QVERIFY(missing.message().contains(QStringLiteral("424242")));
  }

  void trackingReports()
  {
    const MadePlan made = makePlan(store(), area(QStringLiteral("township:") + kCity), {});
    const qint64 id = TransferPlans(store()).save(made.plan, made.rows, kActor).value();
    TransferTracking tracking(store());

    const QMap<QString, qint64> planned = grouped(store(), QStringLiteral("SELECT village_code, sum(people) FROM transfer_assignments WHERE plan_id = ?1 GROUP BY 1"), {id});
    QVector<VillageTransferStatus> status = tracking.status(id);
    QCOMPARE(status.size(), planned.size());
    for (const VillageTransferStatus &s : status) {
      QCOMPARE(s.planned, planned.value(s.villageCode));
      QVERIFY(s.lagging()); // nobody reported yet
      QVERIFY(s.lastReportAt.isEmpty());
      QCOMPARE(s.personsExpected, scalar(store(), QStringLiteral("SELECT count(*) FROM responsible_persons WHERE admin_code = ?1"), {s.villageCode}));
      QCOMPARE(s.villageName, text(store(), QStringLiteral("SELECT name FROM admin_units WHERE code = ?1"), {s.villageCode}));
    }
    const QString village = planned.firstKey();
    const qint64 expected = scalar(store(), QStringLiteral("SELECT count(*) FROM responsible_persons WHERE admin_code = ?1"), {village});
    QVERIFY(expected > 0);

    // A full report: no longer lagging, and sorted after the laggards.
    TransferReport report;
    report.planId = id;
    report.villageCode = village;
    report.reportedAt = QStringLiteral("2025-06-30T18:00:00+08:00");
    report.transferred = planned.value(village);
    report.personsAtPost = expected;
    const qint64 audits = auditCount(store(), QStringLiteral("transfer_reports"), QStringLiteral("insert"));
    Result<qint64> added = tracking.report(report, kActor);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(auditCount(store(), QStringLiteral("transfer_reports"), QStringLiteral("insert")), audits + 1);
    const TransferReport stored = TransferReportTable(store()).get(added.value()).value();
    QCOMPARE(stored.personsExpected, expected); // filled from the ledger
    QCOMPARE(stored.reportedBy, kActor);
    status = tracking.status(id);
    QCOMPARE(status.last().villageCode, village);
    QVERIFY(!status.last().lagging());
    QCOMPARE(status.last().transferred, planned.value(village));
    QCOMPARE(status.last().lastReportAt, report.reportedAt);
    for (int i = 0; i + 1 < status.size(); ++i)
      QVERIFY(status[i].lagging());

    // Later: some went home before their houses were assessed -> lagging again.
    // An older report entered afterwards does not replace it.
    TransferReport back = report;
    back.reportedAt = QStringLiteral("2025-07-01T09:00:00+08:00");
    back.returned = 12;
    QVERIFY_OK(tracking.report(back, kActor));
    TransferReport old = report;
    old.reportedAt = QStringLiteral("2025-06-30T12:00:00+08:00");
    old.transferred = 1;
    QVERIFY_OK(tracking.report(old, kActor));
    VillageTransferStatus now;
    for (const VillageTransferStatus &s : tracking.status(id))
      if (s.villageCode == village)
        now = s;
    QCOMPARE(now.returned, 12);
    QCOMPARE(now.transferred, planned.value(village));
    QVERIFY(now.lagging());
    back.reportedAt = QStringLiteral("2025-07-01T10:00:00+08:00");
    back.returnsAssessed = true;
    back.personsAtPost = expected - 1; // one left their post
    QVERIFY_OK(tracking.report(back, kActor));
    for (const VillageTransferStatus &s : tracking.status(id))
      if (s.villageCode == village)
        now = s;
    QVERIFY(now.returnsAssessed);
    QVERIFY(now.lagging());

    const QVector<TransferReport> history = tracking.history(id, village);
    QCOMPARE(history.size(), 4);
    for (int i = 1; i < history.size(); ++i)
      QVERIFY(QDateTime::fromString(history[i - 1].reportedAt, Qt::ISODate) <= QDateTime::fromString(history[i].reportedAt, Qt::ISODate));
    QCOMPARE(history.first().transferred, 1);

    // Broken input: refused naming what is wrong, nothing written.
    const qint64 before = scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_reports"));
    const qint64 auditBefore = AuditLog(store()).count();
    TransferReport unknown = report;
    unknown.villageCode = QStringLiteral("539901099099");
    Result<qint64> r = tracking.report(unknown, kActor);
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QStringLiteral("539901099099")));
    const QString elsewhere = text(store(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'village' AND parent_code <> ?1 "
                                                           "AND code NOT IN (SELECT village_code FROM transfer_assignments WHERE plan_id = ?2) LIMIT 1"), {kCity, id});
    unknown.villageCode = elsewhere;
    QVERIFY(!tracking.report(unknown, kActor).ok());
    TransferReport negative = report;
    negative.transferred = -3;
    r = tracking.report(negative, kActor);
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QStringLiteral("-3")));
    negative = report;
    negative.returned = -1;
    QVERIFY(!tracking.report(negative, kActor).ok());
    TransferReport noPlan = report;
    noPlan.planId = 777777;
    r = tracking.report(noPlan, kActor);
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QStringLiteral("777777")));
    TransferReport badTime = report;
    badTime.reportedAt = QStringLiteral("soon");
    QVERIFY(!tracking.report(badTime, kActor).ok());
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_reports")), before);
    QCOMPARE(AuditLog(store()).count(), auditBefore);

    // Removing the plan takes its rows and reports along, audited.
    TransferPlans plans(store());
    QVERIFY_OK(plans.remove(id, kActor));
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = ?1"), {id}), 0);
    QCOMPARE(scalar(store(), QStringLiteral("SELECT count(*) FROM transfer_reports WHERE plan_id = ?1"), {id}), 0);
    QVERIFY(!plans.plan(id).ok());
    QCOMPARE(AuditLog(store()).history(QStringLiteral("transfer_plans"), id).first().action, QStringLiteral("delete"));
    QVERIFY(!plans.remove(id, kActor).ok());
  }
};

QTEST_GUILESS_MAIN(TestTransferPlans)
#include "test_transfer_plans.moc"
