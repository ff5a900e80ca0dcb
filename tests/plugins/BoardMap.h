#pragma once
// The board's map calls the board test needs: loading a store's layers and
// finding one of them by its spec id.
#include "store/Result.h"

#include <qgsrectangle.h>

class QgsProject;
class QgsVectorLayer;

namespace onemap::testing::BoardMap {

Status load(const QString &storePath, QgsProject *project);
QgsVectorLayer *layer(const QgsProject *project, const QString &specId);
QgsRectangle countyExtent(const QgsProject *project);

} // namespace onemap::testing::BoardMap
