#pragma once
// \brief The store's roads as a routing graph built by QGIS's network
// analysis library (QgsVectorLayerDirector + QgsGraphBuilder).
//
// Edge costs are minutes at the mode's speed for the road's class (strategy
// 0) and metres (strategy 1). Cut roads are left out of the graph, so no
// route can use them. Points to route between (danger points, villages,
// shelters) are tied to the nearest point of an open road; the off-road leg
// to that tie is walked, straight, at the walking speed.
#include "TravelSpeeds.h"
#include "store/Result.h"

#include <QSet>
#include <QVector>
#include <memory>
#include <qgsgraph.h>
#include <qgspointxy.h>

class QgsFeedback;
class QgsVectorLayer;

namespace onemap {

class Store;

struct RoadNetworkOptions
{
  TravelMode mode = TravelMode::Walk;
  TravelSpeeds speeds;
  QSet<qint64> cutRoads; //!< roads.id left out
};

struct Route
{
  bool found = false;
  double minutes = 0;          //!< off-road legs included
  double metres = 0;
  QVector<QgsPointXY> path;    //!< lon/lat, from the first point to the second

  //! The path as a LINESTRING (EPSG:4490); one point is doubled (both ends at
  //! one spot is still a line); empty when nothing was found.
  QString toWkt() const;
};

class RoadNetwork
{
public:
  ~RoadNetwork();

  //! The store's roads (EPSG:4490) with \a tiePoints (lon/lat) tied on.
  static Result<std::unique_ptr<RoadNetwork>> fromStore(Store &store, const RoadNetworkOptions &options,
                                                        const QVector<QgsPointXY> &tiePoints,
                                                        QgsFeedback *feedback = nullptr);
  //! Any line layer in a geographic CRS with a road-class field and an id
  //! field (tests: a hand-built network, imported OSM roads).
  static Result<std::unique_ptr<RoadNetwork>> fromLayer(QgsVectorLayer *roads, const QString &classField,
                                                        const QString &idField, const RoadNetworkOptions &options,
                                                        const QVector<QgsPointXY> &tiePoints,
                                                        QgsFeedback *feedback = nullptr);

  const QgsGraph &graph() const;
  const RoadNetworkOptions &options() const { return mOptions; }
  int tieCount() const { return mTieVertex.size(); }
  //! Graph vertex of tie point \a tie, or -1 when no open road was there to tie to.
  int vertexOf(int tie) const { return mTieVertex.value(tie, -1); }
  double accessMinutes(int tie) const { return mAccessMinutes.value(tie); }
  double accessMetres(int tie) const { return mAccessMetres.value(tie); }
  QgsPointXY tiePoint(int tie) const { return mTiePoints.value(tie); }
  QgsPointXY tiedAt(int tie) const { return mTiedAt.value(tie); }

  //! Minutes from \a vertex to every vertex (QgsGraphAnalyzer::dijkstra; -1/inf unreachable).
  QVector<double> minutesFrom(int vertex) const;
  //! Fastest route between two tie points, off-road legs included.
  //! \a criterion kMetres gives the shortest one instead (added for the length checks).
  Route route(int fromTie, int toTie, int criterion = kMinutes) const;

  //! Every vertex's outgoing edges as flat arrays (CSR), so the incremental
  //! searches walk doubles instead of QVariants. Edge \a i of vertex v is slot
  //! first[v] <= i < first[v + 1]; \c edge holds the QgsGraph edge id.
  struct Adjacency
  {
    QVector<int> first, to, edge;
    QVector<double> minutes, metres; //!< exactly the graph's costs 0 and 1
  };
  const Adjacency &adjacency() const { return mAdjacency; }

  static constexpr int kMinutes = 0; //!< strategy index of the time cost
  static constexpr int kMetres = 1;  //!< strategy index of the length cost

private:
  RoadNetwork() = default;
  RoadNetworkOptions mOptions;
  std::unique_ptr<QgsGraph> mGraph;
  QVector<QgsPointXY> mTiePoints, mTiedAt;
  QVector<int> mTieVertex;
  QVector<double> mAccessMinutes, mAccessMetres;
  Adjacency mAdjacency;
  friend class RoadNetworkBuilder;
};

} // namespace onemap
