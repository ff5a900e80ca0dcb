#include "DailyReportPdf.h"

#include "export/notices/NoticeLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace onemap::DailyReportPdf {

namespace {

constexpr int kDpi = 300;
constexpr double kPageW = 297, kPageH = 210; // A4 landscape, mm
constexpr double kLeft = 12, kRight = kPageW - 12;
constexpr double kTableTop = 34, kBottom = 192;
constexpr double kTownshipW = 26;
constexpr double kMinFieldW = 11;
constexpr double kPoint = 7.5;
const QColor kRed(200, 16, 16);
const QColor kGrey(90, 90, 90);
const QColor kTotalFill(235, 235, 235);
const QColor kGroupFill(246, 240, 230);

double px(double mm) { return mm * kDpi / 25.4; }
QRectF rectMm(double x, double y, double w, double h) { return QRectF(px(x), px(y), px(w), px(h)); }


// The runs a line may not break inside: Latin words; each CJK character
// stands alone (Chinese wraps between any two characters).
QStringList unbreakable(const QString &text)
{
  QStringList runs;
  QString run;
  for (const QChar c : text) {
    const bool cjk = c.unicode() >= 0x2E80;
    if (c.isSpace() || cjk) {
      if (!run.isEmpty())
        runs << run;
      run.clear();
      if (cjk)
        runs << QString(c);
    } else {
      run += c;
    }
  }
  if (!run.isEmpty())
    runs << run;
  return runs;
}

class Sheet
{
public:
  Sheet(QPainter &p, const DailyReport &r) : mP(p), mR(r) {}

  // Height (mm) \a text needs wrapped in \a widthMm at \a point.
  double textHeight(const QString &text, double widthMm, double point, bool bold = false) const
  {
    QFont f = NoticeLayout::font(point, bold);
    const QFontMetricsF m(f, mP.device());
    const QRectF r = m.boundingRect(QRectF(0, 0, px(widthMm), 1e6), Qt::TextWordWrap | Qt::AlignHCenter, text);
    return r.height() * 25.4 / kDpi;
  }

  void text(const QString &s, const QRectF &mm, double point, bool bold = false, const QColor &colour = Qt::black,
            int flags = Qt::AlignLeft | Qt::AlignVCenter)
  {
    mP.setFont(NoticeLayout::font(point, bold));
    mP.setPen(colour);
    mP.drawText(rectMm(mm.x(), mm.y(), mm.width(), mm.height()), flags | Qt::TextWordWrap, s);
  }

  void cell(const QRectF &mm, const QString &s, double point, bool bold, int flags, const QColor &fill = QColor())
  {
    const QRectF r = rectMm(mm.x(), mm.y(), mm.width(), mm.height());
    if (fill.isValid())
      mP.fillRect(r, fill);
    mP.setPen(QPen(QColor(80, 80, 80), px(0.25)));
    mP.drawRect(r);
    text(s, mm.adjusted(0.8, 0.3, -0.8, -0.3), point, bold, Qt::black, flags);
  }

  void heading(int page, int pages)
  {
    const QString title = QCoreApplication::translate("onemap::DailyReportPdf", "%1 Daily Statistics of the Seven Situations (%2)")
                            .arg(mR.countyName, StatisticFields::setLabel(mR.set));
    text(title, QRectF(kLeft, 9, kRight - kLeft, 10), 17, true, kRed, Qt::AlignHCenter | Qt::AlignVCenter);
    int reporting = 0;
    for (const auto &row : mR.values)
      reporting += std::any_of(row.begin(), row.end(), [](const std::optional<double> &v) { return v.has_value(); }) ? 1 : 0;
    const QString facts = QCoreApplication::translate("onemap::DailyReportPdf", "Report date: %1    Statistic set: %2    Townships reporting: %3 of %4    Values: %5")
                            .arg(mR.date.toString(Qt::ISODate), StatisticFields::setLabel(mR.set)).arg(reporting).arg(mR.townships.size()).arg(mR.entered());
    text(facts, QRectF(kLeft, 21, kRight - kLeft, 6), 9.5, false, Qt::black);
    mP.setPen(QPen(kRed, px(0.6)));
    mP.drawLine(QPointF(px(kLeft), px(28.5)), QPointF(px(kRight), px(28.5)));
    text(QCoreApplication::translate("onemap::DailyReportPdf", "Page %1 of %2").arg(page).arg(pages), QRectF(kLeft, 199, kRight - kLeft, 5), 8, false, kGrey,
         Qt::AlignHCenter | Qt::AlignVCenter);
    text(QCoreApplication::translate("onemap::DailyReportPdf", "County disaster prevention, mitigation and relief office · printed %1")
           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
         QRectF(kLeft, 199, kRight - kLeft, 5), 8, false, kGrey, Qt::AlignRight | Qt::AlignVCenter);
  }

