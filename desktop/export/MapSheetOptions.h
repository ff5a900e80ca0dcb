#pragma once
// \brief What a map sheet export is asked for, checked before any work starts.
#include "store/Result.h"

#include <QString>

namespace onemap {

struct MapSheetOptions
{
  QString outPath;                 //!< .pdf, .png or .svg
  QString paper = QStringLiteral("A4");             //!< A4 or A3
  QString orientation = QStringLiteral("landscape"); //!< landscape or portrait
  int dpi = 300;
  QString title;                   //!< empty: "<county> emergency situation map"
  QString subtitle;                //!< empty: none
  QString issuer;                  //!< empty: "<county> emergency management bureau"
  QString source;                  //!< data-source note; empty: the county's situation store
  //! Layout template: a name (SheetTemplates::names(), or one in the user's
  //! template folder) or a .qpt path; empty: "<paper>-<orientation>".
  QString templateName;
  bool georeferenced = false;      //!< PDF: write the map's georeference

  //! Checks paper, orientation, dpi, format and that the output folder is writable.
  Status validate() const;
  bool isPdf() const;
  //! The template to load: templateName, or "<paper>-<orientation>".
  QString layoutTemplate() const;
};

} // namespace onemap
