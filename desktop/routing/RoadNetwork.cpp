#include "RoadNetwork.h"

#include "network/Road.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qgscoordinatetransformcontext.h>
#include <qgsdistancearea.h>
#include <qgsfeedback.h>
#include <qgsgraphanalyzer.h>
#include <qgsgraphbuilder.h>
#include <qgsnetworkdistancestrategy.h>
#include <qgsnetworkstrategy.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerdirector.h>

namespace onemap {

namespace {

double metresPerMinute(double kmh)
{
  return std::max(kmh, 0.01) * 1000.0 / 60.0;
}

// Cost strategy 0: minutes over an edge at the speed of its road's class.
class ClassSpeedStrategy : public QgsNetworkStrategy
{
public:
  ClassSpeedStrategy(int classField, TravelMode mode, const TravelSpeeds &speeds)
    : mClassField(classField), mMode(mode), mSpeeds(speeds)
  {
  }
  QSet<int> requiredAttributes() const override { return {mClassField}; }
  QVariant cost(double distance, const QgsFeature &f) const override
  {
    return distance / metresPerMinute(mSpeeds.kmh(mMode, f.attribute(mClassField).toString()));
  }

private:
  int mClassField;
  TravelMode mMode;
  TravelSpeeds mSpeeds;
};

// The open roads, one LineString per feature with its class, in the source CRS:
// cut roads never reach the director, so no edge of theirs exists.
std::unique_ptr<QgsVectorLayer> openRoadsLayer(const QgsCoordinateReferenceSystem &crs)
{
  auto layer = std::make_unique<QgsVectorLayer>(
    QStringLiteral("LineString?field=road_id:long&field=road_class:string(20)"), QStringLiteral("open_roads"),
    QStringLiteral("memory"));
  layer->setCrs(crs);
  return layer;
}

void addRoad(QgsFeatureList &out, const QgsFields &fields, qint64 id, const QString &roadClass, const QgsGeometry &geometry)
{
  if (geometry.isNull() || geometry.isEmpty())
    return;
  const QVector<QgsGeometry> parts = geometry.asGeometryCollection();
  for (const QgsGeometry &part : parts) {
    if (QgsWkbTypes::flatType(part.wkbType()) != QgsWkbTypes::LineString)
      continue;
    QgsFeature f(fields);
    f.setAttributes(QgsAttributes() << id << roadClass);
    f.setGeometry(part);
    out << f;
  }
}

// The director ties a point to the segment nearest in degrees, which at 30 N
// favours north-south neighbours by 15 % (60 N: by half). So each point is
// first moved onto the segment nearest in metres (longitude scaled by the
// cosine of its latitude: exact enough over the few km a tie spans); the
// director then ties that on-road point to the segment it lies on.
QVector<QgsPointXY> nearestOnRoads(QgsVectorLayer &roads, const QVector<QgsPointXY> &points)
{
  QVector<QgsPointXY> best(points);
  QVector<double> bestSqr(points.size(), std::numeric_limits<double>::infinity());
  QVector<double> scale(points.size());
  for (int i = 0; i < points.size(); ++i)
    scale[i] = std::cos(points[i].y() * M_PI / 180.0);
  QgsFeatureIterator it = roads.getFeatures(QgsFeatureRequest().setNoAttributes());
  QgsFeature f;
  while (it.nextFeature(f)) {
    const QgsPolylineXY line = f.geometry().asPolyline();
    for (int s = 1; s < line.size(); ++s) {
      const QgsPointXY &a = line[s - 1], &b = line[s];
      for (int i = 0; i < points.size(); ++i) {
        const QgsPointXY &p = points[i];
        const double ax = (a.x() - p.x()) * scale[i], ay = a.y() - p.y();
        const double dx = (b.x() - a.x()) * scale[i], dy = b.y() - a.y();
        const double len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
        const double cx = ax + t * dx, cy = ay + t * dy;
        const double sqr = cx * cx + cy * cy;
        if (sqr < bestSqr[i]) {
          bestSqr[i] = sqr;
          best[i] = t <= 0 ? a : t >= 1 ? b : QgsPointXY(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
        }
      }
    }
  }
  return best;
}

QString ellipsoidOf(const QgsCoordinateReferenceSystem &crs)
{
  const QString acronym = crs.ellipsoidAcronym();
  return acronym.isEmpty() ? QStringLiteral("WGS84") : acronym;
}

} // namespace

class RoadNetworkBuilder
{
public:
  static Result<std::unique_ptr<RoadNetwork>> build(QgsVectorLayer &roads, const RoadNetworkOptions &options,
                                                    const QVector<QgsPointXY> &tiePoints, QgsFeedback *feedback);

private:
  static void buildAdjacency(RoadNetwork &net);
};

Result<std::unique_ptr<RoadNetwork>> RoadNetworkBuilder::build(QgsVectorLayer &roads, const RoadNetworkOptions &options,
                                                                const QVector<QgsPointXY> &tiePoints,
                                                                QgsFeedback *feedback)
{
  std::unique_ptr<RoadNetwork> net(new RoadNetwork);
  net->mOptions = options;
  net->mTiePoints = tiePoints;
  const QgsCoordinateReferenceSystem crs = roads.crs();
  const QString ellipsoid = ellipsoidOf(crs);

  // Undirected: no direction field, every road both ways.
  QgsVectorLayerDirector director(&roads, -1, QString(), QString(), QString(), QgsVectorLayerDirector::DirectionBoth);
  director.addStrategy(new ClassSpeedStrategy(roads.fields().indexOf(QStringLiteral("road_class")), options.mode,
                                              options.speeds));
  director.addStrategy(new QgsNetworkDistanceStrategy());
  // Same CRS in and out; the builder's ellipsoid makes edge lengths metres.
  QgsGraphBuilder builder(crs, true, 0.0, ellipsoid);

  // The director ties every additional point to its segment and splits it
  // there. With no roads at all it would "tie" to (0, 0), so nothing is tied then.
  const bool anyRoad = roads.featureCount() > 0;
  QVector<QgsPointXY> additional, snapped;
  if (anyRoad)
    additional = nearestOnRoads(roads, tiePoints);
  director.makeGraph(&builder, additional, snapped, feedback);
  if (feedback && feedback->isCanceled())
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "Building the road network was cancelled."));
  net->mGraph.reset(builder.takeGraph());

