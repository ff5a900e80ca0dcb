// Shelter coverage on a hand-built county near the equator, where every
// covered area has a closed form: a disk of the walk's reach around each
// shelter (the documented model), or with an off-road limit c a "stadium"
// along the road (2 L 2c + pi c^2). Villages half covered get half their
// people, far villages are listed uncovered, closed shelters and shelters of
// a filtered-out class do not count, cut roads shrink the stadium.
#include "RoutingFixtures.h"
#include "SampleStore.h"
#include "admin_units/AdminUnit.h"
#include "app/QgisRuntime.h"
#include "network/Road.h"
#include "routing/ShelterCoverage.h"
#include "shelters/Shelter.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgsmapsettings.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmarkersymbol.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

using namespace onemap;
using namespace onemap::testing;

namespace {

// The straight-walk model (no off-road limit): coverage is the disks around
// the shelters, which the hand cases below compute in closed form.
CoverageOptions diskModel()
{
  CoverageOptions o;
  o.offRoadMetres = 0;
  return o;
}

// Local metres around (0, 0) to lon/lat: exact to ~1e-7 within a few km of the equator.
double lonOf(double x) { return x / equatorMetres(1); }
double latOf(double y) { return y / meridianMetres(1); }

QString rect(double x0, double y0, double x1, double y1)
{
  auto p = [](double x, double y) { return QStringLiteral("%1 %2").arg(lonOf(x), 0, 'f', 10).arg(latOf(y), 0, 'f', 10); };
  return QStringLiteral("MULTIPOLYGON(((%1, %2, %3, %4, %1)))").arg(p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1));
}

const double kReach = 5000.0 / 60.0 * 5;       // 5 minutes at 5 km/h: 416.67 m
const double kHalfSide = kReach * std::sqrt(2 * M_PI) / 2; // V1's square is twice the disk's area
const QString kCounty = QStringLiteral("990101000000");
const QString kTownship = QStringLiteral("990101001000");
const QString kV1 = QStringLiteral("990101001001"); // around the road shelter S1
const QString kV2 = QStringLiteral("990101001002"); // far from everything
const QString kV3 = QStringLiteral("990101001003"); // only a closed shelter of its own
const QString kV4 = QStringLiteral("990101001004"); // holds shelter S3 (class I) without saying so

double area(double r) { return M_PI * r * r / 1e6; }                       // km2
double stadium(double half, double c) { return (2 * half * 2 * c + M_PI * c * c) / 1e6; } // km2

bool near(double got, double want, double relative = 0.01)
{
  return std::abs(got - want) <= relative * std::abs(want) + 1e-9;
}

// Draws villages, roads, the covered area and the shelters to \a png, to look at.
void renderCoverage(Store &store, const CoverageResult &r, const QString &png, const QgsRectangle &extent = QgsRectangle())
{
  auto add = [](QgsVectorLayer *l, const QgsGeometry &g) {
    QgsFeature f;
    f.setGeometry(g);
    l->dataProvider()->addFeatures(QgsFeatureList() << f);
  };
  auto villages = std::make_unique<QgsVectorLayer>(QStringLiteral("Polygon?crs=EPSG:4490"), QStringLiteral("v"), QStringLiteral("memory"));
  auto covered = std::make_unique<QgsVectorLayer>(QStringLiteral("Polygon?crs=EPSG:4490"), QStringLiteral("c"), QStringLiteral("memory"));
  auto roads = std::make_unique<QgsVectorLayer>(QStringLiteral("LineString?crs=EPSG:4490"), QStringLiteral("r"), QStringLiteral("memory"));
  auto shelters = std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:4490"), QStringLiteral("s"), QStringLiteral("memory"));
  QVariantMap uncovered {{QStringLiteral("color"), QStringLiteral("255,220,220")}, {QStringLiteral("outline_color"), QStringLiteral("120,120,120")}};
  villages->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(uncovered)));
  covered->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(
    {{QStringLiteral("color"), QStringLiteral("60,160,60,160")}, {QStringLiteral("outline_style"), QStringLiteral("no")}})));
  roads->setRenderer(new QgsSingleSymbolRenderer(QgsLineSymbol::createSimple(
    {{QStringLiteral("line_color"), QStringLiteral("60,60,60")}, {QStringLiteral("line_width"), QStringLiteral("0.3")}})));
  shelters->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(
    {{QStringLiteral("color"), QStringLiteral("0,0,200")}, {QStringLiteral("size"), QStringLiteral("1.2")}})));
  for (const AdminUnit &v : AdminUnits(store).where(QStringLiteral("level = ?"), {QStringLiteral("village")}))
    add(villages.get(), QgsGeometry::fromWkt(v.wkt));
  for (const Road &road : Roads(store).all())
    add(roads.get(), QgsGeometry::fromWkt(road.wkt));
  for (const Shelter &s : Shelters(store).where(QStringLiteral("is_open = 1")))
    add(shelters.get(), QgsGeometry::fromPointXY(QgsPointXY(s.location.lon, s.location.lat)));
  add(covered.get(), r.covered);
  QgsMapSettings settings;
  settings.setDestinationCrs(villages->crs());
  settings.setLayers({shelters.get(), roads.get(), covered.get(), villages.get()});
  settings.setExtent(extent.isEmpty() ? villages->extent() : extent);
  settings.setOutputSize(QSize(1600, 1600));
  settings.setBackgroundColor(Qt::white);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  job.renderedImage().save(png);
}

} // namespace

