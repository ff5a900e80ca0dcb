#pragma once
// The board's map calls the board test needs, in a translation unit of their
// own: the board's LayerStyle enum (map/MapLayerSpec.h) and the plugin API's
// LayerStyle struct cannot meet in one file.
#include "store/Result.h"

#include <qgsrectangle.h>

class QgsProject;
class QgsVectorLayer;

namespace onemap::testing::BoardMap {

Status load(const QString &storePath, QgsProject *project);
QgsVectorLayer *layer(const QgsProject *project, const QString &specId);
QgsRectangle countyExtent(const QgsProject *project);

} // namespace onemap::testing::BoardMap
