#pragma once
// \brief The transfer list (转移避险清单) as files for other offices: CSV
// (one row per assignment, with its township) and an XLSX workbook (a summary
// sheet, then one sheet per township). Text is kept as text: formula-looking
// names are disarmed in the CSV and are plain string cells in the workbook.
#include "export/SheetFiles.h"
#include "transfer/TransferPlans.h"

namespace onemap {

namespace TransferListFiles {

//! The CSV: township code and name, then the columns of rowCells().
Sheet csvSheet(const QVector<TownshipTransferList> &townships);
//! The summary sheet: one row per township, then the county total.
Sheet summarySheet(const QVector<TownshipTransferList> &townships);
//! One township's sheet: its rows, then its total.
Sheet townshipSheet(const TownshipTransferList &township);

} // namespace TransferListFiles

//! One row per assignment (CSV, UTF-8 with BOM). \a outPath ends in .csv.
Status writeTransferListCsv(const QVector<TownshipTransferList> &townships, const QString &outPath);
//! Summary sheet then one sheet per township. \a outPath ends in .xlsx.
Status writeTransferListXlsx(const TransferPlan &plan, const QVector<TownshipTransferList> &townships, const QString &outPath);

} // namespace onemap
