#include "TransferPdfPages.h"

#include "export/notices/NoticeLayout.h"

#include <QCoreApplication>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

namespace onemap::TransferPdfPages {

using namespace NoticeLayout;

namespace {
const QColor kShade(255, 226, 226);

// Rows under a header no taller than a row.
int rowsIn(double height, double row) { return std::max(1, static_cast<int>((height - 0.5) / row) - 1); }
} // namespace

double pageTop(QgsPrintLayout *layout, int page) { return layout->pageCollection()->page(page)->pos().y(); }

void footer(QgsPrintLayout *layout, int page)
{
  label(layout,
        QCoreApplication::translate("onemap::TransferPdfPages", "Page %1 of %2").arg(QStringLiteral("[% @layout_page %]"), QStringLiteral("[% @layout_numpages %]")),
        font(8), QRectF(kLeft, 284, kWidth, 5), Qt::AlignHCenter | Qt::AlignVCenter, QColor(90, 90, 90), page);
}

int continuationPage(QgsPrintLayout *layout, const QString &heading, const QString &right)
{
  addPage(layout);
  const int page = layout->pageCollection()->pageCount() - 1;
  const double rightWidth = right.isEmpty() ? 0 : std::min(textWidthMm(right, 9.5) + 2, kWidth / 2);
  label(layout, fit(heading, kWidth - rightWidth - 3, 11, 1, true), font(11, true), QRectF(kLeft, 12, kWidth - rightWidth - 3, 7),
        Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
  if (!right.isEmpty())
    label(layout, fit(right, rightWidth, 9.5), font(9.5), QRectF(kLeft + kWidth - rightWidth, 12, rightWidth, 7), Qt::AlignRight | Qt::AlignVCenter,
          QColor(Qt::black), page);
  rule(layout, 21, kLeft, kLeft + kWidth, kRed, 0.5, page);
  footer(layout, page);
  return page;
}

double titleBlock(QgsPrintLayout *layout, const QString &title, const QString &subtitle)
{
  const double size = fittingSize(title, kWidth, 19, 13, true);
  label(layout, fit(title, kWidth, size, 1, true), font(size, true), QRectF(kLeft, 11, kWidth, 12), Qt::AlignHCenter | Qt::AlignVCenter, kRed);
  label(layout, fit(subtitle, kWidth, 9.5), font(9.5), QRectF(kLeft, 24, kWidth, 6), Qt::AlignHCenter | Qt::AlignVCenter);
  rule(layout, 31, kLeft, kLeft + kWidth, kRed, 0.7);
  footer(layout, 0);
  return 34;
}

double colourKey(QgsPrintLayout *layout, const QVector<QPair<QString, QColor>> &entries, double top, int page)
{
  // Entries side by side, wrapping onto another line when the width runs out.
  double x = kLeft;
  for (const auto &entry : entries) {
    const double width = std::min(textWidthMm(entry.first, 7.5) + 2, kWidth - 6);
    if (x > kLeft && x + 5.5 + width > kLeft + kWidth) {
      x = kLeft;
      top += 5;
    }
    QgsLayoutItemLabel *box = label(layout, QString(), font(7.5), QRectF(x, top + 0.8, 4.5, 3.4), Qt::AlignLeft, QColor(Qt::black), page);
    box->setBackgroundEnabled(true);
    box->setBackgroundColor(entry.second);
    box->setFrameEnabled(true);
    box->setFrameStrokeColor(QColor(90, 90, 90));
    box->setFrameStrokeWidth(QgsLayoutMeasurement(0.2, QgsUnitTypes::LayoutMillimeters));
    label(layout, fit(entry.first, width, 7.5), font(7.5), QRectF(x + 5.5, top, width, 5), Qt::AlignLeft | Qt::AlignVCenter, QColor(40, 40, 40), page);
    x += 5.5 + width + 3;
  }
  return top + 5;
}

double sectionHeading(QgsPrintLayout *layout, const QString &text, int page, double top)
{
  label(layout, fit(text, kWidth, 10.5, 1, true), font(10.5, true), QRectF(kLeft, top, kWidth, 6), Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
  return top + 7;
}

Placement placeTable(QgsPrintLayout *layout, const PagedTable &table, int page, double top, const QString &heading, const QString &right)
{
  const double row = rowHeight(table.point);
  QList<QStringList> fitted;
  for (const QStringList &cells : table.rows) {
    QStringList line;
    for (int i = 0; i < cells.size(); ++i)
      line << fit(cells[i], table.widths.value(i) - 2.2, table.point, 1,
                  table.bold.contains(fitted.size()) || (table.shaded.contains(fitted.size()) && table.redColumns.contains(i)));
    fitted << line;
  }
  Placement placed {page, top};
  int first = 0;
  // No room for a header and one row here: start on a new page.
  if (kTableBottom - top < 2 * row + 1) {
    page = continuationPage(layout, heading, right);
    top = kContinuedTop;
  }
  while (first < fitted.size()) {
    const int count = std::min(rowsIn(kTableBottom - top, row), static_cast<int>(fitted.size()) - first);
    QgsLayoutItemManualTable *t = NoticeLayout::table(layout, fitted.mid(first, count), table.headers, table.widths, table.point,
                                                      QRectF(kLeft, pageTop(layout, page) + top, kWidth, 0));
    QgsTableContents contents = t->tableContents();
    for (int r = 0; r < contents.size(); ++r) {
      const int index = first + r;
      for (int c = 0; c < contents[r].size(); ++c) {
        if (table.shaded.contains(index)) {
          contents[r][c].setBackgroundColor(kShade);
          if (table.redColumns.contains(c))
            contents[r][c].setTextFormat(textFormat(table.point, true, kRed));
        }
        if (table.bold.contains(index))
          contents[r][c].setTextFormat(textFormat(table.point, true));
      }
    }
    t->setTableContents(contents);
    placed = {page, bottomOf(t) - pageTop(layout, page)};
    first += count;
    if (first < fitted.size()) {
      page = continuationPage(layout, heading, right);
      top = kContinuedTop;
    }
  }
  return placed;
}

} // namespace onemap::TransferPdfPages
