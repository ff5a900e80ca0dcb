#pragma once
// \brief The 七情统计日报 as an A4 landscape PDF: red title with county, set and
// date, a table of townships x fields (fields grouped under their situation,
// the county total row in bold), the notes, and the signature line. Drawn
// with QPainter on QPdfWriter: the grouped two-row header and wrapped field
// labels need more control than a layout table gives. Text stays text.
#include "statistics/DailyReport.h"
#include "store/Result.h"

namespace onemap::DailyReportPdf {

//! Writes \a report to \a outPath (.pdf), beside it first, then renamed.
Status write(const DailyReport &report, const QString &outPath);

} // namespace onemap::DailyReportPdf