  // The size at which every word of \a text fits in \a widthMm: a wrapped
  // label may break between words (or CJK characters), never inside a word.
  double labelPoint(const QString &text, double widthMm) const
  {
    double point = kPoint - 0.5;
    for (; point > 4.5; point -= 0.25) {
      const QFontMetricsF m(NoticeLayout::font(point, true), mP.device());
      bool fits = true;
      for (const QString &word : unbreakable(text))
        fits = fits && m.horizontalAdvance(word) <= px(widthMm);
      if (fits)
        break;
    }
    return point;
  }

  // The header of fields [first, last): group row, then the labels. Returns its bottom.
  double header(int first, int last, double fieldW, double y)
  {
    QVector<double> points;
    double labelH = 0;
    for (int f = first; f < last; ++f) {
      points << labelPoint(mR.fields[f].label, fieldW - 1.6);
      labelH = std::max(labelH, textHeight(mR.fields[f].label, fieldW - 1.6, points.last(), true));
    }
    labelH += 1.4;
    double groupH = 0;
    for (int f = first; f < last; ++f) {
      int n = 0;
      for (int g = first; g < last; ++g)
        n += mR.fields[g].group == mR.fields[f].group ? 1 : 0;
      groupH = std::max(groupH, textHeight(mR.fields[f].group, fieldW * n - 1.6, kPoint, true));
    }
    groupH += 1.4;
    cell(QRectF(kLeft, y, kTownshipW, groupH + labelH), QCoreApplication::translate("onemap::DailyReportPdf", "Township"), kPoint, true, Qt::AlignCenter, kGroupFill);
    double x = kLeft + kTownshipW;
    for (int f = first; f < last;) {
      int end = f;
      while (end < last && mR.fields[end].group == mR.fields[f].group)
        ++end;
      cell(QRectF(x, y, fieldW * (end - f), groupH), mR.fields[f].group, kPoint, true, Qt::AlignCenter, kGroupFill);
      for (int g = f; g < end; ++g)
        cell(QRectF(x + fieldW * (g - f), y + groupH, fieldW, labelH), mR.fields[g].label, points[g - first], true, Qt::AlignCenter, kGroupFill);
      x += fieldW * (end - f);
      f = end;
    }
    return y + groupH + labelH;
  }

  double row(const QString &name, const QVector<QString> &cells, int first, int last, double fieldW, double y, bool total)
  {
    const double h = 6;
    const QColor fill = total ? kTotalFill : QColor();
    cell(QRectF(kLeft, y, kTownshipW, h), NoticeLayout::fit(name, kTownshipW - 1.6, kPoint, 1, total), kPoint, total, Qt::AlignLeft | Qt::AlignVCenter, fill);
    for (int f = first; f < last; ++f)
      cell(QRectF(kLeft + kTownshipW + fieldW * (f - first), y, fieldW, h), cells.value(f), kPoint, total, Qt::AlignRight | Qt::AlignVCenter, fill);
    return y + h;
  }

private:
  QPainter &mP;
  const DailyReport &mR;
};

// Field columns per table: as many as fit at the narrowest readable width.
QVector<QPair<int, int>> chunks(int fields)
{
  const int per = std::max(1, static_cast<int>((kRight - kLeft - kTownshipW) / kMinFieldW));
  QVector<QPair<int, int>> out;
  for (int first = 0; first < fields; first += per)
    out << qMakePair(first, std::min(fields, first + per));
  if (out.isEmpty())
    out << qMakePair(0, 0);
  return out;
}

} // namespace

