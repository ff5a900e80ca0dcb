#pragma once
// \brief The current map as a QGIS project (.qgz or .qgs), so analysts open
// the same layers, styles, labels, groups, visibility and order in QGIS Desktop.
//
// The board's project is never touched: its layer tree and layers go through
// a layer definition (QLR) document into a new QgsProject, which is written.
// Store layers keep the spatialite provider over the store, referenced by a
// relative path when the store is beside or below the project's folder
// (absolute otherwise). Memory layers (plots, transfer routes, event rings)
// are copied into a GeoPackage beside the project, "<name>.gpkg", one table
// each, so the project needs nothing of the board. The board's own expression
// functions (onemap_*) are replaced by plain QGIS expressions. Layers outside
// the layer tree (helpers such as the road graph) are left out.
#include "store/Result.h"

#include <QString>
#include <QStringList>

class QgsFeedback;
class QgsProject;
class QgsRectangle;

namespace onemap {

//! What was written.
struct ProjectExportSummary
{
  int layers = 0;             //!< layers in the written project
  QStringList copied;         //!< memory layers copied into layersFile
  QString layersFile;         //!< the GeoPackage beside the project; empty if none was needed
  bool storeRelative = false; //!< store referenced by a relative path
};

namespace ProjectExport {

//! Checks the suffix (.qgz or .qgs) and that the folder is writable.
Status validate(const QString &outPath);
//! The GeoPackage written beside \a outPath for memory layers (X.qgz -> X.gpkg).
QString layersFileFor(const QString &outPath);

//! Writes \a board's layers as a new project to \a outPath, showing \a extent
//! (in \a board's CRS; empty: the county) in the board's CRS, titled by the
//! county. Temporary files are renamed at the end; a failure or a cancel
//! through \a feedback leaves nothing.
Result<ProjectExportSummary> write(const QgsProject *board, const QString &outPath, const QgsRectangle &extent,
                                   QgsFeedback *feedback = nullptr);

} // namespace ProjectExport
} // namespace onemap
