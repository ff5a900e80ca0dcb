#pragma once
// QGIS 3.22 .qml styles and legend titles of the fire_ tables.
#include "api/HazardPlugin.h"

namespace onemap::forestfire {

QVector<LayerStyle> fireLayerStyles();

} // namespace onemap::forestfire
