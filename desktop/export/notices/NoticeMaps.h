#pragma once
// \brief Maps on the notices: a project over the store with the base layers
// styled as on the board, plus the notice's own overlays (its hidden dangers,
// a highlight ring, an outlined unit), and map frames fitted to an extent.
#include <QList>
#include <QRectF>
#include <memory>

class QgsLayout;
class QgsLayoutItemMap;
class QgsMapLayer;
class QgsProject;
class QgsRectangle;
class QgsVectorLayer;

namespace onemap::NoticeMaps {

//! County, townships, villages, roads and rivers of \a storePath, in the
//! Gauss-Kruger zone of \a lon. Null when the store cannot be drawn.
std::unique_ptr<QgsProject> baseProject(const QString &storePath, double lon);

//! The store's hidden dangers with these ids, in the board's symbols.
QgsVectorLayer *addDangers(QgsProject *project, const QString &storePath, const QList<qint64> &ids);
//! A red ring around each hidden danger of \a ids.
QgsVectorLayer *addHighlight(QgsProject *project, const QString &storePath, const QList<qint64> &ids);
//! The boundary of administrative unit \a id drawn in red.
QgsVectorLayer *addOutline(QgsProject *project, const QString &storePath, qint64 id);
//! The base layer with spec id \a id (county, townships, villages, roads, rivers).
QgsVectorLayer *base(QgsProject *project, const QString &id);

//! Another copy of base layer \a id without labels, for small overview maps.
QgsVectorLayer *addPlain(QgsProject *project, const QString &storePath, const QString &id);

//! Extent of \a layer in the project CRS.
QgsRectangle extentOf(const QgsProject *project, const QgsVectorLayer *layer);

//! A framed map at \a mm on page \a page showing \a layers (first on top) over \a extent.
QgsLayoutItemMap *frame(QgsLayout *layout, const QRectF &mm, const QList<QgsMapLayer *> &layers, const QgsRectangle &extent,
                        int page = 0);

} // namespace onemap::NoticeMaps
