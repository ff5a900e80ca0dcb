// The capacity-aware assignment rule (layers/transfer/ShelterAssignment):
// properties checked on hundreds of generated cases (seeded, so a failure
// names a case that can be replayed), then hand cases with known answers.
#include "transfer/ShelterAssignment.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

using namespace onemap;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A search over one row of a cost matrix, written independently of the
// library's: each call picks the cheapest shelter not yet yielded (ties by
// index) by a linear scan, never sorting the row.
class MatrixSearch : public ShelterSearch
{
public:
  explicit MatrixSearch(QVector<double> row) : mRow(std::move(row)), mTaken(mRow.size(), false) {}
  bool next(int &shelter, double &cost) override
  {
    int best = -1;
    for (int s = 0; s < mRow.size(); ++s)
      if (!mTaken[s] && std::isfinite(mRow[s]) && (best < 0 || mRow[s] < mRow[best]))
        best = s;
    if (best < 0)
      return false;
    mTaken[best] = true;
    shelter = best;
    cost = mRow[best];
    ++yielded;
    return true;
  }
  int yielded = 0;

private:
  QVector<double> mRow;
  QVector<bool> mTaken;
};

struct Case
{
  QVector<qint64> people;
  QVector<qint64> capacity;
  QVector<QVector<double>> cost;
};

// Sizes, people, capacities and costs vary per case; costs are small integers
// so ties are common; some cases leave pairs (or whole rows) unreachable, as
// infinity or NaN.
Case generate(std::mt19937_64 &rng)
{
  auto range = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
  Case c;
  const int demands = int(range(0, 25));
  const int shelters = int(range(0, 12));
  const double unreachable = std::vector<double> {0.0, 0.0, 0.2, 0.5, 0.9}[size_t(range(0, 4))];
  const qint64 maxPeople = range(1, 400);
  const qint64 maxCapacity = range(1, 600);
  for (int d = 0; d < demands; ++d)
    c.people << range(0, maxPeople);
  for (int s = 0; s < shelters; ++s)
    c.capacity << range(0, maxCapacity);
  std::uniform_real_distribution<double> u(0, 1);
  for (int d = 0; d < demands; ++d) {
    QVector<double> row;
    for (int s = 0; s < shelters; ++s) {
      if (u(rng) < unreachable)
        row << (u(rng) < 0.5 ? kInf : std::nan(""));
      else
        row << double(range(0, 30));
    }
    c.cost << row;
  }
  return c;
}

qint64 total(const QVector<qint64> &v)
{
  qint64 t = 0;
  for (qint64 x : v)
    t += x;
  return t;
}

ShelterSearchFactory matrixSearches(const Case &c)
{
  return [&c](int d) { return std::unique_ptr<ShelterSearch>(new MatrixSearch(c.cost[d])); };
}

bool samePlacements(const AssignmentResult &a, const AssignmentResult &b, QString &why)
{
  if (a.placements.size() != b.placements.size()) {
    why = QStringLiteral("%1 vs %2 placements").arg(a.placements.size()).arg(b.placements.size());
    return false;
  }
  for (int i = 0; i < a.placements.size(); ++i) {
    const Placement &x = a.placements[i], &y = b.placements[i];
    if (x.demand != y.demand || x.shelter != y.shelter || x.people != y.people || x.cost != y.cost
        || x.noShelterReachable != y.noShelterReachable) {
      why = QStringLiteral("placement %1 differs").arg(i);
      return false;
    }
  }
  if (a.placed != b.placed || a.unplaced != b.unplaced || a.remaining != b.remaining || a.cancelled != b.cancelled) {
    why = QStringLiteral("totals differ");
    return false;
  }
  return true;
}

