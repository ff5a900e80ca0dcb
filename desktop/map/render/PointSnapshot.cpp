#include "PointSnapshot.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>

#include <QMutexLocker>
#include <QThreadPool>

namespace onemap {

QgsFeature PointSnapshot::feature(int row) const
{
  QgsFeature f(fields, ids.at(row));
  if (!attributes.isEmpty())
    f.setAttributes(attributes.at(row));
  f.setGeometry(QgsGeometry::fromPointXY(points.at(row)));
  return f;
}

std::shared_ptr<const QVector<QPointF>> PointSnapshot::projected(const QgsCoordinateTransform &transform) const
{
  const QString target = transform.isValid() ? transform.destinationCrs().toWkt() : QString();
  QMutexLocker lock(&mProjectedLock);
  if (mProjected && mProjectedFor == target)
    return mProjected;

  QVector<double> x(points.size()), y(points.size()), z(points.size(), 0.0);
  for (int i = 0; i < points.size(); ++i) {
    x[i] = points[i].x();
    y[i] = points[i].y();
  }
  if (transform.isValid() && !transform.isShortCircuited()) {
    try {
      transform.transformInPlace(x, y, z);
    } catch (const QgsCsException &) {
      // Points that cannot be projected come back as inf and are never drawn.
    }
  }
  auto out = std::make_shared<QVector<QPointF>>(points.size());
  for (int i = 0; i < points.size(); ++i)
    (*out)[i] = QPointF(x[i], y[i]);
  mProjected = out;
  mProjectedFor = target;
  return mProjected;
}

void releaseOffThread(std::shared_ptr<const PointSnapshot> &snapshot)
{
  if (!snapshot)
    return;
  if (snapshot.use_count() > 1) { // someone else frees it (a racing release only costs a free here)
    snapshot.reset();
    return;
  }
  QThreadPool::globalInstance()->start([doomed = std::move(snapshot)]() mutable { doomed.reset(); });
  snapshot.reset();
}

} // namespace onemap