Status write(const DailyReport &report, const QString &outPath)
{
  if (Status s = NoticeLayout::checkOutPath(outPath); !s)
    return s;
  const QFileInfo target(outPath);
  const QString partial = target.dir().filePath(target.completeBaseName() + QStringLiteral(".part.pdf"));
  QFile::remove(partial);

  // Pages: each chunk of columns runs over as many pages as its rows need.
  constexpr double kRowH = 6;
  const QVector<QPair<int, int>> parts = chunks(report.fields.size());
  struct PageSpec { int chunk; int firstRow; int rows; bool last; };
  QVector<PageSpec> pages;
  const int allRows = report.townships.size() + 1; // + the total row
  const int perPage = std::max(1, static_cast<int>((kBottom - kTableTop - 24) / kRowH));
  for (int c = 0; c < parts.size(); ++c)
    for (int r = 0; r < allRows; r += perPage)
      pages << PageSpec {c, r, std::min(perPage, allRows - r), false};
  pages.last().last = true;

  {
    QPdfWriter pdf(partial);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setTitle(report.title());
    pdf.setCreator(QStringLiteral("OneMap"));
    QPainter painter;
    if (!painter.begin(&pdf))
      return Status::failure(QCoreApplication::translate("onemap::DailyReportPdf", "cannot write %1").arg(outPath));
    Sheet sheet(painter, report);
    for (int p = 0; p < pages.size(); ++p) {
      if (p > 0)
        pdf.newPage();
      const PageSpec &spec = pages[p];
      sheet.heading(p + 1, pages.size());
      const int first = parts[spec.chunk].first, last = parts[spec.chunk].second;
      const double fieldW = std::min(30.0, (kRight - kLeft - kTownshipW) / std::max(1, last - first));
      double y = sheet.header(first, last, fieldW, kTableTop);
      for (int r = spec.firstRow; r < spec.firstRow + spec.rows; ++r) {
        const bool total = r == report.townships.size();
        QVector<QString> cells;
        for (int f = 0; f < report.fields.size(); ++f)
          cells << (total ? report.totalText(f) : report.cellText(r, f));
        y = sheet.row(total ? QCoreApplication::translate("onemap::DailyReportPdf", "County total") : report.townships[r].name, cells, first, last, fieldW, y, total);
      }
      if (!spec.last)
        continue;
      // Notes, then who filled and checked the report.
      y += 4;
      QStringList notes;
      for (int t = 0; t < report.townships.size(); ++t)
        if (!report.notes[t].isEmpty())
          notes << QStringLiteral("%1: %2").arg(report.townships[t].name, report.notes[t].join(QStringLiteral("; ")));
      if (!notes.isEmpty()) {
        const QString all = QCoreApplication::translate("onemap::DailyReportPdf", "Notes: %1").arg(notes.join(QStringLiteral("  ")));
        sheet.text(NoticeLayout::fit(all, kRight - kLeft, 8.5, 3), QRectF(kLeft, y, kRight - kLeft, 12), 8.5, false, Qt::black, Qt::AlignLeft | Qt::AlignTop);
        y += 13;
      }
      sheet.text(QCoreApplication::translate("onemap::DailyReportPdf", "Filled in by: ______________    Checked by: ______________    Signed off by: ______________"),
                 QRectF(kLeft, std::min(y, kBottom - 2), kRight - kLeft, 7), 10);
    }
    painter.end();
  }
  if (!QFileInfo::exists(partial))
    return Status::failure(QCoreApplication::translate("onemap::DailyReportPdf", "cannot write %1").arg(outPath));
  QFile::remove(outPath);
  if (!QFile::rename(partial, outPath)) {
    QFile::remove(partial);
    return Status::failure(QCoreApplication::translate("onemap::DailyReportPdf", "cannot write %1").arg(outPath));
  }
  return Status();
}

} // namespace onemap::DailyReportPdf
