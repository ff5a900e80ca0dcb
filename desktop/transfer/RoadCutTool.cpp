#include "RoadCutTool.h"

#include <limits>
#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace onemap {

RoadCutTool::RoadCutTool(QgsMapCanvas *canvas, QgsVectorLayer *roads)
  : QgsMapTool(canvas), mRoads(roads)
{
  setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Select));
}

qint64 RoadCutTool::roadAt(const QgsPointXY &mapPoint, double toleranceMapUnits)
{
  if (!mRoads)
    return 0;
  const QgsRectangle box(mapPoint.x() - toleranceMapUnits, mapPoint.y() - toleranceMapUnits,
                         mapPoint.x() + toleranceMapUnits, mapPoint.y() + toleranceMapUnits);
  const QgsRectangle layerBox = toLayerCoordinates(mRoads, box);
  const QgsGeometry point = QgsGeometry::fromPointXY(toLayerCoordinates(mRoads, mapPoint));
  QgsFeatureRequest request(layerBox);
  request.setFlags(QgsFeatureRequest::ExactIntersect);
  request.setNoAttributes();
  QgsFeatureIterator it = mRoads->getFeatures(request);
  QgsFeature f;
  qint64 best = 0;
  double bestDistance = std::numeric_limits<double>::max();
  while (it.nextFeature(f)) {
    const double d = f.geometry().distance(point);
    if (d < bestDistance) {
      bestDistance = d;
      best = f.id();
    }
  }
  return best;
}

void RoadCutTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
  const qint64 id = roadAt(e->mapPoint(), searchRadiusMU(canvas()));
  if (id > 0)
    Q_EMIT roadPicked(id);
  else
    Q_EMIT nothingPicked();
}

} // namespace onemap
