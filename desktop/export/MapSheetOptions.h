#pragma once
// \brief What a map sheet export is asked for, checked before any work starts.
#include "store/Result.h"

#include <QString>

namespace onemap {

struct MapSheetOptions
{
  QString outPath;                 //!< .pdf or .png
  QString paper = QStringLiteral("A4");             //!< A4 or A3
  QString orientation = QStringLiteral("landscape"); //!< landscape or portrait
  int dpi = 300;
  QString title;                   //!< empty: "<county> emergency situation map"
  QString issuer;                  //!< empty: "<county> emergency management bureau"

  //! Checks paper, orientation, dpi, format and that the output folder is writable.
  Status validate() const;
  bool isPdf() const;
};

} // namespace onemap
