#pragma once
// \brief A county map sheet: print layout with title, map, legend of the
// visible layers, scale bar, north arrow, date, issuer and data-source note.
#include "MapSheetOptions.h"

#include <memory>

class QgsPrintLayout;
class QgsProject;

namespace onemap {

class MapSheet
{
public:
  //! Builds the layout for \a project (the board's layers, as shown).
  static std::unique_ptr<QgsPrintLayout> build(QgsProject *project, const MapSheetOptions &options);
  //! Builds and writes the sheet to options.outPath.
  static Status exportTo(QgsProject *project, const MapSheetOptions &options);
};

} // namespace onemap
