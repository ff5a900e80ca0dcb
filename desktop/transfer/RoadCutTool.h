#pragma once
// \brief Map tool "Mark road cut": a click picks the nearest road under the
// cursor (the board's roads layer); the transfer dock turns the pick into an
// undoable RoadCutCommand.
#include <qgsmaptool.h>

class QgsVectorLayer;

namespace onemap {

class RoadCutTool : public QgsMapTool
{
  Q_OBJECT
public:
  RoadCutTool(QgsMapCanvas *canvas, QgsVectorLayer *roads);

  //! The road nearest \a mapPoint (canvas CRS) within \a toleranceMapUnits; 0 when none.
  qint64 roadAt(const QgsPointXY &mapPoint, double toleranceMapUnits);
  void canvasReleaseEvent(QgsMapMouseEvent *e) override;

Q_SIGNALS:
  void roadPicked(qint64 roadId);
  void nothingPicked();

private:
  QgsVectorLayer *mRoads;
};

} // namespace onemap
