#include "SampleNetwork.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace onemap::sample {

using namespace planar;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Node
{
  Pt at;          //!< lon/lat, exactly as written to every road ending here
  QString name;
  bool seat = false;
};

// A gently curved road from a to b whose ends are exactly a and b. Falls back
// to a straight line, then to a dog-leg through the centre: the outline is
// star-shaped about it, so both legs are inside the county.
Line roadPath(const Frame &frame, Pt a, Pt b, Rng &rng)
{
  const Pt ka = frame.local.toKm(a), kb = frame.local.toKm(b);
  const double len = distance(ka, kb);
  const double bow = rng.uniform(-0.07, 0.07), wiggle = rng.uniform(-0.04, 0.04);
  const int inner = std::min(12, static_cast<int>(len / 2.0));
  Line curved {a};
  if (len > 0) {
    const Pt normal {-(kb.y - ka.y) / len, (kb.x - ka.x) / len};
    for (int i = 1; i <= inner; ++i) {
      const double t = static_cast<double>(i) / (inner + 1);
      const double off = len * (bow * std::sin(kPi * t) + wiggle * std::sin(2 * kPi * t));
      curved << snap7(frame.local.toLonLat({ka.x + (kb.x - ka.x) * t + normal.x * off, ka.y + (kb.y - ka.y) * t + normal.y * off}));
    }
  }
  curved << b;
  if (coversLine(frame.county, curved))
    return curved;
  const Line straight {a, b};
  if (coversLine(frame.county, straight))
    return straight;
  return {a, frame.centre, b};
}

Road makeRoad(const Frame &frame, const Node &from, const Node &to, const QString &roadClass, const QString &name, Rng &rng)
{
  Road road;
  road.name = name;
  road.roadClass = roadClass;
  const Line path = roadPath(frame, from.at, to.at, rng);
  road.lengthM = std::round(lengthM(path) * 10) / 10;
  road.wkt = toWkt(path);
  return road;
}

// Prim's minimum spanning tree over the seats; returns (parent, child) edges.
QVector<QPair<int, int>> spanningTree(const Frame &frame, const QVector<Node> &seats)
{
  QVector<QPair<int, int>> edges;
  QVector<bool> inTree(seats.size(), false);
  inTree[0] = true;
  for (int added = 1; added < seats.size(); ++added) {
    int bestFrom = -1, bestTo = -1;
    double best = INFINITY;
    for (int i = 0; i < seats.size(); ++i)
      for (int j = 0; inTree[i] && j < seats.size(); ++j)
        if (!inTree[j] && frame.local.distanceKm(seats[i].at, seats[j].at) < best) {
          best = frame.local.distanceKm(seats[i].at, seats[j].at);
          bestFrom = i;
          bestTo = j;
        }
    inTree[bestTo] = true;
    edges << qMakePair(bestFrom, bestTo);
  }
  return edges;
}

// Edges on the tree path from the root (seat 0) to \a node.
QVector<int> pathFromRoot(const QVector<QPair<int, int>> &tree, int node)
{
  QVector<int> path;
  for (bool moved = true; moved && node != 0;) {
    moved = false;
    for (int e = 0; e < tree.size(); ++e)
      if (tree[e].second == node) {
        path << e;
        node = tree[e].first;
        moved = true;
        break;
      }
  }
  return path;
}

// The national road crosses the county through the seat: tree paths from the
// seat to the farthest township on each side.
QVector<int> trunkEdges(const Frame &frame, const QVector<Node> &seats, const QVector<QPair<int, int>> &tree)
{
  int far = 0;
  for (int i = 1; i < seats.size(); ++i)
    if (frame.local.distanceKm(seats[0].at, seats[i].at) > frame.local.distanceKm(seats[0].at, seats[far].at))
      far = i;
  const Pt o = frame.local.toKm(seats[0].at), f = frame.local.toKm(seats[far].at);
  int opposite = -1;
  for (int i = 1; i < seats.size(); ++i) {
    const Pt p = frame.local.toKm(seats[i].at);
    if ((p.x - o.x) * (f.x - o.x) + (p.y - o.y) * (f.y - o.y) < 0
        && (opposite < 0 || distance(o, p) > distance(o, frame.local.toKm(seats[opposite].at))))
      opposite = i;
  }
  QVector<int> trunk = pathFromRoot(tree, far);
  if (opposite > 0)
    trunk += pathFromRoot(tree, opposite);
  return trunk;
}