  QHash<QPair<double, double>, int> vertexAt;
  vertexAt.reserve(net->mGraph->vertexCount());
  for (int v = 0; v < net->mGraph->vertexCount(); ++v) {
    const QgsPointXY p = net->mGraph->vertex(v).point();
    vertexAt.insert(qMakePair(p.x(), p.y()), v);
  }

  QgsDistanceArea da;
  da.setSourceCrs(crs, QgsCoordinateTransformContext());
  da.setEllipsoid(ellipsoid);
  const double walk = metresPerMinute(options.speeds.walkKmh);
  const int n = tiePoints.size();
  net->mTiedAt.fill(QgsPointXY(), n);
  net->mTieVertex.fill(-1, n);
  net->mAccessMinutes.fill(0, n);
  net->mAccessMetres.fill(0, n);
  for (int i = 0; i < snapped.size() && i < n; ++i) {
    const int v = vertexAt.value(qMakePair(snapped[i].x(), snapped[i].y()), -1);
    if (v < 0)
      continue;
    net->mTieVertex[i] = v;
    net->mTiedAt[i] = snapped[i];
    const double metres = tiePoints[i] == snapped[i] ? 0.0 : da.measureLine(tiePoints[i], snapped[i]);
    net->mAccessMetres[i] = metres;
    net->mAccessMinutes[i] = metres / walk;
  }
  buildAdjacency(*net);
  return net;
}

void RoadNetworkBuilder::buildAdjacency(RoadNetwork &net)
{
  const QgsGraph &g = *net.mGraph;
  RoadNetwork::Adjacency &a = net.mAdjacency;
  a.first.resize(g.vertexCount() + 1);
  a.to.reserve(g.edgeCount());
  a.edge.reserve(g.edgeCount());
  a.minutes.reserve(g.edgeCount());
  a.metres.reserve(g.edgeCount());
  for (int v = 0; v < g.vertexCount(); ++v) {
    a.first[v] = a.to.size();
    const QgsGraphEdgeIds out = g.vertex(v).outgoingEdges();
    for (int e : out) {
      const QgsGraphEdge &edge = g.edge(e);
      a.to << edge.toVertex();
      a.edge << e;
      a.minutes << edge.cost(RoadNetwork::kMinutes).toDouble();
      a.metres << edge.cost(RoadNetwork::kMetres).toDouble();
    }
  }
  a.first[g.vertexCount()] = a.to.size();
}

RoadNetwork::~RoadNetwork() = default;

const QgsGraph &RoadNetwork::graph() const
{
  return *mGraph;
}

