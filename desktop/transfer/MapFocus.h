#pragma once
// \brief Brings a place into view on the board: zooms the canvas to a
// geometry given in CGCS2000 (with a margin, never closer than a few hundred
// metres) and flashes it.
class QgsGeometry;
class QgsMapCanvas;
class QgsProject;

namespace onemap::MapFocus {

//! False when \a geometry is empty or cannot be projected onto the canvas.
bool show(QgsMapCanvas *canvas, const QgsProject *project, const QgsGeometry &geometry);

} // namespace onemap::MapFocus
