#pragma once
// \brief One ledger, filtered, to a file people open in Excel: CSV (UTF-8 with
// BOM, CRLF, so Chinese Excel reads it cleanly) or XLSX (GDAL's XLSX driver).
// Written to "<out>.part" ("<name>.part.xlsx") and renamed, so a half-written file never carries
// the final name.
#include "LedgerFilter.h"
#include "store/Result.h"

#include <functional>

namespace onemap {

class Store;

struct LedgerLabels
{
  //! Header for a column (id, fields, lon, lat); empty function = the column name.
  std::function<QString(const QString &column)> field;
  //! Readable form of a coded value; empty function = the code ("1"/"0" -> yes/no).
  std::function<QString(const QString &column, const QString &code)> value;
};

struct LedgerExportOptions
{
  QString outPath;     //!< .csv or .xlsx
  QString sheetName;   //!< XLSX sheet; default the table name
  LedgerLabels labels;
};

class LedgerExport
{
public:
  //! The column keys in order: id, the spec's fields, then lon/lat for points
  //! (or geom as WKT for other geometries).
  static QStringList columns(const TableSpec &spec);
  //! The rows the filter selects, as the cells written (labels applied).
  static QVector<QStringList> rows(const Store &store, const TableSpec &spec, const LedgerFilter &filter,
                                   const LedgerLabels &labels);

  //! Writes the file; returns the number of data rows.
  static Result<int> write(const Store &store, const TableSpec &spec, const LedgerFilter &filter,
                           const LedgerExportOptions &options);
};

} // namespace onemap
