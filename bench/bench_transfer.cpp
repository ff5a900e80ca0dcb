// Transfer planning over a large sample county, in one run:
//  (a) the board's way: each demand (hidden-danger point or village) served
//      nearest-first by a Dijkstra that stops once it has found the room it
//      needs (NetworkShelterSearch + assignShelters);
//  (b) the naive way: a full Dijkstra (QgsGraphAnalyzer::dijkstra) from every
//      demand, the whole demand x shelter cost matrix, then the same
//      assignment rule over the matrix (assignFromMatrix).
// Both run on the same graph; the placements must be identical. Prints the
// medians, the ratio (a)/(b), and the time of the whole plan (areas, demands,
// shelters, cuts, graph, assignment, routes, store) as makeTransferPlan does it.
//   bench_transfer [scale=4] [repetitions=3] [workdir]
#include "app/QgisRuntime.h"
#include "routing/NetworkShelterSearch.h"
#include "sample/SampleCounty.h"
#include "store/Store.h"
#include "transfer/ShelterAssignment.h"
#include "transfer/ShelterSites.h"
#include "transfer/TransferDemands.h"
#include "transfer/TransferPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace onemap;

namespace {

double median(QVector<double> v)
{
  std::sort(v.begin(), v.end());
  return v.isEmpty() ? 0 : v[v.size() / 2];
}

bool samePlacements(const AssignmentResult &a, const AssignmentResult &b)
{
  if (a.placements.size() != b.placements.size())
    return false;
  for (int i = 0; i < a.placements.size(); ++i) {
    const Placement &x = a.placements[i], &y = b.placements[i];
    if (x.demand != y.demand || x.shelter != y.shelter || x.people != y.people || std::abs(x.cost - y.cost) > 1e-6)
      return false;
  }
  return true;
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  const QStringList args = QCoreApplication::arguments();
  const int scale = args.size() > 1 ? args[1].toInt() : 4;
  const int repetitions = args.size() > 2 ? std::max(1, args[2].toInt()) : 3;
  QTemporaryDir tmp;
  const QString dir = args.size() > 3 ? args[3] : tmp.path();
  const QString path = dir + QStringLiteral("/bench-transfer-%1.onemap.sqlite").arg(scale);
  QFile::remove(path);
  auto opened = Store::open(path, Store::Mode::CreateIfMissing);
  if (!opened) {
    std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
    return 1;
  }
  Store &store = *opened.value();
  QElapsedTimer t;
  t.start();
  SampleOptions options;
  options.scale = scale;
  auto counts = SampleCounty::generate(store, options);
  if (!counts) {
    std::fprintf(stderr, "%s\n", qPrintable(counts.message()));
    return 1;
  }
  std::printf("sample county at scale %d: %lld hidden dangers, %lld shelters, %lld roads, made in %.1f s\n", scale,
              counts.value().value(QStringLiteral("hidden_dangers")), counts.value().value(QStringLiteral("shelters")),
              counts.value().value(QStringLiteral("roads")), t.elapsed() / 1000.0);

  Result<TransferArea> area = TransferArea::parse(store, QStringLiteral("county"));
  Result<QVector<TransferDemand>> demands = area ? transferDemands(store, area.value()) : Result<QVector<TransferDemand>>(area.status());
  Result<QVector<ShelterSite>> sites = area ? shelterSites(store, area.value(), {}) : Result<QVector<ShelterSite>>(area.status());
  if (!demands || !sites) {
    std::fprintf(stderr, "%s\n", qPrintable(!demands ? demands.message() : sites.message()));
    return 1;
  }
  const QVector<TransferDemand> &who = demands.value();
  const QVector<ShelterSite> &where = sites.value();
  QVector<QgsPointXY> ties;
  for (const TransferDemand &d : who)
    ties << QgsPointXY(d.lon, d.lat);
  for (const ShelterSite &s : where)
    ties << QgsPointXY(s.lon, s.lat);
  t.restart();
  Result<std::unique_ptr<RoadNetwork>> network = RoadNetwork::fromStore(store, RoadNetworkOptions(), ties);
  if (!network) {
    std::fprintf(stderr, "%s\n", qPrintable(network.message()));
    return 1;
  }
  const RoadNetwork &net = *network.value();
  std::printf("%d demands (%lld people), %d shelters; graph of %d vertices, %d edges built in %.2f s\n", static_cast<int>(who.size()),
              std::accumulate(who.cbegin(), who.cend(), qint64(0), [](qint64 s, const TransferDemand &d) { return s + d.people; }),
              static_cast<int>(where.size()), net.graph().vertexCount(), net.graph().edgeCount(), t.elapsed() / 1000.0);

  QVector<qint64> people, capacity;
  QVector<int> shelterTies;
  QVector<bool> usable;
  for (const TransferDemand &d : who)
    people << d.people;
  for (int i = 0; i < where.size(); ++i) {
    shelterTies << who.size() + i;
    usable << (where[i].suitable && where[i].freeCapacity > 0);
    capacity << (usable.last() ? where[i].freeCapacity : 0);
  }
  const ShelterTargets targets(net, shelterTies, usable);

  QVector<double> board, naive;
  AssignmentResult a, b;
  for (int r = 0; r < repetitions; ++r) {
    t.restart();
    a = assignShelters(people, capacity, [&](int demand) { return std::make_unique<NetworkShelterSearch>(net, targets, demand); });
    board << t.nsecsElapsed() / 1e6;

    t.restart();
    QVector<QVector<double>> cost(who.size(), QVector<double>(where.size(), INFINITY));
    for (int d = 0; d < who.size(); ++d) {
      if (net.vertexOf(d) < 0)
        continue;
      const QVector<double> minutes = net.minutesFrom(net.vertexOf(d));
      for (int s = 0; s < where.size(); ++s) {
        const int v = net.vertexOf(shelterTies[s]);
        if (usable[s] && v >= 0 && minutes[v] >= 0 && std::isfinite(minutes[v]))
          cost[d][s] = net.accessMinutes(d) + minutes[v] + net.accessMinutes(shelterTies[s]);
      }
    }
    b = assignFromMatrix(people, capacity, cost);
    naive << t.nsecsElapsed() / 1e6;
  }
  const bool same = samePlacements(a, b);
  std::printf("assignment (a) board, bounded search:  median %.1f ms over %d runs; %lld placed, %lld not placed\n", median(board), repetitions, a.placed, a.unplaced);
  std::printf("assignment (b) naive, all-pairs matrix: median %.1f ms over %d runs; %lld placed, %lld not placed\n", median(naive), repetitions, b.placed, b.unplaced);
  std::printf("ratio (a)/(b) = %.3f (%.1fx faster); placements identical: %s\n", median(board) / median(naive), median(naive) / median(board),
              same ? "yes" : "NO");

  TransferPlanOptions planOptions;
  planOptions.area = area.value();
  planOptions.actor = QStringLiteral("bench_transfer");
  t.restart();
  Result<TransferPlanOutcome> plan = makeTransferPlan(store, planOptions);
  if (!plan) {
    std::fprintf(stderr, "%s\n", qPrintable(plan.message()));
    return 1;
  }
  std::printf("whole plan of the county (demands, shelters, cuts, graph, assignment, routes, stored): %.2f s, %d rows\n", t.elapsed() / 1000.0,
              static_cast<int>(plan.value().rows.size()));
  return same ? 0 : 3;
}
