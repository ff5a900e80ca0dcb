#pragma once
// \brief A warning's call sheet as an Excel workbook (GDAL's XLSX driver):
// sheet "calls" with one row per call, sheet "townships" with the counts.
// Written to "<name>.part.xlsx" and renamed, so a failed export leaves nothing.
#include "CallList.h"

#include <functional>

namespace onemap {

struct CallSheetLabels
{
  //! Readable role (disaster_responsible -> 包保责任人); empty function = the code.
  std::function<QString(const QString &role)> role;
};

class CallSheetXlsx
{
public:
  //! The column headers of the calls sheet, in order.
  static QStringList headers();
  //! The cells of one call as written.
  static QStringList cells(const CallRow &row, const CallSheetLabels &labels);
  //! Writes \a sheet to \a outPath (.xlsx).
  static Status write(const CallSheet &sheet, const QString &outPath, const CallSheetLabels &labels = {});
};

} // namespace onemap
