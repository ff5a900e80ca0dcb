#include "MapFocus.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace onemap::MapFocus {

bool show(QgsMapCanvas *canvas, const QgsProject *project, const QgsGeometry &geometry)
{
  if (!canvas || !project || geometry.isEmpty())
    return false;
  const QgsCoordinateReferenceSystem cgcs2000(QStringLiteral("EPSG:4490"));
  QgsGeometry onCanvas = geometry;
  try {
    onCanvas.transform(QgsCoordinateTransform(cgcs2000, canvas->mapSettings().destinationCrs(), project->transformContext()));
  } catch (const QgsCsException &) {
    return false;
  }
  QgsRectangle box = onCanvas.boundingBox();
  // Metres in the board's projected CRS: a point or a short route still shows its surroundings.
  box.grow(qMax(300.0, qMax(box.width(), box.height()) * 0.3));
  canvas->setExtent(box);
  canvas->refresh();
  canvas->flashGeometries({geometry}, cgcs2000);
  return true;
}

} // namespace onemap::MapFocus
