#pragma once
// \brief The day's statistics as files for other offices: CSV (UTF-8 with a
// BOM so Excel reads the Chinese) and an Excel workbook through GDAL's XLSX
// driver. Both hold the township rows, the county total row and the notes.
// Each is written beside the target and renamed, so a failed export leaves nothing.
#include "DailyReport.h"
#include "export/SheetFiles.h"
#include "store/Result.h"

namespace onemap::DailyReportFiles {

//! Header cells of both files: township code, township, each field's label, notes.
QStringList headers(const DailyReport &report);
//! The rows of both files: one per township, then the total row.
QVector<QStringList> rows(const DailyReport &report);

//! Both files' content: title (CSV), headers, rows; values as real numbers.
Sheet sheet(const DailyReport &report);

Status writeCsv(const DailyReport &report, const QString &outPath);
Status writeXlsx(const DailyReport &report, const QString &outPath);

} // namespace onemap::DailyReportFiles
