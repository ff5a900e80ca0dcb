#pragma once
// \brief Page furniture of the transfer and shelter PDFs, on top of the
// notices' layout blocks (NoticeLayout): a footer with page numbers, pages
// added with a "continued" heading, and tables whose rows run on over as
// many pages as they need, split by the reports themselves (each row is
// one line, so the split is known before QGIS lays anything out).
#include <QColor>
#include <QList>
#include <QPair>
#include <QVector>
#include <QSet>
#include <QString>
#include <QStringList>

class QgsPrintLayout;

namespace onemap::TransferPdfPages {

constexpr double kTableBottom = 280; //!< lowest edge of a table on any page (mm)
constexpr double kContinuedTop = 26; //!< top of a table on a continuation page

struct PagedTable
{
  QStringList headers;
  QList<double> widths;        //!< mm; sums to the text width
  QList<QStringList> rows;     //!< cells; fitted to one line when laid out
  double point = 7.5;
  QSet<int> shaded;            //!< rows on a pale red ground (not placed, uncovered)
  QSet<int> bold;              //!< rows in bold (totals)
  QSet<int> redColumns;        //!< columns written in red on shaded rows
};

struct Placement
{
  int page = 0;        //!< page the table ends on
  double bottom = 0;   //!< its bottom edge there (mm from the page top)
};

//! Top edge of page \a page in layout mm.
double pageTop(QgsPrintLayout *layout, int page);
//! "Page x of y" at the foot of page \a page.
void footer(QgsPrintLayout *layout, int page);
//! Adds an A4 page with \a heading (bold, left) and \a right (right) over a red rule, and its footer; returns its index.
int continuationPage(QgsPrintLayout *layout, const QString &heading, const QString &right);
//! Lays \a table out from \a top on \a page; rows that do not fit go on
//! continuation pages headed \a heading / \a right.
Placement placeTable(QgsPrintLayout *layout, const PagedTable &table, int page, double top, const QString &heading, const QString &right);
//! The red title, a subtitle line and the red rule at the head of a report's first page; returns the y below.
double titleBlock(QgsPrintLayout *layout, const QString &title, const QString &subtitle);
//! Coloured boxes with their labels (a map key) from \a top on \a page, on
//! as many lines as they need; returns the y below the last.
double colourKey(QgsPrintLayout *layout, const QVector<QPair<QString, QColor>> &entries, double top, int page);
//! A bold section heading at \a top on \a page; returns the y below it.
double sectionHeading(QgsPrintLayout *layout, const QString &text, int page, double top);

} // namespace onemap::TransferPdfPages
