#pragma once
// \brief A county map sheet on one of the layout templates (SheetTemplates):
// title, map of the visible layers zoomed to the county, legend of what is
// drawn, scale bar, north arrow, CRS note, date, issuer and data-source note.
#include "MapSheetOptions.h"

#include <memory>

class QgsPrintLayout;
class QgsProject;

namespace onemap {

struct SheetText;

class MapSheet
{
public:
  //! Builds the layout for \a project (the board's layers, as shown); fails
  //! naming the template when it cannot be loaded.
  static Result<std::unique_ptr<QgsPrintLayout>> build(QgsProject *project, const MapSheetOptions &options);
  //! The sheet's words for \a project: options' text, else the county's defaults.
  static SheetText text(QgsProject *project, const MapSheetOptions &options);
  //! Builds and writes the sheet to options.outPath.
  static Status exportTo(QgsProject *project, const MapSheetOptions &options);
};

} // namespace onemap
