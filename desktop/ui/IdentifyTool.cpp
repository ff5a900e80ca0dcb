#include "IdentifyTool.h"

#include <qgsapplication.h>
#include <qgsmapmouseevent.h>

namespace onemap {

IdentifyTool::IdentifyTool(QgsMapCanvas *canvas)
  : QgsMapToolIdentify(canvas)
{
  setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Identify));
}

void IdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
  const QList<IdentifyResult> results = identify(e->x(), e->y(), TopDownAll, VectorLayer);
  Q_EMIT identified(results);
}

} // namespace onemap
