// The road network built by QGIS's network analysis library: routes on a
// hand-built network match lengths and times worked out by hand, cut roads
// are avoided, off-road points get their walked access leg, the incremental
// shelter search gives exactly what a full Dijkstra gives, and the sample
// county's roads join every village to the county seat.
#include "RoutingFixtures.h"
#include "SampleStore.h"
#include "admin_units/AdminUnit.h"
#include "network/Road.h"
#include "app/QgisRuntime.h"
#include "routing/NetworkShelterSearch.h"
#include "routing/RoadNetwork.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <random>
#include <qgsfeedback.h>
#include <qgsgraphanalyzer.h>

using namespace onemap;
using namespace onemap::testing;

namespace {

constexpr double kWalkPerMinute = 5000.0 / 60.0; // metres a minute at 5 km/h

// A(0,0) -B(0.01,0)- C(0.02,0) along the equator on village roads 1 and 2;
// the detour A-D(0,0.01)-E(0.02,0.01)-C on national roads 3, 4 and 5.
void addLadder(RoadLayer &roads)
{
  roads.add(1, QStringLiteral("village"), QStringLiteral("LINESTRING(0 0, 0.01 0)"));
  roads.add(2, QStringLiteral("village"), QStringLiteral("LINESTRING(0.01 0, 0.02 0)"));
  roads.add(3, QStringLiteral("national"), QStringLiteral("LINESTRING(0 0, 0 0.01)"));
  roads.add(4, QStringLiteral("national"), QStringLiteral("LINESTRING(0 0.01, 0.02 0.01)"));
  roads.add(5, QStringLiteral("national"), QStringLiteral("LINESTRING(0.02 0.01, 0.02 0)"));
}

// Ties: 0 = A, 1 = C, 2 = P 0.002 degrees south of the middle of road 1.
const QVector<QgsPointXY> kLadderTies {QgsPointXY(0, 0), QgsPointXY(0.02, 0), QgsPointXY(0.005, -0.002)};

std::unique_ptr<RoadNetwork> ladder(TravelMode mode, const QSet<qint64> &cut = {}, const TravelSpeeds &speeds = {})
{
  RoadLayer roads;
  addLadder(roads);
  RoadNetworkOptions options;
  options.mode = mode;
  options.speeds = speeds;
  options.cutRoads = cut;
  auto net = RoadNetwork::fromLayer(roads.layer(), QStringLiteral("road_class"), QStringLiteral("id"), options, kLadderTies);
  if (!net)
    qWarning() << net.message();
  return net ? net.take() : nullptr;
}

const double kDirect = equatorMetres(0.02);
// The parallel at 0.01 degrees is shorter than the equator by (1 - cos) ~ 1.5e-8: 3e-5 m here.
const double kDetour = 2 * meridianMetres(0.01) + equatorMetres(0.02);

bool pathHas(const Route &r, const QgsPointXY &p)
{
  return std::any_of(r.path.cbegin(), r.path.cend(), [&](const QgsPointXY &q) { return q.compare(p, 1e-12); });
}

// Expected (shelter, cost) pairs of one demand from a full QgsGraphAnalyzer::dijkstra.
QVector<QPair<int, double>> fullDijkstra(const RoadNetwork &net, int demandTie, const QVector<int> &shelterTies,
                                         const QVector<bool> &usable)
{
  QVector<QPair<int, double>> out;
  const int start = net.vertexOf(demandTie);
  if (start < 0)
    return out;
  QVector<double> cost;
  QgsGraphAnalyzer::dijkstra(&net.graph(), start, RoadNetwork::kMinutes, nullptr, &cost);
  for (int s = 0; s < shelterTies.size(); ++s) {
    const int v = net.vertexOf(shelterTies[s]);
    if (!usable[s] || v < 0 || !std::isfinite(cost[v]))
      continue;
    out << qMakePair(s, net.accessMinutes(demandTie) + (cost[v] + net.accessMinutes(shelterTies[s])));
  }
  std::sort(out.begin(), out.end(), [](const QPair<int, double> &a, const QPair<int, double> &b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  return out;
}

} // namespace

class TestRoadNetwork : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void walkingTakesTheShortRoad()
  {
    auto net = ladder(TravelMode::Walk);
    QVERIFY(net);
    const Route r = net->route(0, 1);
    QVERIFY(r.found);
    QVERIFY2(std::abs(r.metres - kDirect) < 0.01, qPrintable(QString::number(r.metres, 'f', 3)));
    QVERIFY(std::abs(r.minutes - kDirect / kWalkPerMinute) < 1e-4);
    QVERIFY(pathHas(r, QgsPointXY(0.01, 0)));
    QVERIFY(r.path.first().compare(QgsPointXY(0, 0)) && r.path.last().compare(QgsPointXY(0.02, 0)));
    // minutesFrom agrees with the route (both ends on the road: no access legs).
    const QVector<double> minutes = net->minutesFrom(net->vertexOf(0));
    QVERIFY(std::abs(minutes[net->vertexOf(1)] - r.minutes) < 1e-9);
  }

  void drivingTakesTheFastRoadByClass()
  {
    auto net = ladder(TravelMode::Drive);
    QVERIFY(net);
    const Route r = net->route(0, 1);
    QVERIFY(r.found);
    // National 60 km/h (1000 m/min) round beats village 20 km/h straight: 4.44 vs 6.68 minutes.
    QVERIFY2(std::abs(r.metres - kDetour) < 0.01, qPrintable(QString::number(r.metres, 'f', 3)));
    QVERIFY(std::abs(r.minutes - kDetour / 1000.0) < 1e-4);
    QVERIFY(pathHas(r, QgsPointXY(0, 0.01)) && !pathHas(r, QgsPointXY(0.01, 0)));
    // The shortest one by length is still the straight road.
    const Route shortest = net->route(0, 1, RoadNetwork::kMetres);
    QVERIFY(std::abs(shortest.metres - kDirect) < 0.01);
    QVERIFY(std::abs(shortest.minutes - kDirect / (20000.0 / 60.0)) < 1e-4);

    // Slow the national road to village speed and the straight road wins again.
    TravelSpeeds slow;
    slow.driveKmh[QStringLiteral("national")] = 20;
    auto slowNet = ladder(TravelMode::Drive, {}, slow);
    QVERIFY(slowNet);
    QVERIFY(std::abs(slowNet->route(0, 1).metres - kDirect) < 0.01);
  }

  void cutRoadsAreAvoided()
  {
    auto net = ladder(TravelMode::Walk, {2});
    QVERIFY(net);
    const Route r = net->route(0, 1);
    QVERIFY(r.found);
    QVERIFY2(std::abs(r.metres - kDetour) < 0.01, qPrintable(QString::number(r.metres, 'f', 3)));
    QVERIFY(!pathHas(r, QgsPointXY(0.015, 0)));
    QVERIFY(std::abs(r.minutes - kDetour / kWalkPerMinute) < 1e-4);

    // Cut the detour too: C cannot be reached from A at all.
    auto cut = ladder(TravelMode::Walk, {2, 3});
    QVERIFY(cut);
    QVERIFY(cut->vertexOf(0) >= 0 && cut->vertexOf(1) >= 0);
    QVERIFY(!cut->route(0, 1).found);
    QVERIFY(std::isinf(cut->minutesFrom(cut->vertexOf(0))[cut->vertexOf(1)]));
  }

  void offRoadPointsWalkTheAccessLeg()
  {
    auto net = ladder(TravelMode::Drive);
    QVERIFY(net);
    QVERIFY(net->vertexOf(2) >= 0);
    QVERIFY(net->tiedAt(2).compare(QgsPointXY(0.005, 0), 1e-12));
    const double access = meridianMetres(0.002);
    QVERIFY2(std::abs(net->accessMetres(2) - access) < 0.01, qPrintable(QString::number(net->accessMetres(2), 'f', 3)));
    QVERIFY(std::abs(net->accessMinutes(2) - access / kWalkPerMinute) < 1e-6);
    QCOMPARE(net->accessMetres(0), 0.0);

    // P to C by car: walk 221 m to the road, then drive the village road 1.67 km.
    const Route r = net->route(2, 1);
    QVERIFY(r.found);
    const double road = equatorMetres(0.015);
    QVERIFY(std::abs(r.metres - (access + road)) < 0.01);
    QVERIFY(std::abs(r.minutes - (access / kWalkPerMinute + road / (20000.0 / 60.0))) < 1e-4);
    QVERIFY(r.path.first().compare(QgsPointXY(0.005, -0.002), 1e-12));
    QVERIFY(r.path.at(1).compare(QgsPointXY(0.005, 0), 1e-12));
    QVERIFY(r.path.last().compare(QgsPointXY(0.02, 0), 1e-12));
  }

  void tiesGoToTheRoadNearestInMetres()
  {
    // At 60 N a degree of longitude is half a degree of latitude: the point is
    // ~300 m west of a north-south road and ~400 m south of an east-west one,
    // which in degrees looks the nearer.
    RoadLayer roads;
    roads.add(1, QStringLiteral("village"), QStringLiteral("LINESTRING(0.01 59.99, 0.01 60.01)"));
    roads.add(2, QStringLiteral("village"), QStringLiteral("LINESTRING(-0.01 60.0036, 0.009 60.0036)"));
    const QVector<QgsPointXY> ties {QgsPointXY(0.01 - 300 / (equatorMetres(1) * 0.5), 60.0)};
    auto net = RoadNetwork::fromLayer(roads.layer(), QStringLiteral("road_class"), QStringLiteral("id"), {}, ties);
    QVERIFY2(net, qPrintable(net.message()));
    QVERIFY(net.value()->vertexOf(0) >= 0);
    QVERIFY2(net.value()->tiedAt(0).compare(QgsPointXY(0.01, 60.0), 1e-9), qPrintable(net.value()->tiedAt(0).toString(8)));
    QVERIFY2(std::abs(net.value()->accessMetres(0) - 300) < 5, qPrintable(QString::number(net.value()->accessMetres(0))));
  }

  void noOpenRoadNoTie()
  {
    auto net = ladder(TravelMode::Walk, {1, 2, 3, 4, 5});
    QVERIFY(net);
    QCOMPARE(net->graph().vertexCount(), 0);
    QCOMPARE(net->vertexOf(0), -1);
    QVERIFY(!net->route(0, 1).found);
  }

  void cancelledBuildFails()
  {
    RoadLayer roads;
    addLadder(roads);
    QgsFeedback feedback;
    feedback.cancel();
    auto net = RoadNetwork::fromLayer(roads.layer(), QStringLiteral("road_class"), QStringLiteral("id"), {}, kLadderTies, &feedback);
    QVERIFY(!net.ok());
    QVERIFY(!net.message().isEmpty());
    auto bad = RoadNetwork::fromLayer(roads.layer(), QStringLiteral("no_such_field"), QStringLiteral("id"), {}, kLadderTies);
    QVERIFY(!bad.ok());
  }

  void shelterSearchMatchesFullDijkstra_data()
  {
    QTest::addColumn<int>("mode");
    QTest::newRow("walk") << static_cast<int>(TravelMode::Walk);
    QTest::newRow("drive") << static_cast<int>(TravelMode::Drive);
  }

  void shelterSearchMatchesFullDijkstra()
  {
    QFETCH(int, mode);
    // An 8 x 8 grid of roads 0.003 degrees apart with random classes, a few cut
    // (and the road (6,7)-(7,7) left as an island), and 40 random tie points.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> coord(-0.002, 0.023);
    const QStringList classes {QStringLiteral("national"), QStringLiteral("provincial"), QStringLiteral("county"),
                               QStringLiteral("township"), QStringLiteral("village")};
    RoadLayer roads;
    QSet<qint64> cut;
    qint64 id = 0;
    auto node = [](int i, int j) { return QStringLiteral("%1 %2").arg(i * 0.003, 0, 'f', 3).arg(j * 0.003, 0, 'f', 3); };
    for (int i = 0; i < 8; ++i)
      for (int j = 0; j < 8; ++j) {
        if (i + 1 < 8)
          roads.add(++id, classes[rng() % 5], QStringLiteral("LINESTRING(%1, %2)").arg(node(i, j), node(i + 1, j)));
        if (j + 1 < 8)
          roads.add(++id, classes[rng() % 5], QStringLiteral("LINESTRING(%1, %2)").arg(node(i, j), node(i, j + 1)));
        if ((i == 5 && j == 7) || (i == 6 && j == 6) || (i == 7 && j == 6) || rng() % 10 == 0)
          cut << id; // the last road added
      }
    QVector<QgsPointXY> ties;
    for (int k = 0; k < 40; ++k)
      ties << QgsPointXY(coord(rng), coord(rng));
    for (int k = 25; k < 30; ++k)
      ties[k] = ties[k - 5]; // shelters standing together: equal costs, ordered by index
    ties[39] = ties[3];      // a demand standing at a shelter
    ties[0] = QgsPointXY(0.0205, 0.0215);  // a shelter on the island
    ties[38] = QgsPointXY(0.0200, 0.0220); // a demand on the island: it reaches only shelters there
    RoadNetworkOptions options;
    options.mode = static_cast<TravelMode>(mode);
    options.cutRoads = cut;
    auto built = RoadNetwork::fromLayer(roads.layer(), QStringLiteral("road_class"), QStringLiteral("id"), options, ties);
    QVERIFY2(built, qPrintable(built.message()));
    const RoadNetwork &net = *built.value();

    QVector<int> shelterTies;
    QVector<bool> usable;
    for (int s = 0; s < 30; ++s) {
      shelterTies << s;
      usable << (s % 7 != 6);
    }
    const ShelterTargets targets(net, shelterTies, usable);
    int compared = 0;
    for (int demand = 30; demand < 40; ++demand) {
      const QVector<QPair<int, double>> expected = fullDijkstra(net, demand, shelterTies, usable);
      NetworkShelterSearch search(net, targets, demand);
      QVector<QPair<int, double>> got;
      int shelter = -1;
      double cost = 0;
      while (search.next(shelter, cost))
        got << qMakePair(shelter, cost);
      QCOMPARE(got.size(), expected.size());
      for (int k = 0; k < got.size(); ++k) {
        QCOMPARE(got[k].first, expected[k].first);
        QVERIFY2(got[k].second == expected[k].second, qPrintable(QStringLiteral("demand %1 shelter %2: %3 vs %4")
          .arg(demand).arg(got[k].first).arg(got[k].second, 0, 'g', 17).arg(expected[k].second, 0, 'g', 17)));
        const Route r = search.routeTo(got[k].first);
        QVERIFY(r.found);
        QVERIFY(r.minutes == got[k].second);
        QVERIFY(r.path.first().compare(net.tiePoint(demand), 1e-12));
        QVERIFY(r.path.last().compare(net.tiePoint(got[k].first), 1e-12));
        const Route direct = net.route(demand, got[k].first);
        QVERIFY(direct.found);
        QVERIFY(std::abs(direct.minutes - r.minutes) < 1e-9);
        if (options.mode == TravelMode::Walk)
          QVERIFY(std::abs(direct.metres - r.metres) < 1e-6);
        ++compared;
      }
      if (demand == 38) { // on the island: shelter 0 and whatever else stands there, nothing more
        QVERIFY(std::any_of(got.cbegin(), got.cend(), [](const QPair<int, double> &g) { return g.first == 0; }));
        for (const auto &g : got)
          QVERIFY(net.tiedAt(g.first).y() == 0.021 && net.tiedAt(g.first).x() >= 0.018);
      }
      if (demand == 39 && usable[3])
        QCOMPARE(got.first().first, 3); // nothing beats the shelter it stands at
    }
    QVERIFY2(compared > 100, qPrintable(QString::number(compared)));
    QVERIFY(!NetworkShelterSearch(net, targets, 30).routeTo(0).found); // not yet yielded
  }

  void sampleCountyVillagesReachTheSeat()
  {
    SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    auto store = Store::open(sample.path());
    QVERIFY2(store, qPrintable(store.message()));
    QVector<AdminUnit> villages = AdminUnits(*store.value()).where(QStringLiteral("level = ?"), {QStringLiteral("village")});
    std::sort(villages.begin(), villages.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
    QVERIFY(villages.size() > 10);
    QVector<QgsPointXY> ties;
    for (const AdminUnit &v : villages)
      ties << QgsGeometry::fromWkt(v.wkt).pointOnSurface().asPoint();

    for (TravelMode mode : {TravelMode::Walk, TravelMode::Drive}) {
      RoadNetworkOptions options;
      options.mode = mode;
      QElapsedTimer timer;
      timer.start();
      auto net = RoadNetwork::fromStore(*store.value(), options, ties);
      QVERIFY2(net, qPrintable(net.message()));
      qInfo("fromStore (%s): %d roads, %d vertices, %d edges, %d ties in %lld ms", qPrintable(TravelSpeeds::modeCode(mode)),
            int(sample.count(QStringLiteral("roads"))), net.value()->graph().vertexCount(), net.value()->graph().edgeCount(),
            int(ties.size()), timer.elapsed());
      // villages[0] is the seat's community (城关镇's first village): the county seat.
      const QVector<double> minutes = net.value()->minutesFrom(net.value()->vertexOf(0));
      for (int v = 0; v < villages.size(); ++v) {
        QVERIFY2(net.value()->vertexOf(v) >= 0, qPrintable(villages[v].code));
        QVERIFY2(std::isfinite(minutes[net.value()->vertexOf(v)]), qPrintable(villages[v].code + QStringLiteral(" is cut off")));
      }
      const Route far = net.value()->route(0, villages.size() - 1);
      QVERIFY(far.found && far.metres > 1000 && far.path.size() > 2);
    }

    // Cut every road: nothing left to tie to.
    QSet<qint64> all;
    for (const Road &r : Roads(*store.value()).all())
      all << r.id;
    RoadNetworkOptions none;
    none.cutRoads = all;
    auto empty = RoadNetwork::fromStore(*store.value(), none, ties);
    QVERIFY(empty);
    QCOMPARE(empty.value()->vertexOf(0), -1);

    // The cost of many tie points (the scale-4 plan ties ~3,000): timed, not asserted.
    std::mt19937 rng(11);
    QgsRectangle box;
    for (const QgsPointXY &p : ties)
      box.combineExtentWith(p.x(), p.y());
    std::uniform_real_distribution<double> lon(box.xMinimum(), box.xMaximum()), lat(box.yMinimum(), box.yMaximum());
    QVector<QgsPointXY> many;
    for (int k = 0; k < 3000; ++k)
      many << QgsPointXY(lon(rng), lat(rng));
    QElapsedTimer timer;
    timer.start();
    auto big = RoadNetwork::fromStore(*store.value(), {}, many);
    QVERIFY(big);
    qInfo("fromStore with %d ties: %d vertices in %lld ms", int(many.size()), big.value()->graph().vertexCount(), timer.elapsed());
    // 2,000 of them shelters, 1,000 demands each taking its 10 nearest.
    QVector<int> shelterTies;
    for (int k = 1000; k < 3000; ++k)
      shelterTies << k;
    const ShelterTargets targets(*big.value(), shelterTies, {});
    QCOMPARE(targets.count(), 2000);
    timer.restart();
    int yielded = 0;
    for (int demand = 0; demand < 1000; ++demand) {
      NetworkShelterSearch search(*big.value(), targets, demand);
      int shelter = -1;
      double cost = 0, last = 0;
      for (int k = 0; k < 10 && search.next(shelter, cost); ++k, ++yielded) {
        QVERIFY(cost >= last);
        last = cost;
      }
    }
    QCOMPARE(yielded, 10000);
    qInfo("1,000 incremental searches for 10 shelters each: %lld ms", timer.elapsed());
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestRoadNetwork test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_road_network.moc"
