#pragma once
// \brief The map-sheet templates: QGIS layout templates (.qpt) shipped in
// resources/templates, one per paper and orientation (A4/A3, portrait/
// landscape), each with items found by id:
//
//   title, subtitle, map, legend, scalebar, north, crs, date, issuer, source
//   (labels and frames), and table (a manual table; hidden when a sheet has
//   no statistics).
//
// A user edits a template in QGIS Desktop and saves it under the same name in
// the user's template folder (<AppData>/templates, or $ONEMAP_TEMPLATE_PATH):
// that file is used instead of the shipped one. A template missing an item the
// sheet needs fails with a message naming the file and the item id.
#include "store/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QgsLayoutItemMap;
class QgsPrintLayout;
class QgsProject;
class QgsRectangle;

namespace onemap {

//! What a sheet says besides its map.
struct SheetText
{
  QString title;
  QString subtitle;
  QString date;      //!< e.g. 2026年12月7日; empty: today, in the UI language
  QString issuer;    //!< e.g. 示范县应急管理局
  QString source;    //!< data-source note
  QString crsNote;   //!< empty: "CGCS2000 (EPSG:4490)" plus the map's projection
  //! The statistics table beside the map; no headers = no table (item hidden).
  QStringList tableHeaders;
  QList<QStringList> tableRows;
  QString legendTitle; //!< empty: the template's own legend title (图例)
};

//! How a sheet is written.
struct SheetFormat
{
  enum class Kind { Pdf, Png, Svg };
  Kind kind = Kind::Pdf;
  int dpi = 300;                 //!< PNG (and rasterised parts of a PDF)
  bool georeferenced = false;    //!< PDF: write the map's georeference (GeoPDF)

  //! From a file name's suffix (.pdf, .png, .svg); fails naming the file otherwise.
  static Result<SheetFormat> fromPath(const QString &path, int dpi = 300);
};

namespace SheetTemplates {

//! Built-in names: "A4-landscape", "A4-portrait", "A3-landscape", "A3-portrait".
QStringList names();
//! The folder the user's edited templates are read from.
QString userFolder();
//! The .qpt used for \a name: the user's copy when there is one, else the shipped one.
QString pathOf(const QString &name);

//! Loads template \a name into a new layout on \a project; fails naming the
//! file when it is missing or not a layout template, or lacks an item.
Result<std::unique_ptr<QgsPrintLayout>> load(const QString &name, QgsProject *project);
//! Shows \a extent (in the map's CRS) in \a map, grown to the item's shape;
//! the item keeps the template's size.
void zoomTo(QgsLayoutItemMap *map, const QgsRectangle &extent);
//! The layout's map item ("map").
QgsLayoutItemMap *map(QgsPrintLayout *layout);
//! Puts \a text into the layout's items; hides the table when it has no headers.
//! The legend lists only the layers drawn in the map (visible, in its extent).
void fill(QgsPrintLayout *layout, const SheetText &text);

//! Writes every page of \a layout to \a outPath (one file; PNG/SVG pages
//! beyond the first get "-2", "-3"... before the suffix). Writes to a
//! temporary name and renames, so a failure leaves no half-written file.
Status write(QgsPrintLayout *layout, const QString &outPath, const SheetFormat &format);

} // namespace SheetTemplates
} // namespace onemap
