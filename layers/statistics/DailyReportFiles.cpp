#include "DailyReportFiles.h"

#include <QCoreApplication>

namespace onemap::DailyReportFiles {

QStringList headers(const DailyReport &report)
{
  QStringList h {QCoreApplication::translate("onemap::Statistics", "Township code"), QCoreApplication::translate("onemap::Statistics", "Township")};
  for (const StatisticField &f : report.fields)
    h << f.label;
  h << QCoreApplication::translate("onemap::Statistics", "Notes");
  return h;
}

QVector<QStringList> rows(const DailyReport &report)
{
  QVector<QStringList> out;
  for (int t = 0; t < report.townships.size(); ++t) {
    QStringList cells {report.townships[t].code, report.townships[t].name};
    for (int f = 0; f < report.fields.size(); ++f)
      cells << report.cellText(t, f);
    cells << report.notes.value(t).join(QStringLiteral("; "));
    out << cells;
  }
  QStringList total {QString(), QCoreApplication::translate("onemap::Statistics", "County total")};
  for (int f = 0; f < report.fields.size(); ++f)
    total << report.totalText(f);
  total << QString();
  out << total;
  return out;
}

Sheet sheet(const DailyReport &report)
{
  Sheet out;
  // Named for the set and day, e.g. "rain 2025-06-20"; the CSV's first line is the title.
  out.name = QStringLiteral("%1 %2").arg(report.set, report.date.toString(Qt::ISODate));
  out.title = report.title();
  out.headers = headers(report);
  // Codes stay text (leading digits); values are real numbers so Excel can add them.
  for (int i = 0; i < out.headers.size(); ++i)
    out.kinds << (i >= 2 && i < out.headers.size() - 1 ? CellKind::Real : CellKind::Text);
  out.rows = rows(report);
  return out;
}

Status writeCsv(const DailyReport &report, const QString &outPath) { return SheetFiles::writeCsv(sheet(report), outPath); }

Status writeXlsx(const DailyReport &report, const QString &outPath) { return SheetFiles::writeXlsx({sheet(report)}, outPath); }

} // namespace onemap::DailyReportFiles
