#pragma once
// QGIS 3.22 .qml styles (with legend titles) for the flood tables.
#include "api/HazardPlugin.h"

namespace onemap::flood {

//! flood_zones (fill by kind), flood_gullies (dashed brown line) and
//! flood_reservoirs (blue square). flood_gauge_levels has no geometry: its
//! levels show on the board's river-level stations.
QVector<LayerStyle> layerStyles();

} // namespace onemap::flood
