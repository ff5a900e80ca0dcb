#pragma once
// \brief The road network as a graph: a node where road ends meet (snapped to
// 1e-7 degree, the grid the store writes), an edge per roads row. Reachability
// is a breadth-first search over the edges a caller says are open.
#include <QHash>
#include <QPair>
#include <QVector>

namespace onemap::snowfreeze {

struct RoadEdge
{
  qint64 roadId = 0;
  double ax = 0, ay = 0; //!< first vertex, lon/lat
  double bx = 0, by = 0; //!< last vertex
};

class RoadGraph
{
public:
  explicit RoadGraph(const QVector<RoadEdge> &edges);

  int nodeCount() const { return mNodes.size(); }
  const QVector<RoadEdge> &edges() const { return mEdges; }
  //! The node at exactly this point (after snapping), or -1.
  int nodeAt(double x, double y) const;
  //! The nearest node and its distance in km (equirectangular), or -1.
  int nearestNode(double x, double y, double *km = nullptr) const;
  //! Edge indexes meeting at \a node.
  const QVector<int> &edgesAt(int node) const { return mIncident.at(node); }
  QPair<int, int> ends(int edge) const { return mEnds.at(edge); }

  //! Nodes reachable from \a source over the edges with open[e] true
  //! (open has one entry per edge, in the order given).
  QVector<bool> reachable(int source, const QVector<bool> &open) const;

private:
  int addNode(double x, double y);

  QVector<RoadEdge> mEdges;
  QVector<QPair<double, double>> mNodes;
  QHash<QPair<qint64, qint64>, int> mIndex;
  QVector<QVector<int>> mIncident;
  QVector<QPair<int, int>> mEnds;
};

} // namespace onemap::snowfreeze
