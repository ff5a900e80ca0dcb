#pragma once
// QGIS 3.22 styles (.qml text) for the drought tables: water sources by kind,
// drought levels as a yellow-to-dark-red fill by level.
#include "api/HazardPlugin.h"

namespace onemap::drought {

QVector<LayerStyle> droughtLayerStyles();

} // namespace onemap::drought
