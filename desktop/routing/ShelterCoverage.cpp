#include "ShelterCoverage.h"

#include "admin_units/AdminUnit.h"
#include "shelters/Shelter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <vector>
#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsexception.h>
#include <qgsfeedback.h>

namespace onemap {

namespace {

constexpr int kDiskSegments = 16; // per quarter circle: a 64-gon, 0.16 % short of the circle's area

struct Inputs
{
  QVector<AdminUnit> villages;
  QgsGeometry county; //!< EPSG:4490; null when the store has no county outline
  QVector<Shelter> shelters;
};

Inputs readInputs(Store &store, const QStringList &classes)
{
  Inputs in;
  in.villages = AdminUnits(store).where(QStringLiteral("level = ?"), {QStringLiteral("village")});
  std::sort(in.villages.begin(), in.villages.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
  const QVector<AdminUnit> counties = AdminUnits(store).where(QStringLiteral("level = ?"), {QStringLiteral("county")});
  if (!counties.isEmpty())
    in.county = QgsGeometry::fromWkt(counties.first().wkt);
  for (const Shelter &s : Shelters(store).where(QStringLiteral("is_open = 1")))
    if (classes.isEmpty() || classes.contains(s.shelterClass))
      in.shelters << s;
  return in;
}

// Centre of the local projection: the county's, else the villages' or shelters' middle.
QgsPointXY centreOf(const Inputs &in)
{
  if (!in.county.isNull())
    return in.county.boundingBox().center();
  QgsRectangle box;
  for (const AdminUnit &v : in.villages)
    box.combineExtentWith(QgsGeometry::fromWkt(v.wkt).boundingBox());
  for (const Shelter &s : in.shelters)
    box.combineExtentWith(s.location.lon, s.location.lat);
  return box.center();
}

QgsCoordinateReferenceSystem localCrs(const QgsPointXY &centre)
{
  return QgsCoordinateReferenceSystem::fromProj(
    QStringLiteral("+proj=aeqd +lat_0=%1 +lon_0=%2 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs")
      .arg(centre.y(), 0, 'f', 7)
      .arg(centre.x(), 0, 'f', 7));
}

// Multi-source Dijkstra from every shelter's tie (starting at its own access
// minutes, if that straight leg is allowed), cut at the budget: minutes to
// each reached vertex.
QHash<int, double> reachedWithin(const RoadNetwork &net, double budget, double offRoadCap)
{
  using Item = std::pair<double, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
  const RoadNetwork::Adjacency &adj = net.adjacency();
  std::vector<double> dist(static_cast<size_t>(net.graph().vertexCount()), std::numeric_limits<double>::infinity());
  for (int tie = 0; tie < net.tieCount(); ++tie) {
    const int v = net.vertexOf(tie);
    const double a = net.accessMinutes(tie);
    if (v >= 0 && a <= budget && net.accessMetres(tie) <= offRoadCap && a < dist[v]) {
      dist[v] = a;
      heap.push({a, v});
    }
  }
  QHash<int, double> reached;
  while (!heap.empty()) {
    const auto [d, v] = heap.top();
    heap.pop();
    if (d > dist[v])
      continue;
    reached.insert(v, d);
    for (int slot = adj.first[v]; slot < adj.first[v + 1]; ++slot) {
      const int to = adj.to[slot];
      const double nd = d + adj.minutes[slot];
      if (nd <= budget && nd < dist[to]) {
        dist[to] = nd;
        heap.push({nd, to});
      }
    }
  }
  return reached;
}

// The spot is reached by road and then straight across with what is left of
// the budget (at most the off-road cap). Past a reached vertex u with r metres
// left, the points s metres on along a straight edge have r - s left, and a
// disk of radius r holds every disk of radius r - s centred s further on; so
// without a cap the vertex disks are the whole answer. With a cap c < r, the
// edge stretch where more than c is left is swept by a disk of radius c: its
// buffer, whose round cap also holds the tapering rest.
QgsGeometry coveredArea(const RoadNetwork &net, const QHash<int, double> &reached, const QVector<Shelter> &shelters,
                        const CoverageOptions &options, double offRoadCap, const QgsCoordinateTransform &toLocal)
{
  const double perMinute = options.walkKmh * 1000.0 / 60.0;
  const RoadNetwork::Adjacency &adj = net.adjacency();
  const QgsGraph &graph = net.graph();
  QVector<QgsGeometry> parts;
  auto disk = [&](const QgsPointXY &local, double radius) {
    if (radius > 0)
      parts << QgsGeometry::fromPointXY(local).buffer(radius, kDiskSegments);
  };
  for (const Shelter &s : shelters)
    disk(toLocal.transform(QgsPointXY(s.location.lon, s.location.lat)), std::min(offRoadCap, options.minutes * perMinute));
  for (auto it = reached.cbegin(); it != reached.cend(); ++it) {
    const double left = (options.minutes - it.value()) * perMinute;
    const QgsPointXY u = toLocal.transform(graph.vertex(it.key()).point());
    disk(u, std::min(offRoadCap, left));
    if (left <= offRoadCap)
      continue;
    for (int slot = adj.first[it.key()]; slot < adj.first[it.key() + 1]; ++slot) {
      const QgsPointXY w = toLocal.transform(graph.vertex(adj.to[slot]).point());
      const double along = adj.metres[slot] > 0 ? std::min(1.0, (left - offRoadCap) / adj.metres[slot]) : 1.0;
      const QgsPointXY end(u.x() + along * (w.x() - u.x()), u.y() + along * (w.y() - u.y()));
      parts << QgsGeometry::fromPolylineXY({u, end}).buffer(offRoadCap, kDiskSegments);
    }
  }
  return parts.isEmpty() ? QgsGeometry() : QgsGeometry::unaryUnion(parts);
}

double coveredKm2Within(QgsGeometry covered, const QgsGeometry &area)
{
  if (covered.isNull() || covered.isEmpty() || !covered.boundingBox().intersects(area.boundingBox()))
    return 0;
  // Clipping to the box first keeps GEOS off the far-away disks.
  const QgsGeometry near = covered.clipped(area.boundingBox().buffered(1));
  return near.intersection(area).area() / 1e6;
}

bool hasOwnShelter(const AdminUnit &village, const QgsGeometry &shape, const QVector<Shelter> &shelters)
{
  const QgsRectangle box = shape.boundingBox();
  for (const Shelter &s : shelters) {
    if (s.villageCode == village.code)
      return true;
    const QgsPointXY p(s.location.lon, s.location.lat);
    if (box.contains(p) && shape.contains(&p))
      return true;
  }
  return false;
}

} // namespace

Result<CoverageResult> shelterCoverage(Store &store, const CoverageOptions &options, QgsFeedback *feedback)
{
  const Inputs in = readInputs(store, options.shelterClasses);
  RoadNetworkOptions netOptions;
  netOptions.mode = TravelMode::Walk;
  netOptions.speeds.walkKmh = options.walkKmh;
  netOptions.cutRoads = options.cutRoads;
  QVector<QgsPointXY> ties;
  for (const Shelter &s : in.shelters)
    ties << QgsPointXY(s.location.lon, s.location.lat);
  auto network = RoadNetwork::fromStore(store, netOptions, ties, nullptr);
  if (!network)
    return network.status();
  if (feedback) {
    feedback->setProgress(30);
    if (feedback->isCanceled())
      return Status::failure(QCoreApplication::translate("onemap::ShelterCoverage", "Shelter coverage was cancelled."));
  }

  const QgsCoordinateReferenceSystem geo(QStringLiteral("EPSG:%1").arg(Store::kSrid));
  const QgsCoordinateReferenceSystem local = localCrs(centreOf(in));
  if (!local.isValid())
    return Status::failure(QCoreApplication::translate("onemap::ShelterCoverage", "Could not set up the local projection for shelter coverage."));
  const QgsCoordinateTransform toLocal(geo, local, QgsCoordinateTransformContext());
  const QgsCoordinateTransform toGeo(local, geo, QgsCoordinateTransformContext());

  CoverageResult result;
  result.shelters = in.shelters.size();
  try {
    const double cap = options.offRoadMetres > 0 ? options.offRoadMetres : std::numeric_limits<double>::infinity();
    QgsGeometry covered = coveredArea(*network.value(), reachedWithin(*network.value(), options.minutes, cap),
                                      in.shelters, options, cap, toLocal);
    if (feedback)
      feedback->setProgress(60);
    QgsGeometry county;
    if (!in.county.isNull()) {
      county = in.county;
      county.transform(toLocal);
      if (!covered.isNull())
        covered = covered.intersection(county);
      result.countyKm2 = county.area() / 1e6;
      result.coveredKm2 = covered.isNull() ? 0 : covered.area() / 1e6;
    }
    for (const AdminUnit &v : in.villages) {
      if (feedback && feedback->isCanceled())
        return Status::failure(QCoreApplication::translate("onemap::ShelterCoverage", "Shelter coverage was cancelled."));
      const QgsGeometry shape = QgsGeometry::fromWkt(v.wkt);
      QgsGeometry metric = shape;
      metric.transform(toLocal);
      VillageCoverage c;
      c.code = v.code;
      c.name = v.name;
      c.townshipCode = AdminUnit::parentOf(v.code);
      c.population = v.population;
      c.areaKm2 = metric.area() / 1e6;
      c.coveredKm2 = std::min(c.areaKm2, coveredKm2Within(covered, metric));
      c.coveredPopulation = std::llround(static_cast<double>(v.population) * c.share());
      c.hasOwnShelter = hasOwnShelter(v, shape, in.shelters);
      result.population += c.population;
      result.coveredPopulation += c.coveredPopulation;
      if (county.isNull()) {
        result.countyKm2 += c.areaKm2;
        result.coveredKm2 += c.coveredKm2;
      }
      result.villages << c;
    }
    if (!covered.isNull())
      covered.transform(toGeo);
    result.covered = covered;
  } catch (const QgsCsException &e) {
    return Status::failure(QCoreApplication::translate("onemap::ShelterCoverage", "Shelter coverage: a coordinate transform failed (%1).").arg(e.what()));
  }
  if (feedback)
    feedback->setProgress(100);
  return result;
}

} // namespace onemap
