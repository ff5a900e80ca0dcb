#pragma once
// QGIS 3.22 styles of the plugin's tables.
#include "api/HazardPlugin.h"

namespace onemap::snowfreeze {

QVector<LayerStyle> snowLayerStyles();

} // namespace onemap::snowfreeze