// Every property of one finished (not cancelled) result; returns the first one broken.
QString brokenProperty(const Case &c, const AssignmentResult &r)
{
  const int shelters = c.capacity.size();
  QVector<qint64> used(shelters, 0);
  qint64 placed = 0, unplaced = 0;
  int lastDemand = -1;
  bool demandClosed = false; // an unplaced row ends a demand's placements
  QVector<qint64> perDemand(c.people.size(), 0);
  QVector<double> lastCost(c.people.size(), -kInf);
  for (const Placement &p : r.placements) {
    if (p.demand < 0 || p.demand >= c.people.size())
      return QStringLiteral("placement for unknown demand %1").arg(p.demand);
    if (p.demand < lastDemand)
      return QStringLiteral("demands not served in order");
    if (p.demand != lastDemand)
      demandClosed = false;
    else if (demandClosed)
      return QStringLiteral("demand %1 placed after its unplaced rest").arg(p.demand);
    lastDemand = p.demand;
    if (p.people <= 0)
      return QStringLiteral("empty placement for demand %1").arg(p.demand);
    perDemand[p.demand] += p.people;
    if (p.shelter >= 0) {
      used[p.shelter] += p.people;
      placed += p.people;
      const double cost = c.cost[p.demand][p.shelter];
      if (!std::isfinite(cost) || cost != p.cost)
        return QStringLiteral("demand %1 placed at unreachable shelter %2 or with a wrong cost").arg(p.demand).arg(p.shelter);
      if (p.cost < lastCost[p.demand])
        return QStringLiteral("demand %1: costs decrease").arg(p.demand);
      lastCost[p.demand] = p.cost;
      // Nearest first: every shelter cheaper than this one (or as cheap with a
      // lower index) was already full when this one was used, and stays full.
      for (int s = 0; s < shelters; ++s) {
        const double o = c.cost[p.demand][s];
        if (std::isfinite(o) && (o < cost || (o == cost && s < p.shelter)) && r.remaining[s] != 0)
          return QStringLiteral("demand %1 skipped shelter %2 that had room").arg(p.demand).arg(s);
      }
    } else {
      unplaced += p.people;
      demandClosed = true;
      bool anyReachable = false;
      for (int s = 0; s < shelters; ++s)
        if (std::isfinite(c.cost[p.demand][s])) {
          anyReachable = true;
          if (r.remaining[s] != 0)
            return QStringLiteral("demand %1 left unplaced while reachable shelter %2 had room").arg(p.demand).arg(s);
        }
      if (p.noShelterReachable != !anyReachable)
        return QStringLiteral("demand %1: wrong unplaced reason").arg(p.demand);
    }
  }
  for (int s = 0; s < shelters; ++s) {
    if (used[s] > c.capacity[s])
      return QStringLiteral("shelter %1 over capacity: %2 > %3").arg(s).arg(used[s]).arg(c.capacity[s]);
    if (r.remaining[s] != c.capacity[s] - used[s])
      return QStringLiteral("shelter %1: remaining is not capacity - used").arg(s);
  }
  for (int d = 0; d < c.people.size(); ++d)
    if (perDemand[d] != c.people[d])
      return QStringLiteral("demand %1: %2 people accounted for, %3 given").arg(d).arg(perDemand[d]).arg(c.people[d]);
  if (placed != r.placed || unplaced != r.unplaced || placed + unplaced != total(c.people))
    return QStringLiteral("placed + unplaced != total people");
  bool allReach = true;
  for (const QVector<double> &row : c.cost)
    for (double x : row)
      allReach = allReach && std::isfinite(x);
  if (allReach && total(c.capacity) >= total(c.people) && r.unplaced != 0)
    return QStringLiteral("capacity suffices and every pair is reachable, yet %1 unplaced").arg(r.unplaced);
  if (r.cancelled)
    return QStringLiteral("cancelled without being asked");
  return QString();
}

} // namespace