Result<std::unique_ptr<RoadNetwork>> RoadNetwork::fromStore(Store &store, const RoadNetworkOptions &options,
                                                            const QVector<QgsPointXY> &tiePoints, QgsFeedback *feedback)
{
  auto layer = openRoadsLayer(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:%1").arg(Store::kSrid)));
  if (!layer->isValid())
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "Could not make the road network layer."));
  const QgsFields fields = layer->fields();
  QgsFeatureList features;
  for (const Road &road : Roads(store).all()) {
    if (!options.cutRoads.contains(road.id))
      addRoad(features, fields, road.id, road.roadClass, QgsGeometry::fromWkt(road.wkt));
  }
  if (!layer->dataProvider()->addFeatures(features))
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "Could not read the roads into the road network."));
  return RoadNetworkBuilder::build(*layer, options, tiePoints, feedback);
}

Result<std::unique_ptr<RoadNetwork>> RoadNetwork::fromLayer(QgsVectorLayer *roads, const QString &classField,
                                                            const QString &idField, const RoadNetworkOptions &options,
                                                            const QVector<QgsPointXY> &tiePoints, QgsFeedback *feedback)
{
  if (!roads || !roads->isValid())
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "The road layer is not valid."));
  if (!roads->crs().isGeographic())
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "The road layer %1 is not in longitude/latitude.").arg(roads->name()));
  const int classIdx = roads->fields().lookupField(classField);
  const int idIdx = roads->fields().lookupField(idField);
  if (classIdx < 0 || idIdx < 0)
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "The road layer %1 has no field %2.")
                             .arg(roads->name(), classIdx < 0 ? classField : idField));
  auto layer = openRoadsLayer(roads->crs());
  const QgsFields fields = layer->fields();
  QgsFeatureList features;
  QgsFeatureIterator it = roads->getFeatures(QgsFeatureRequest().setSubsetOfAttributes(QgsAttributeList() << classIdx << idIdx));
  QgsFeature f;
  while (it.nextFeature(f)) {
    if (feedback && feedback->isCanceled())
      return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "Building the road network was cancelled."));
    const qint64 id = f.attribute(idIdx).toLongLong();
    if (!options.cutRoads.contains(id))
      addRoad(features, fields, id, f.attribute(classIdx).toString(), f.geometry());
  }
  if (!layer->dataProvider()->addFeatures(features))
    return Status::failure(QCoreApplication::translate("onemap::RoadNetwork", "Could not copy the road layer %1.").arg(roads->name()));
  return RoadNetworkBuilder::build(*layer, options, tiePoints, feedback);
}

QVector<double> RoadNetwork::minutesFrom(int vertex) const
{
  QVector<double> cost;
  if (vertex < 0 || vertex >= mGraph->vertexCount())
    return QVector<double>(mGraph->vertexCount(), std::numeric_limits<double>::infinity());
  QgsGraphAnalyzer::dijkstra(mGraph.get(), vertex, kMinutes, nullptr, &cost);
  return cost;
}

Route RoadNetwork::route(int fromTie, int toTie, int criterion) const
{
  Route r;
  const int a = vertexOf(fromTie), b = vertexOf(toTie);
  if (a < 0 || b < 0)
    return r;
  QVector<int> tree;
  QVector<double> cost;
  QgsGraphAnalyzer::dijkstra(mGraph.get(), a, criterion, &tree, &cost);
  if (!std::isfinite(cost.value(b, std::numeric_limits<double>::infinity())))
    return r;
  QVector<int> edges; // from b back to a
  for (int v = b; v != a;) {
    const int e = tree.value(v, -1);
    if (e < 0)
      return r;
    edges << e;
    v = mGraph->edge(e).fromVertex();
  }
  auto add = [&r](const QgsPointXY &p) {
    if (r.path.isEmpty() || r.path.last() != p)
      r.path << p;
  };
  r.found = true;
  r.minutes = mAccessMinutes[fromTie];
  r.metres = mAccessMetres[fromTie];
  add(mTiePoints[fromTie]);
  add(mGraph->vertex(a).point());
  for (int i = edges.size() - 1; i >= 0; --i) {
    const QgsGraphEdge &e = mGraph->edge(edges[i]);
    r.minutes += e.cost(kMinutes).toDouble();
    r.metres += e.cost(kMetres).toDouble();
    add(mGraph->vertex(e.toVertex()).point());
  }
  r.minutes += mAccessMinutes[toTie];
  r.metres += mAccessMetres[toTie];
  add(mTiePoints[toTie]);
  return r;
}

QString Route::toWkt() const
{
  if (!found || path.isEmpty())
    return QString();
  QVector<QgsPointXY> points = path;
  if (points.size() == 1)
    points << points.first();
  QStringList coords;
  coords.reserve(points.size());
  for (const QgsPointXY &p : points)
    coords << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 7).arg(p.y(), 0, 'f', 7);
  return QStringLiteral("LINESTRING(%1)").arg(coords.join(QStringLiteral(", ")));
}

} // namespace onemap
