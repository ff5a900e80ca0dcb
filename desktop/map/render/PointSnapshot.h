#pragma once
// \brief What a point layer draws, read once: each feature's position and id,
// the symbols its renderer gives it and the attributes labels need. Frames
// draw from it instead of re-reading SpatiaLite and re-evaluating every rule
// expression for every point. Immutable once built; frames share it.
#include <qgsattributes.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeatureid.h>
#include <qgsfields.h>
#include <qgspointxy.h>

#include <QHash>
#include <QMutex>
#include <QPointF>
#include <QVariantMap>
#include <QVector>
#include <memory>

class QgsCoordinateTransform;

namespace onemap {

struct PointSnapshot
{
  QString key;                          //!< the renderer and context it was built for
  QString rendererKey;                  //!< the renderer alone (its symbols() list)
  QVariantMap variables;                //!< values of the variables its rules read, as built
  QgsCoordinateReferenceSystem crs;     //!< of points
  QgsFields fields;                     //!< the layer's fields; attributes hold only the kept ones
  QVector<QgsFeatureId> ids;
  QVector<QgsPointXY> points;           //!< layer CRS
  QVector<int> symbolSet;               //!< per feature: index into symbolSets, -1 when no symbol draws it
  QVector<QVector<int>> symbolSets;     //!< distinct lists of indices into the renderer's symbols()
  QVector<QgsAttributes> attributes;    //!< per feature when labels or symbols need them, else empty
  QHash<QgsFeatureId, int> rowOf;

  int count() const { return ids.size(); }
  //! A feature for labels and data-defined symbols: id, kept attributes, point.
  QgsFeature feature(int row) const;

  //! Points in the map CRS of \a transform, computed once per destination
  //! CRS and shared by later frames (thread-safe).
  std::shared_ptr<const QVector<QPointF>> projected(const QgsCoordinateTransform &transform) const;

private:
  mutable QMutex mProjectedLock;
  mutable QString mProjectedFor;
  mutable std::shared_ptr<const QVector<QPointF>> mProjected;
};

//! Drops \a snapshot's reference (leaving it null); when it may be the last
//! one, the snapshot is freed on a pool thread: freeing 100,000 points with
//! their attributes takes about 100 ms, too long for the GUI thread.
void releaseOffThread(std::shared_ptr<const PointSnapshot> &snapshot);

} // namespace onemap
