#pragma once
// \brief Tables of text and numbers to the files people open in Excel: CSV
// (UTF-8 with BOM, CRLF, formula-looking text disarmed) and XLSX workbooks of
// one or more sheets (GDAL's XLSX driver, every text a plain string cell).
// Both are written beside the target and renamed, so a failed export leaves
// nothing under the final name.
#include "store/Result.h"

#include <QStringList>
#include <QVector>

namespace onemap {

enum class CellKind { Text, Integer, Real };

struct Sheet
{
  QString name;            //!< XLSX sheet name (made safe and unique on writing)
  QString title;           //!< CSV only: a line above the headers, when set
  QStringList headers;
  QVector<CellKind> kinds; //!< per column; missing columns are text
  QVector<QStringList> rows; //!< cells as text; numbers in C locale ("12", "3.5"); empty = blank
};

namespace SheetFiles {

//! One CSV cell: text starting with = + - @ (a formula in Excel) gets a
//! leading apostrophe; commas, quotes and line breaks are quoted.
QString csvCell(const QString &text, CellKind kind);
//! \a wanted without []:*?/\ and cut to 31 characters, different from \a taken.
QString sheetName(const QString &wanted, const QStringList &taken);

//! Writes \a sheet as CSV to \a outPath (.csv).
Status writeCsv(const Sheet &sheet, const QString &outPath);
//! Writes \a sheets, in order, as one workbook to \a outPath (.xlsx).
Status writeXlsx(const QVector<Sheet> &sheets, const QString &outPath);

} // namespace SheetFiles

} // namespace onemap