class TestShelterCoverage : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    auto store = Store::open(mDir.filePath(QStringLiteral("coverage.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(store, qPrintable(store.message()));
    mStore = store.take();
    const QString actor = QStringLiteral("test");
    AdminUnits units(*mStore);
    auto unit = [&](const QString &code, const QString &level, qint64 population, const QString &wkt) {
      AdminUnit u;
      u.code = code;
      u.name = code.right(3);
      u.level = level;
      u.parentCode = AdminUnit::parentOf(code);
      u.population = population;
      u.wkt = wkt;
      return units.add(u, actor);
    };
    QVERIFY(unit(kCounty, QStringLiteral("county"), 4000, rect(-3000, -3000, 3000, 3000)));
    QVERIFY(unit(kTownship, QStringLiteral("township"), 4000, rect(-3000, -3000, 3000, 3000)));
    QVERIFY(unit(kV1, QStringLiteral("village"), 1000, rect(-kHalfSide, -kHalfSide, kHalfSide, kHalfSide)));
    QVERIFY(unit(kV2, QStringLiteral("village"), 1000, rect(1500, 1000, 2500, 2000)));
    QVERIFY(unit(kV3, QStringLiteral("village"), 1000, rect(-2500, 1000, -1500, 2000)));
    QVERIFY(unit(kV4, QStringLiteral("village"), 1000, rect(-2500, -2000, -1500, -1000)));

    // One village road along the equator, with a bend point at +-1 km.
    Road road;
    road.name = QStringLiteral("equator road");
    road.roadClass = QStringLiteral("village");
    road.wkt = QStringLiteral("LINESTRING(%1 0, %2 0, %3 0, %4 0)")
                 .arg(lonOf(-3000), 0, 'f', 10).arg(lonOf(-1000), 0, 'f', 10).arg(lonOf(1000), 0, 'f', 10).arg(lonOf(3000), 0, 'f', 10);
    auto roadId = Roads(*mStore).add(road, actor);
    QVERIFY2(roadId, qPrintable(roadId.message()));
    mRoad = roadId.value();

    Shelters shelters(*mStore);
    auto shelter = [&](const QString &code, const QString &cls, bool open, const QString &village, double x, double y) {
      Shelter s;
      s.code = code;
      s.name = code;
      s.shelterClass = cls;
      s.capacity = 100;
      s.isOpen = open;
      s.villageCode = village;
      s.location = GeoPoint {lonOf(x), latOf(y)};
      return shelters.add(s, actor);
    };
    QVERIFY(shelter(QStringLiteral("S1"), QStringLiteral("temporary"), true, kV1, 0, 0));
    QVERIFY(shelter(QStringLiteral("S2"), QStringLiteral("temporary"), false, kV3, -2000, 1500));
    QVERIFY(shelter(QStringLiteral("S3"), QStringLiteral("I"), true, QString(), -2000, -1500));
  }

  void documentedModelIsTheWalkDisk()
  {
    CoverageOptions options = diskModel();
    options.shelterClasses = QStringList {QStringLiteral("temporary")};
    auto result = shelterCoverage(*mStore, options);
    QVERIFY2(result, qPrintable(result.message()));
    const CoverageResult &r = result.value();
    QCOMPARE(r.shelters, 1); // S2 is closed, S3 is class I
    QVERIFY2(near(r.coveredKm2, area(kReach)), qPrintable(QString::number(r.coveredKm2, 'f', 6)));
    QVERIFY(near(r.countyKm2, 36.0, 1e-4));
    QCOMPARE(r.population, qint64(4000));
    QCOMPARE(r.villages.size(), 4);
    QCOMPARE(r.villages[0].code, kV1);
    QCOMPARE(r.villages[0].townshipCode, kTownship);
    QVERIFY(near(r.villages[0].share(), 0.5));
    QVERIFY2(std::abs(r.villages[0].coveredPopulation - 500) <= 5, qPrintable(QString::number(r.villages[0].coveredPopulation)));
    QCOMPARE(r.coveredPopulation, r.villages[0].coveredPopulation);
    QVERIFY(r.villages[0].hasOwnShelter);
    for (int v = 1; v < 4; ++v) {
      QVERIFY2(r.villages[v].uncovered(), qPrintable(r.villages[v].code));
      QVERIFY2(!r.villages[v].hasOwnShelter, qPrintable(r.villages[v].code));
    }
    QVERIFY(near(r.villages[1].areaKm2, 1.0, 1e-4));
    // The covered area comes back in lon/lat around S1.
    QVERIFY(r.covered.boundingBox().contains(QgsPointXY(0, 0)));
    QVERIFY(near(r.covered.boundingBox().width(), lonOf(2 * kReach), 0.01));
  }

  void allClassesBringInShelterThree()
  {
    auto result = shelterCoverage(*mStore, diskModel());
    QVERIFY2(result, qPrintable(result.message()));
    const CoverageResult &r = result.value();
    QCOMPARE(r.shelters, 2);
    QVERIFY(near(r.coveredKm2, 2 * area(kReach)));
    const VillageCoverage &v4 = r.villages[3];
    QCOMPARE(v4.code, kV4);
    QVERIFY(v4.hasOwnShelter); // S3 stands inside it
    QVERIFY(near(v4.coveredKm2, area(kReach)));
    QVERIFY(!v4.uncovered()); // 0.545 of its 1 km2: more than half
    QVERIFY(std::abs(v4.coveredPopulation - qRound64(1000 * area(kReach))) <= 10);
    QVERIFY(r.villages[1].uncovered() && r.villages[2].uncovered());
  }

  void minutesAndSpeedScaleTheReach()
  {
    CoverageOptions options = diskModel();
    options.shelterClasses = QStringList {QStringLiteral("temporary")};
    options.minutes = 10; // 833 m: V1 (half-diagonal 738 m) is covered whole
    auto longer = shelterCoverage(*mStore, options);
    QVERIFY(longer);
    QVERIFY(near(longer.value().villages[0].share(), 1.0, 1e-6));
    QCOMPARE(longer.value().villages[0].coveredPopulation, qint64(1000));
    QVERIFY(near(longer.value().coveredKm2, area(2 * kReach)));

    options.minutes = 5;
    options.walkKmh = 2.5; // half the reach, a quarter of the area
    auto slower = shelterCoverage(*mStore, options);
    QVERIFY(slower);
    QVERIFY(near(slower.value().coveredKm2, area(kReach / 2)));
    QVERIFY(near(slower.value().villages[0].share(), 0.125));
    QVERIFY(std::abs(slower.value().villages[0].coveredPopulation - 125) <= 2);
  }

  void offRoadLimitMakesTheRoadsCount()
  {
    CoverageOptions options = diskModel();
    options.shelterClasses = QStringList {QStringLiteral("temporary")};
    options.offRoadMetres = 50;
    // 366.7 m each way along the road while more than 50 m is left, 50 m either side.
    auto result = shelterCoverage(*mStore, options);
    QVERIFY2(result, qPrintable(result.message()));
    const double want = stadium(kReach - 50, 50);
    QVERIFY2(near(result.value().coveredKm2, want, 0.002), qPrintable(QString::number(result.value().coveredKm2, 'f', 6)));
    QVERIFY(near(result.value().villages[0].coveredKm2, want, 0.002));
    QVERIFY(std::abs(result.value().villages[0].coveredPopulation - qRound64(1000 * want / result.value().villages[0].areaKm2)) <= 1);

    // 15 minutes: past the bend point at 1 km (250 m left there) to 1,200 m each way.
    options.minutes = 15;
    auto longer = shelterCoverage(*mStore, options);
    QVERIFY(longer);
    QVERIFY2(near(longer.value().coveredKm2, stadium(3 * kReach - 50, 50), 0.002),
             qPrintable(QString::number(longer.value().coveredKm2, 'f', 6)));

    // The road cut: only S1's own 50 m disk is left.
    options.minutes = 5;
    options.cutRoads = {mRoad};
    auto cut = shelterCoverage(*mStore, options);
    QVERIFY(cut);
    QVERIFY2(near(cut.value().coveredKm2, area(50)), qPrintable(QString::number(cut.value().coveredKm2, 'f', 6)));

    // S3 stands 1.5 km off the road: with the limit it covers its own 50 m only.
    CoverageOptions all = diskModel();
    all.offRoadMetres = 50;
    auto both = shelterCoverage(*mStore, all);
    QVERIFY(both);
    QVERIFY(near(both.value().villages[3].coveredKm2, area(50)));
  }

  void sampleCounty()
  {
    SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    auto store = Store::open(sample.path());
    QVERIFY(store);
    for (double offRoad : {0.0, 100.0}) {
      CoverageOptions options = diskModel();
      options.offRoadMetres = offRoad;
      QElapsedTimer timer;
      timer.start();
      auto result = shelterCoverage(*store.value(), options);
      QVERIFY2(result, qPrintable(result.message()));
      const CoverageResult &r = result.value();
      int uncovered = 0, withoutOwn = 0;
      for (const VillageCoverage &v : r.villages) {
        QVERIFY(v.coveredKm2 <= v.areaKm2 + 1e-9 && v.coveredPopulation <= v.population);
        uncovered += v.uncovered();
        withoutOwn += !v.hasOwnShelter;
      }
      qInfo("sample county, off-road limit %.0f m: %d shelters, %.1f of %.1f km2 and %lld of %lld people covered, "
            "%d of %d villages uncovered, %d without a shelter of their own, %lld ms",
            offRoad, r.shelters, r.coveredKm2, r.countyKm2, r.coveredPopulation, r.population, uncovered,
            int(r.villages.size()), withoutOwn, timer.elapsed());
      QCOMPARE(r.villages.size(), int(AdminUnits(*store.value()).count(QStringLiteral("level = ?"), {QStringLiteral("village")})));
      QVERIFY(r.shelters > 0 && r.coveredKm2 > 0 && r.coveredKm2 < r.countyKm2);
      QVERIFY(r.coveredPopulation > 0 && r.coveredPopulation < r.population);
      // ONEMAP_ROUTING_PNG=<folder> draws the result there, to look at.
      const QString dump = qEnvironmentVariable("ONEMAP_ROUTING_PNG");
      if (!dump.isEmpty())
      {
        renderCoverage(*store.value(), r, QDir(dump).filePath(QStringLiteral("coverage_offroad_%1.png").arg(offRoad)));
        // 5 km around the seat (the first village of the first township).
        const QgsPointXY seat = QgsGeometry::fromWkt(AdminUnits(*store.value()).where(QStringLiteral("level = ?"), {QStringLiteral("village")}).first().wkt).pointOnSurface().asPoint();
        renderCoverage(*store.value(), r, QDir(dump).filePath(QStringLiteral("coverage_offroad_%1_seat.png").arg(offRoad)),
                       QgsRectangle(seat.x() - 0.025, seat.y() - 0.025, seat.x() + 0.025, seat.y() + 0.025));
      }
    }
  }

  void cleanupTestCase() { mStore.reset(); }

private:
  QTemporaryDir mDir;
  std::unique_ptr<Store> mStore;
  qint64 mRoad = 0;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestShelterCoverage test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_shelter_coverage.moc"
