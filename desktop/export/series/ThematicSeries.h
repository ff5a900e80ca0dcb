#pragma once
// \brief The thematic series of the county report (ThemeCatalog): one sheet
// per theme through SheetTemplates, each showing only its theme's layers,
// with its table by township. One file per theme in a folder (stable names,
// e.g. 01-风险普查区划.pdf), or one multi-page PDF. Progress and cancel for
// the dialog; files are written whole or not at all.
#include "ThemeCatalog.h"
#include "export/layout/SheetTemplates.h"

#include <functional>
#include <memory>

class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

namespace onemap {

struct SeriesOptions
{
  QString storePath;
  //! A folder (created when missing; one file per theme), or a .pdf file (one page per theme).
  QString outPath;
  QString templateName = QStringLiteral("A4-landscape");
  SheetFormat::Kind format = SheetFormat::Kind::Pdf; //!< per-theme files in a folder
  int dpi = 300;
  QStringList themes; //!< theme ids in any order (written in catalog order); empty: all
  QString date;       //!< empty: today (SheetTemplates)
  QString issuer;     //!< empty: "<county> Emergency Management Bureau"

  bool singleFile() const;
  //! The themes asked for, in catalog order.
  QVector<const Theme *> selected() const;
  //! Checks themes, template, dpi and the output path; nothing is written.
  Status validate() const;
};

//! Called after each sheet (done of total; also 0 before the first); return false to stop.
using SeriesProgress = std::function<bool(int done, int total)>;

struct SeriesResult
{
  QStringList files; //!< written, complete
  bool cancelled = false;
};

namespace ThematicSeries {

//! Shows \a theme's board layers (and \a extra, when given) in \a project's
//! layer tree, hides every other layer; returns the layers to draw, top first.
QList<QgsMapLayer *> showTheme(QgsProject *project, const Theme &theme, QgsMapLayer *extra = nullptr);

//! The layer \a theme adds (e.g. the walking coverage), added to \a project
//! (not to its layer tree); null when the theme adds none. Fails naming the theme.
Result<QgsMapLayer *> extraLayer(QgsProject *project, Store &store, const Theme &theme);

//! The sheet of \a theme over \a project (StoreMapLayers loaded), filled and
//! ready to write. Changes the layer tree's visibility to the theme's.
Result<std::unique_ptr<QgsPrintLayout>> sheet(QgsProject *project, Store &store, const Theme &theme, const SeriesOptions &options);

//! Writes the series. Validates first; on cancel, the files finished stay
//! and a multi-page PDF is not written at all.
Result<SeriesResult> write(const SeriesOptions &options, const SeriesProgress &progress = {});

} // namespace ThematicSeries
} // namespace onemap