class TestShelterAssignment : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void propertiesOnGeneratedCases()
  {
    std::mt19937_64 rng(20241206);
    int withUnplaced = 0, fullyPlaced = 0, withNoReach = 0;
    for (int i = 0; i < 600; ++i) {
      const Case c = generate(rng);
      const AssignmentResult fromMatrix = assignFromMatrix(c.people, c.capacity, c.cost);
      const QString broken = brokenProperty(c, fromMatrix);
      QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("case %1 (assignFromMatrix): %2").arg(i).arg(broken)));

      const AssignmentResult searched = assignShelters(c.people, c.capacity, matrixSearches(c));
      QString why;
      QVERIFY2(samePlacements(searched, fromMatrix, why), qPrintable(QStringLiteral("case %1: search vs matrix: %2").arg(i).arg(why)));

      withUnplaced += fromMatrix.unplaced > 0;
      fullyPlaced += fromMatrix.unplaced == 0 && fromMatrix.placed > 0;
      for (const Placement &p : fromMatrix.placements)
        withNoReach += p.noShelterReachable;
    }
    // The generator must reach every branch, or the properties prove little.
    QVERIFY(withUnplaced > 50);
    QVERIFY(fullyPlaced > 50);
    QVERIFY(withNoReach > 20);
  }

  void sufficientCapacityPlacesEveryone()
  {
    // Cases built so that capacity suffices and every pair is reachable.
    std::mt19937_64 rng(77);
    for (int i = 0; i < 300; ++i) {
      Case c = generate(rng);
      for (QVector<double> &row : c.cost)
        for (double &x : row)
          if (!std::isfinite(x))
            x = 31;
      if (c.capacity.isEmpty())
        c.capacity << 0;
      for (QVector<double> &row : c.cost)
        while (row.size() < c.capacity.size())
          row << 5;
      const qint64 need = total(c.people) - total(c.capacity);
      if (need > 0)
        c.capacity.last() += need + qint64(i % 3);
      const AssignmentResult r = assignFromMatrix(c.people, c.capacity, c.cost);
      QCOMPARE(r.unplaced, 0);
      QCOMPARE(r.placed, total(c.people));
      QVERIFY2(brokenProperty(c, r).isEmpty(), qPrintable(brokenProperty(c, r)));
    }
  }

  void searchStopsWhenDemandIsServed()
  {
    // One small demand next to a big shelter asks for one shelter only.
    const Case c {{5}, {100, 100, 100}, {{1, 2, 3}}};
    // The search counts what it yielded when assignShelters destroys it.
    int yieldedCount = 0;
    class Counting : public MatrixSearch
    {
    public:
      Counting(QVector<double> row, int &n) : MatrixSearch(std::move(row)), mN(n) {}
      ~Counting() override { mN = yielded; }
      int &mN;
    };
    const AssignmentResult r = assignShelters(c.people, c.capacity, [&](int d) { return std::unique_ptr<ShelterSearch>(new Counting(c.cost[d], yieldedCount)); });
    QCOMPARE(r.placed, 5);
    QCOMPARE(yieldedCount, 1);
    // Zero-people demands never make a search.
    int searches = 0;
    assignShelters({0, 0, 3}, {10}, [&](int) {
      ++searches;
      return std::unique_ptr<ShelterSearch>(new MatrixSearch({1}));
    });
    QCOMPARE(searches, 1);
  }

  void cancelStopsAndKeepsThePrefix()
  {
    std::mt19937_64 rng(5);
    Case c;
    do
      c = generate(rng);
    while (c.people.size() < 10);
    const AssignmentResult full = assignShelters(c.people, c.capacity, matrixSearches(c));
    QVERIFY(!full.cancelled);
    QVector<int> seen;
    const AssignmentResult part = assignShelters(c.people, c.capacity, matrixSearches(c), [&](int done) {
      seen << done;
      return done < 4;
    });
    QVERIFY(part.cancelled);
    QCOMPARE(seen, (QVector<int> {1, 2, 3, 4}));
    qint64 people = 0;
    for (const Placement &p : part.placements) {
      QVERIFY(p.demand < 4);
      people += p.people;
    }
    QCOMPARE(people, c.people[0] + c.people[1] + c.people[2] + c.people[3]);
    // The same first placements as the full run.
    for (int i = 0; i < part.placements.size(); ++i) {
      QCOMPARE(part.placements[i].shelter, full.placements[i].shelter);
      QCOMPARE(part.placements[i].people, full.placements[i].people);
    }
    // Progress that always says go on runs to the end.
    int calls = 0;
    const AssignmentResult all = assignShelters(c.people, c.capacity, matrixSearches(c), [&](int) { return ++calls > 0; });
    QVERIFY(!all.cancelled);
    QCOMPARE(calls, c.people.size());
    QCOMPARE(all.placed, full.placed);
  }

  void handCases()
  {
    // Nearest first, filled, split; the second demand passes over the full shelter.
    {
      const AssignmentResult r = assignFromMatrix({10, 5}, {8, 10}, {{1, 2}, {1, 3}});
      QCOMPARE(r.placements.size(), 3);
      QCOMPARE(r.placements[0].shelter, 0);
      QCOMPARE(r.placements[0].people, 8);
      QCOMPARE(r.placements[0].cost, 1.0);
      QCOMPARE(r.placements[1].shelter, 1);
      QCOMPARE(r.placements[1].people, 2);
      QCOMPARE(r.placements[2].demand, 1);
      QCOMPARE(r.placements[2].shelter, 1);
      QCOMPARE(r.placements[2].people, 5);
      QCOMPARE(r.placements[2].cost, 3.0);
      QCOMPARE(r.remaining, (QVector<qint64> {0, 3}));
      QCOMPARE(r.placed, 15);
      QCOMPARE(r.unplaced, 0);
    }
    // Nothing reachable at all (infinity and NaN).
    {
      const AssignmentResult r = assignFromMatrix({5, 2}, {10, 10}, {{kInf, std::nan("")}, {kInf, 4}});
      QCOMPARE(r.placements.size(), 2);
      QCOMPARE(r.placements[0].shelter, -1);
      QCOMPARE(r.placements[0].people, 5);
      QVERIFY(r.placements[0].noShelterReachable);
      QCOMPARE(r.placements[1].shelter, 1);
      QCOMPARE(r.remaining, (QVector<qint64> {10, 8}));
    }
    // Capacity exhausted: the rest is unplaced, and not for want of a road.
    {
      const AssignmentResult r = assignFromMatrix({5, 5}, {6}, {{1}, {1}});
      QCOMPARE(r.placed, 6);
      QCOMPARE(r.unplaced, 4);
      QCOMPARE(r.placements.last().people, 4);
      QCOMPARE(r.placements.last().shelter, -1);
      QVERIFY(!r.placements.last().noShelterReachable);
    }
    // A reachable shelter with no room is skipped; the reason is still capacity.
    {
      const AssignmentResult r = assignShelters({3}, {0}, [](int) { return std::unique_ptr<ShelterSearch>(new MatrixSearch({1})); });
      QCOMPARE(r.placements.size(), 1);
      QCOMPARE(r.placements[0].shelter, -1);
      QVERIFY(!r.placements[0].noShelterReachable);
    }
    // Ties go to the lower index.
    {
      const AssignmentResult r = assignFromMatrix({4}, {3, 3}, {{2, 2}});
      QCOMPARE(r.placements[0].shelter, 0);
      QCOMPARE(r.placements[0].people, 3);
      QCOMPARE(r.placements[1].shelter, 1);
      QCOMPARE(r.placements[1].people, 1);
    }
    // No shelters, no demands.
    {
      const AssignmentResult r = assignFromMatrix({7}, {}, {{}});
      QCOMPARE(r.unplaced, 7);
      QVERIFY(r.placements[0].noShelterReachable);
      QCOMPARE(assignFromMatrix({}, {5}, {}).placements.size(), 0);
    }
  }
};

QTEST_GUILESS_MAIN(TestShelterAssignment)
#include "test_shelter_assignment.moc"
