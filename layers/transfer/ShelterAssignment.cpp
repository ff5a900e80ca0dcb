#include "ShelterAssignment.h"

#include <algorithm>
#include <cmath>

namespace onemap {

namespace {

// One demand served by the rule: shelters in the order given, each filled up
// to what it has left; shelters already full are passed over. What is left
// is one unplaced placement whose reason says whether anything was reachable.
template <typename Next>
void serve(int demand, qint64 people, QVector<qint64> &remaining, Next next, AssignmentResult &out)
{
  qint64 left = people;
  bool anyReachable = false;
  int shelter = -1;
  double cost = 0;
  while (left > 0 && next(shelter, cost)) {
    anyReachable = true;
    if (shelter < 0 || shelter >= remaining.size() || remaining[shelter] <= 0)
      continue;
    const qint64 take = std::min(left, remaining[shelter]);
    remaining[shelter] -= take;
    left -= take;
    Placement p;
    p.demand = demand;
    p.shelter = shelter;
    p.people = take;
    p.cost = cost;
    out.placements << p;
    out.placed += take;
  }
  if (left > 0) {
    Placement p;
    p.demand = demand;
    p.people = left;
    p.noShelterReachable = !anyReachable;
    out.placements << p;
    out.unplaced += left;
  }
}

QVector<qint64> startingCapacity(const QVector<qint64> &capacity)
{
  QVector<qint64> remaining = capacity;
  for (qint64 &r : remaining)
    r = std::max<qint64>(0, r);
  return remaining;
}

} // namespace

AssignmentResult assignShelters(const QVector<qint64> &people, const QVector<qint64> &capacity,
                                const ShelterSearchFactory &searchFor, const std::function<bool(int)> &progress)
{
  AssignmentResult out;
  out.remaining = startingCapacity(capacity);
  for (int d = 0; d < people.size(); ++d) {
    if (people[d] > 0) {
      // The search is made only when there is someone to place, so a network
      // search never runs for an empty demand.
      std::unique_ptr<ShelterSearch> search = searchFor ? searchFor(d) : nullptr;
      serve(d, people[d], out.remaining,
            [&](int &shelter, double &cost) { return search && search->next(shelter, cost); }, out);
    }
    if (progress && !progress(d + 1)) {
      out.cancelled = true;
      break;
    }
  }
  return out;
}

AssignmentResult assignFromMatrix(const QVector<qint64> &people, const QVector<qint64> &capacity,
                                  const QVector<QVector<double>> &cost)
{
  AssignmentResult out;
  out.remaining = startingCapacity(capacity);
  struct Option { double cost; int shelter; };
  QVector<Option> options;
  for (int d = 0; d < people.size(); ++d) {
    if (people[d] <= 0)
      continue;
    // The whole row, sorted: the naive all-pairs baseline.
    options.clear();
    const QVector<double> row = d < cost.size() ? cost[d] : QVector<double>();
    for (int s = 0; s < row.size() && s < capacity.size(); ++s)
      if (std::isfinite(row[s]))
        options << Option {row[s], s};
    std::sort(options.begin(), options.end(), [](const Option &a, const Option &b) {
      return a.cost < b.cost || (a.cost == b.cost && a.shelter < b.shelter);
    });
    int i = 0;
    serve(d, people[d], out.remaining,
          [&](int &shelter, double &c) {
            if (i >= options.size())
              return false;
            shelter = options[i].shelter;
            c = options[i].cost;
            ++i;
            return true;
          },
          out);
  }
  return out;
}

} // namespace onemap
