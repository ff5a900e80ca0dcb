#pragma once
// \brief Symbols of the transfer layers: routes, cut roads (red, dashed,
// crossed), shelter balance by shortfall, tracking (red = lagging),
// coverage (covered area, uncovered villages hatched).
class QgsVectorLayer;

namespace onemap::TransferLayerStyles {

void routes(QgsVectorLayer *layer);
void cutRoads(QgsVectorLayer *layer);
void balance(QgsVectorLayer *layer);
void tracking(QgsVectorLayer *layer);
void covered(QgsVectorLayer *layer);
void uncovered(QgsVectorLayer *layer);

} // namespace onemap::TransferLayerStyles