void buildSeatRoads(const Frame &frame, const QVector<Node> &seats, Rng &rng, QVector<Road> &roads)
{
  const QVector<QPair<int, int>> tree = spanningTree(frame, seats);
  const QVector<int> trunk = trunkEdges(frame, seats, tree);
  int provincial = 0, county = 0;
  auto countyRoad = [&](const Node &a, const Node &b) {
    roads << makeRoad(frame, a, b, QStringLiteral("county"), QStringLiteral("X0%1县道").arg(++county, 2, 10, QLatin1Char('0')), rng);
  };
  for (int e = 0; e < tree.size(); ++e) {
    const Node &a = seats[tree[e].first], &b = seats[tree[e].second];
    if (trunk.contains(e))
      roads << makeRoad(frame, a, b, QStringLiteral("national"), QStringLiteral("G352国道"), rng);
    else if (tree[e].first == 0)
      roads << makeRoad(frame, a, b, QStringLiteral("provincial"), QStringLiteral("S3%1省道").arg(++provincial, 2, 10, QLatin1Char('0')), rng);
    else
      countyRoad(a, b);
  }
  // Two extra links, the shortest pairs the tree left out, give detours.
  QMap<double, QPair<int, int>> extra;
  for (int i = 0; i < seats.size(); ++i)
    for (int j = i + 1; j < seats.size(); ++j)
      if (!tree.contains(qMakePair(i, j)) && !tree.contains(qMakePair(j, i)))
        extra.insert(frame.local.distanceKm(seats[i].at, seats[j].at), qMakePair(i, j));
  int links = 0;
  for (auto it = extra.cbegin(); it != extra.cend() && links < 2; ++it, ++links)
    countyRoad(seats[it.value().first], seats[it.value().second]);
}

void buildVillageRoads(const Frame &frame, QVector<Node> nodes, Rng &rng, QVector<Road> &roads)
{
  for (int t = 0; t < frame.townships.size(); ++t) {
    QVector<int> order = frame.villagesOf[t].mid(1); // [0] sits on the seat
    const Pt seat = frame.townships[t].centre;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return frame.local.distanceKm(seat, frame.villages[a].centre) < frame.local.distanceKm(seat, frame.villages[b].centre);
    });
    for (int v : order) {
      const Node village {frame.villages[v].centre, frame.villages[v].name, false};
      int nearest = 0;
      for (int n = 1; n < nodes.size(); ++n)
        if (frame.local.distanceKm(nodes[n].at, village.at) < frame.local.distanceKm(nodes[nearest].at, village.at))
          nearest = n;
      const Node &from = nodes[nearest];
      roads << makeRoad(frame, from, village, from.seat ? QStringLiteral("township") : QStringLiteral("village"),
                        QStringLiteral("%1至%2公路").arg(from.name, village.name), rng);
      nodes << village;
    }
  }
}

// Resamples the control polyline (km) every ~0.6 km and swings it sideways with
// two sine waves; the swing fades in from the first vertex so a tributary starts
// on its parent river.
Line meanderKm(const Line &controls, double amplitude, Rng &rng)
{
  Line dense;
  for (int i = 0; i + 1 < controls.size(); ++i) {
    const int steps = std::max(1, static_cast<int>(distance(controls[i], controls[i + 1]) / 0.6));
    for (int k = 0; k < steps; ++k) {
      const double t = static_cast<double>(k) / steps;
      dense << Pt {controls[i].x + t * (controls[i + 1].x - controls[i].x), controls[i].y + t * (controls[i + 1].y - controls[i].y)};
    }
  }
  dense << controls.last();
  const double phase1 = rng.uniform(0, 2 * kPi), phase2 = rng.uniform(0, 2 * kPi);
  const double wave1 = rng.uniform(7, 11), wave2 = rng.uniform(2.5, 4);
  Line out;
  double s = 0;
  for (int i = 0; i < dense.size(); ++i) {
    if (i)
      s += distance(dense[i - 1], dense[i]);
    const Pt &prev = dense[std::max(0, i - 1)], &next = dense[std::min(dense.size() - 1, i + 1)];
    const double len = distance(prev, next);
    const Pt normal = len > 0 ? Pt {-(next.y - prev.y) / len, (next.x - prev.x) / len} : Pt {0, 0};
    const double off = amplitude * std::min(1.0, s / 3) * (std::sin(2 * kPi * s / wave1 + phase1) + 0.4 * std::sin(2 * kPi * s / wave2 + phase2));
    out << Pt {dense[i].x + normal.x * off, dense[i].y + normal.y * off};
  }
  return out;
}

