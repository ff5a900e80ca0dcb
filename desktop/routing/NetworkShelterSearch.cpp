#include "NetworkShelterSearch.h"

#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace onemap {

ShelterTargets::ShelterTargets(const RoadNetwork &network, const QVector<int> &shelterTies, const QVector<bool> &usable)
  : mTies(shelterTies)
{
  for (int i = 0; i < shelterTies.size(); ++i) {
    if (!usable.value(i, true))
      continue;
    const int tie = shelterTies[i];
    const int v = network.vertexOf(tie);
    if (v < 0)
      continue;
    mByVertex[v].append(Target {i, network.accessMinutes(tie), network.accessMetres(tie)});
    ++mCount;
  }
}

const QVector<ShelterTargets::Target> &ShelterTargets::at(int vertex) const
{
  static const QVector<Target> none;
  const auto it = mByVertex.constFind(vertex);
  return it == mByVertex.constEnd() ? none : it.value();
}

// Dijkstra over the vertices, with the shelters as virtual targets in a heap
// of their own: a target waits until no unsettled vertex could still give a
// target that is cheaper, or as cheap with a lower index.
struct NetworkShelterSearch::State
{
  using Item = std::pair<double, int>; // cost, vertex or shelter
  using MinHeap = std::priority_queue<Item, std::vector<Item>, std::greater<Item>>;
  struct Yielded { double cost; int vertex; double accessMetres; };

  const RoadNetwork &network;
  const ShelterTargets &targets;
  const RoadNetwork::Adjacency &adj;
  int fromTie;
  int start;
  double access; //!< the demand's own off-road minutes
  std::vector<double> dist;
  std::vector<int> predFrom, predSlot;
  std::vector<char> settled;
  MinHeap vertices, shelters;
  QHash<int, Yielded> yielded;
  QHash<int, std::pair<int, double>> pending; //!< shelter -> vertex, access metres, while in the heap

  State(const RoadNetwork &n, const ShelterTargets &t, int tie)
    : network(n), targets(t), adj(n.adjacency()), fromTie(tie), start(n.vertexOf(tie)), access(n.accessMinutes(tie))
  {
    if (start < 0)
      return;
    const size_t count = static_cast<size_t>(n.graph().vertexCount());
    dist.assign(count, std::numeric_limits<double>::infinity());
    predFrom.assign(count, -1);
    predSlot.assign(count, -1);
    settled.assign(count, 0);
    dist[start] = 0;
    vertices.push({0.0, start});
  }

  void settle()
  {
    const auto [d, v] = vertices.top();
    vertices.pop();
    settled[v] = 1;
    for (const ShelterTargets::Target &t : targets.at(v)) {
      shelters.push({access + (d + t.accessMinutes), t.shelter});
      pending.insert(t.shelter, {v, t.accessMetres});
    }
    for (int slot = adj.first[v]; slot < adj.first[v + 1]; ++slot) {
      const int to = adj.to[slot];
      const double nd = d + adj.minutes[slot];
      if (nd < dist[to]) {
        dist[to] = nd;
        predFrom[to] = v;
        predSlot[to] = slot;
        vertices.push({nd, to});
      }
    }
  }

  void dropStale()
  {
    while (!vertices.empty() && settled[vertices.top().second])
      vertices.pop();
  }
};

NetworkShelterSearch::NetworkShelterSearch(const RoadNetwork &network, const ShelterTargets &targets, int fromTie)
  : d(std::make_unique<State>(network, targets, fromTie))
{
}

NetworkShelterSearch::~NetworkShelterSearch() = default;

bool NetworkShelterSearch::next(int &shelter, double &cost)
{
  if (d->start < 0)
    return false;
  for (;;) {
    d->dropStale();
    // Any target not yet in the heap costs at least access + (the cheapest
    // unsettled vertex); on a tie settle first, it may bring a lower index.
    if (!d->shelters.empty() && (d->vertices.empty() || d->shelters.top().first < d->access + d->vertices.top().first)) {
      const auto [c, s] = d->shelters.top();
      d->shelters.pop();
      const auto at = d->pending.take(s);
      d->yielded.insert(s, State::Yielded {c, at.first, at.second});
      shelter = s;
      cost = c;
      return true;
    }
    if (d->vertices.empty())
      return false;
    d->settle();
  }
}

Route NetworkShelterSearch::routeTo(int shelter) const
{
  Route r;
  const auto it = d->yielded.constFind(shelter);
  if (it == d->yielded.constEnd())
    return r;
  const RoadNetwork &net = d->network;
  const RoadNetwork::Adjacency &adj = d->adj;
  QVector<int> stepSlots; // from the shelter's vertex back to the start
  for (int v = it->vertex; v != d->start; v = d->predFrom[v])
    stepSlots << d->predSlot[v];
  auto add = [&r](const QgsPointXY &p) {
    if (r.path.isEmpty() || r.path.last() != p)
      r.path << p;
  };
  r.found = true;
  r.minutes = it->cost;
  r.metres = net.accessMetres(d->fromTie);
  add(net.tiePoint(d->fromTie));
  add(net.graph().vertex(d->start).point());
  for (int i = stepSlots.size() - 1; i >= 0; --i) {
    r.metres += adj.metres[stepSlots[i]];
    add(net.graph().vertex(adj.to[stepSlots[i]]).point());
  }
  r.metres += it->accessMetres;
  add(net.tiePoint(d->targets.tieOf(shelter)));
  return r;
}

} // namespace onemap
