#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export project --store FILE --out X.qgz|X.qgs [--extent xmin,ymin,xmax,ymax]`:
//! the board's map as a QGIS project (see export/project/ProjectExport.h); the
//! extent is in the map's projection (the county's Gauss-Kruger zone).
//! \a arguments as for runExport ("onemap", "export", "project", ...).
int runExportProject(const QStringList &arguments);
} // namespace onemap