Line toCounty(const Frame &frame, const Line &km)
{
  Line lonLat;
  for (const Pt &p : km)
    lonLat << snap7(frame.local.toLonLat(p));
  return longestPieceInside(lonLat, frame.county);
}

// A branch leaving \a parent (lon/lat) part-way along, roughly square to it.
Line branchFrom(const Frame &frame, const Line &parent, double lengthKm, Rng &rng)
{
  const double at = rng.uniform(0.3, 0.7);
  const Pt start = frame.local.toKm(alongLine(parent, at));
  const Pt ahead = frame.local.toKm(alongLine(parent, std::min(1.0, at + 0.02)));
  const double heading = std::atan2(ahead.y - start.y, ahead.x - start.x) + (rng.chance(0.5) ? 1 : -1) * (kPi / 2 + rng.uniform(-0.5, 0.5));
  const Pt end {start.x + lengthKm * std::cos(heading), start.y + lengthKm * std::sin(heading)};
  return toCounty(frame, meanderKm({start, end}, lengthKm > 20 ? 0.8 : 0.4, rng));
}

void buildRivers(const Frame &frame, Rng &rng, ChineseNames &names, Network &net)
{
  double reach = 0; // beyond the outline from the centre
  for (const Pt &p : frame.county.first().outer)
    reach = std::max(reach, distance({0, 0}, frame.local.toKm(p)));
  reach *= 1.3;
  // The main river crosses the county and passes a couple of km from the seat.
  const double heading = rng.uniform(0, 2 * kPi), turn = rng.uniform(-0.4, 0.4);
  const Pt seat = frame.local.toKm(frame.townships[0].centre);
  const double side = rng.uniform(2, 3) * (rng.chance(0.5) ? 1 : -1);
  const Line controls {{reach * std::cos(heading), reach * std::sin(heading)},
                       {seat.x - side * std::sin(heading), seat.y + side * std::cos(heading)},
                       {-reach * std::cos(heading + turn), -reach * std::sin(heading + turn)}};
  const int count = rng.range(2, 4);
  const QVector<int> ranks = count == 2 ? QVector<int> {1, 2} : count == 3 ? QVector<int> {1, 2, 3} : QVector<int> {1, 2, 2, 3};
  for (int rank : ranks) {
    Line line;
    if (rank > 1 && net.riverLines.isEmpty())
      break;
    if (rank == 1)
      line = toCounty(frame, meanderKm(controls, 1.2, rng));
    else if (rank == 2)
      line = branchFrom(frame, net.riverLines.first(), reach, rng);
    else
      line = branchFrom(frame, net.riverLines.last(), rng.uniform(10, 16), rng);
    if (line.size() < 2)
      continue;
    River river;
    river.name = names.river(rng, rank);
    river.rank = rank;
    river.wkt = toWkt(line);
    net.rivers << river;
    net.riverLines << line;
  }
}

} // namespace

Network buildNetwork(const Frame &frame, Rng &rng, ChineseNames &names)
{
  Network net;
  QVector<Node> seats;
  for (const Area &t : frame.townships)
    seats << Node {t.centre, t.name, true};
  buildSeatRoads(frame, seats, rng, net.roads);
  buildVillageRoads(frame, seats, rng, net.roads);
  buildRivers(frame, rng, names, net);
  return net;
}

} // namespace onemap::sample
