#include "RoadGraph.h"

#include <cmath>

namespace onemap::snowfreeze {

namespace {
constexpr double kPi = 3.14159265358979323846;

QPair<qint64, qint64> key(double x, double y) { return {qint64(std::llround(x * 1e7)), qint64(std::llround(y * 1e7))}; }
} // namespace

RoadGraph::RoadGraph(const QVector<RoadEdge> &edges) : mEdges(edges)
{
  for (int e = 0; e < mEdges.size(); ++e) {
    const int a = addNode(mEdges[e].ax, mEdges[e].ay);
    const int b = addNode(mEdges[e].bx, mEdges[e].by);
    mEnds << qMakePair(a, b);
    mIncident[a] << e;
    if (b != a)
      mIncident[b] << e;
  }
}

int RoadGraph::addNode(double x, double y)
{
  const auto k = key(x, y);
  const auto it = mIndex.constFind(k);
  if (it != mIndex.constEnd())
    return it.value();
  mNodes << qMakePair(x, y);
  mIncident.append(QVector<int>());
  mIndex.insert(k, mNodes.size() - 1);
  return mNodes.size() - 1;
}

int RoadGraph::nodeAt(double x, double y) const { return mIndex.value(key(x, y), -1); }

int RoadGraph::nearestNode(double x, double y, double *km) const
{
  int best = -1;
  double bestKm = INFINITY;
  const double kx = 111.32 * std::cos(y * kPi / 180.0), ky = 110.57;
  for (int n = 0; n < mNodes.size(); ++n) {
    const double dx = (mNodes[n].first - x) * kx, dy = (mNodes[n].second - y) * ky;
    const double d = std::sqrt(dx * dx + dy * dy);
    if (d < bestKm) {
      bestKm = d;
      best = n;
    }
  }
  if (km)
    *km = bestKm;
  return best;
}

QVector<bool> RoadGraph::reachable(int source, const QVector<bool> &open) const
{
  QVector<bool> seen(mNodes.size(), false);
  if (source < 0 || source >= mNodes.size())
    return seen;
  QVector<int> queue {source};
  seen[source] = true;
  for (int head = 0; head < queue.size(); ++head) {
    const int n = queue[head];
    for (int e : mIncident[n]) {
      if (e >= open.size() || !open[e])
        continue;
      const int other = mEnds[e].first == n ? mEnds[e].second : mEnds[e].first;
      if (!seen[other]) {
        seen[other] = true;
        queue << other;
      }
    }
  }
  return seen;
}

} // namespace onemap::snowfreeze
