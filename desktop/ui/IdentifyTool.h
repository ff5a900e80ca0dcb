#pragma once
// \brief Click on the map: every feature under the cursor, top layer first.
#include <qgsmaptoolidentify.h>

namespace onemap {

class IdentifyTool : public QgsMapToolIdentify
{
  Q_OBJECT
public:
  explicit IdentifyTool(QgsMapCanvas *canvas);
  void canvasReleaseEvent(QgsMapMouseEvent *e) override;

Q_SIGNALS:
  void identified(const QList<QgsMapToolIdentify::IdentifyResult> &results);
};

} // namespace onemap
