#pragma once
// \brief Symbols of the board's own transfer layers: cut roads (red, dashed,
// crossed) and tracking (red = lagging). Routes, balance and coverage use
// TransferStyles, shared with the exports.
class QgsVectorLayer;

namespace onemap::TransferLayerStyles {

void cutRoads(QgsVectorLayer *layer);
void tracking(QgsVectorLayer *layer);

} // namespace onemap::TransferLayerStyles
