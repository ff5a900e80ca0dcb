#pragma once
// \brief The atlas: one page per township (or village) from a sheet template
// (SheetTemplates), the map zoomed to the unit with a margin, the other units dimmed by
// a mask layer, the unit's name in the title and its statistics in the table.
//
// What runs in parallel (jobs > 1): only the map images. QGIS layouts and
// projects must stay on the main thread (QGIS's own layout-export algorithms
// are flagged FlagNoThreading), so the main thread sets up each page and
// starts a QgsMapRendererCustomPainterJob for its map (layer renderers are
// prepared on the main thread, as QGIS does for every map job); the job
// renders layers and labels in a worker thread into an image at the export
// DPI, up to `jobs` pages ahead. The main thread composes and writes the
// pages in order, the map item hidden and its image drawn in its place, made
// as QgsLayoutItemMap::paint makes it (PNG pages match within antialiased
// edges). With jobs = 1 the layout draws its map itself: vector in PDF and
// SVG; with jobs > 1 their map is an image at the DPI.
#include "AtlasUnits.h"
#include "store/Result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QgsGeometry;
class QgsLayoutItemMap;
class QgsPrintLayout;
class QgsProject;
class QgsRectangle;

namespace onemap {

struct AtlasOptions
{
  QString storePath;
  //! One multi-page .pdf; or, with separate (always for png/svg), a folder
  //! that gets one file per page named <code>_<name>.<format>.
  QString outPath;
  QString level = QStringLiteral("township"); //!< township or village
  QString townshipCode;                       //!< only this township's villages (or this township)
  QString templateName = QStringLiteral("A4-landscape"); //!< SheetTemplates::names(), or a user's
  QString format = QStringLiteral("pdf");     //!< pdf, png or svg
  int dpi = 300;
  int jobs = 1;                               //!< map images rendered at once; 1 = sequential
  bool separate = false;
  double margin = 0.08;                       //!< around the unit, share of its larger side
  //! Called before each page (done, total); return false to cancel.
  std::function<bool(int, int)> progress;

  //! Checks level, format, dpi, jobs and the output place; one message naming what is wrong.
  Status validate() const;
  bool writesFolder() const { return separate || format != QLatin1String("pdf"); }
};

class TownshipAtlas
{
public:
  //! Makes the page layout on the project; default: SheetTemplates::load.
  using LayoutFactory = std::function<Result<std::unique_ptr<QgsPrintLayout>>(QgsProject *, const QString &templateName)>;

  explicit TownshipAtlas(AtlasOptions options, LayoutFactory factory = {});
  ~TownshipAtlas();
  TownshipAtlas(const TownshipAtlas &) = delete;
  TownshipAtlas &operator=(const TownshipAtlas &) = delete;

  //! Loads the store's layers, the units and the layout.
  Status open();
  int count() const;
  const AtlasUnit &unit(int page) const;
  //! Shows page \a page: map extent, mask, title and table.
  Status setPage(int page);
  //! The unit's boundary in the map's CRS.
  QgsGeometry unitGeometry(int page) const;

  QgsProject *project() const;
  QgsPrintLayout *layout() const;
  QgsLayoutItemMap *map() const;

  //! Writes every page; returns the files written. On failure or cancel no
  //! output file (nor part of one) is left.
  Result<QStringList> write();

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace onemap
