#pragma once
// \brief Building blocks shared by the notice sheets: A4 portrait pages, CJK
// text that is shortened to fit its box, ruled tables, and the PDF writer
// (written beside the target, then renamed, so a failed export leaves nothing).
#include "store/Result.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <memory>

class QgsLayout;
class QgsLayoutItemLabel;
class QgsLayoutItemManualTable;
class QgsPrintLayout;
class QgsProject;
class QgsLayoutFrame;
class QgsTextFormat;
class QgsRectangle;

namespace onemap::NoticeLayout {

constexpr double kPageWidth = 210;  // A4 portrait, mm
constexpr double kPageHeight = 297;
constexpr double kMargin = 15;
constexpr double kLeft = kMargin;                      // left edge of the text block
constexpr double kWidth = kPageWidth - 2 * kMargin;    // width of the text block
const QColor kRed(200, 16, 16);

QFont font(double pointSize, bool bold = false);
QgsTextFormat textFormat(double pointSize, bool bold = false, const QColor &colour = Qt::black);

//! Width of \a text in mm at \a pointSize (independent of screen DPI).
double textWidthMm(const QString &text, double pointSize, bool bold = false);
//! \a text cut with "…" so that it fills at most \a lines lines of \a widthMm.
QString fit(const QString &text, double widthMm, double pointSize, int lines = 1, bool bold = false);

//! The largest size from \a maxPoint down to \a minPoint at which \a text fits on one line.
double fittingSize(const QString &text, double widthMm, double maxPoint, double minPoint, bool bold = false);

//! A layout over \a project with one A4 portrait page (the sheets add more as needed).
std::unique_ptr<QgsPrintLayout> a4Portrait(QgsProject *project, const QString &name);
//! Adds another A4 portrait page; returns its top edge in layout mm.
double addPage(QgsLayout *layout);

//! A label at \a mm (relative to page \a page), word-wrapped inside its box.
QgsLayoutItemLabel *label(QgsLayout *layout, const QString &text, const QFont &font, const QRectF &mm,
                          Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, const QColor &colour = Qt::black, int page = 0);
//! A horizontal rule, the red line under an official heading.
void rule(QgsLayout *layout, double y, double x0, double x1, const QColor &colour, double widthMm, int page = 0);

//! A ruled table in one frame at \a mm: rows of text, header row optional,
//! fixed column widths (mm), rows of rowHeight() (callers fit() each cell to one
//! line; QGIS would wrap, never overflow, what still does not fit). A height of 0 makes
//! the frame as tall as the rows.
QgsLayoutItemManualTable *table(QgsLayout *layout, const QList<QStringList> &rows, const QStringList &headers,
                                const QList<double> &columnWidths, double pointSize, const QRectF &mm);
//! Height (mm) of each row of a table() at \a pointSize.
double rowHeight(double pointSize);
//! Bottom edge (mm) of the table's first frame.
double bottomOf(QgsLayoutItemManualTable *table);
//! \a extent grown about its centre to the width:height of \a mm, so a map
//! frame shows it without changing its own size.
QgsRectangle withAspect(const QgsRectangle &extent, const QRectF &mm);

//! Another frame of \a table at \a mm on page \a page, where the rows go on.
QgsLayoutFrame *addFrame(QgsLayoutItemManualTable *table, const QRectF &mm, int page);

//! Writes the layout to \a outPath as a vector PDF with searchable text.
Status writePdf(QgsLayout *layout, const QString &outPath);
//! Fails naming \a outPath when it is not a .pdf in an existing folder.
Status checkOutPath(const QString &outPath);

} // namespace onemap::NoticeLayout
