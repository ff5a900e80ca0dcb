#include "BoardMap.h"

#include "map/StoreMapLayers.h"

namespace onemap::testing::BoardMap {

Status load(const QString &storePath, QgsProject *project) { return StoreMapLayers::load(storePath, project); }
QgsVectorLayer *layer(const QgsProject *project, const QString &specId) { return StoreMapLayers::layer(project, specId); }
QgsRectangle countyExtent(const QgsProject *project) { return StoreMapLayers::countyExtent(project); }

} // namespace onemap::testing::BoardMap
