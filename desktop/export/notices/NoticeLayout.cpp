#include "NoticeLayout.h"

#include "map/LayerStyles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempolyline.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslinesymbol.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrectangle.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

namespace onemap::NoticeLayout {

namespace {
constexpr double kMmPerPoint = 25.4 / 72.0;
constexpr int kReferencePixels = 200; // measure at a fixed pixel size, scale to points

QgsLayoutPoint mmPoint(double x, double y) { return QgsLayoutPoint(x, y, QgsUnitTypes::LayoutMillimeters); }
QgsLayoutSize mmSize(double w, double h) { return QgsLayoutSize(w, h, QgsUnitTypes::LayoutMillimeters); }
} // namespace

QFont font(double pointSize, bool bold)
{
  // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC:
  // digits that Noto CJK shapes inside Latin runs (codes like HD5399..., dates
  // after English words) reach the PDF without a Unicode mapping, so a
  // search or pdftotext would not find them.
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setFamilies({QStringLiteral("DejaVu Sans"), LayerStyles::labelFontFamily()});
  f.setPointSizeF(pointSize);
  f.setBold(bold);
  return f;
}

QgsTextFormat textFormat(double pointSize, bool bold, const QColor &colour)
{
  QgsTextFormat format;
  format.setFont(font(pointSize, bold));
  format.setSize(pointSize);
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(colour);
  return format;
}

double textWidthMm(const QString &text, double pointSize, bool bold)
{
  QFont f = font(10, bold);
  f.setPixelSize(kReferencePixels);
  const QFontMetricsF metrics(f);
  return metrics.horizontalAdvance(text) / kReferencePixels * pointSize * kMmPerPoint;
}

QString fit(const QString &text, double widthMm, double pointSize, int lines, bool bold)
{
  const QString flat = text.simplified();
  // Word wrap loses part of a line at each break; keep a tenth in hand.
  const double budget = widthMm * lines * (lines > 1 ? 0.9 : 0.97);
  if (textWidthMm(flat, pointSize, bold) <= budget)
    return flat;
  const QString ellipsis = QStringLiteral("…");
  QString cut = flat;
  while (!cut.isEmpty() && textWidthMm(cut + ellipsis, pointSize, bold) > budget)
    cut.chop(1);
  return cut + ellipsis;
}

double fittingSize(const QString &text, double widthMm, double maxPoint, double minPoint, bool bold)
{
  double size = maxPoint;
  while (size > minPoint && textWidthMm(text, size, bold) > widthMm * 0.97)
    size -= 0.5;
  return size;
}

std::unique_ptr<QgsPrintLayout> a4Portrait(QgsProject *project, const QString &name)
{
  auto layout = std::make_unique<QgsPrintLayout>(project);
  layout->initializeDefaults();
  layout->setName(name);
  layout->pageCollection()->page(0)->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Portrait);
  return layout;
}

double addPage(QgsLayout *layout)
{
  auto *page = new QgsLayoutItemPage(layout);
  page->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Portrait);
  layout->pageCollection()->addPage(page);
  return page->pos().y();
}

QgsLayoutItemLabel *label(QgsLayout *layout, const QString &text, const QFont &font, const QRectF &mm, Qt::Alignment align,
                          const QColor &colour, int page)
{
  auto *item = new QgsLayoutItemLabel(layout);
  item->setText(text);
  item->setFont(font);
  item->setFontColor(colour);
  item->setHAlign(static_cast<Qt::AlignmentFlag>(int(align & Qt::AlignHorizontal_Mask)));
  item->setVAlign(static_cast<Qt::AlignmentFlag>(int(align & Qt::AlignVertical_Mask)));
  item->setMarginX(0);
  item->setMarginY(0);
  layout->addLayoutItem(item);
  item->attemptMove(mmPoint(mm.x(), mm.y()), true, false, page);
  item->attemptResize(mmSize(mm.width(), mm.height()));
  return item;
}

void rule(QgsLayout *layout, double y, double x0, double x1, const QColor &colour, double widthMm, int page)
{
  const double top = layout->pageCollection()->page(page)->pos().y();
  QPolygonF line;
  line << QPointF(x0, top + y) << QPointF(x1, top + y);
  auto *item = new QgsLayoutItemPolyline(line, layout);
  auto symbol = std::make_unique<QgsLineSymbol>();
  symbol->setColor(colour);
  symbol->setWidth(widthMm);
  symbol->setWidthUnit(QgsUnitTypes::RenderMillimeters);
  item->setSymbol(symbol.get());
  layout->addLayoutItem(item);
}

QgsLayoutFrame *addFrame(QgsLayoutItemManualTable *table, const QRectF &mm, int page)
{
  QgsLayout *layout = table->layout();
  const double top = layout->pageCollection()->page(page)->pos().y();
  auto *frame = new QgsLayoutFrame(layout, table);
  frame->attemptSetSceneRect(QRectF(mm.x(), top + mm.y(), mm.width(), mm.height()));
  table->addFrame(frame);
  return frame;
}

namespace {
constexpr double kCellMargin = 0.9;
constexpr double kStroke = 0.25;
// Text height of one line of Noto Sans CJK, with room to spare, in em.
constexpr double kLineEm = 1.45;
double lineHeight(double pointSize) { return pointSize * kMmPerPoint * kLineEm; }
} // namespace

double rowHeight(double pointSize) { return lineHeight(pointSize) + 2 * kCellMargin + kStroke; }

QgsLayoutItemManualTable *table(QgsLayout *layout, const QList<QStringList> &rows, const QStringList &headers,
                                const QList<double> &columnWidths, double pointSize, const QRectF &mm)
{
  auto *t = new QgsLayoutItemManualTable(layout);
  t->setCellMargin(kCellMargin);
  t->setGridStrokeWidth(kStroke);
  t->setGridColor(QColor(80, 80, 80));
  t->setBackgroundColor(Qt::white);
  t->setContentTextFormat(textFormat(pointSize));
  t->setHeaderTextFormat(textFormat(pointSize, true));
  t->setHeaderHAlignment(QgsLayoutTable::HeaderLeft);
  t->setWrapBehavior(QgsLayoutTable::WrapText);
  t->setEmptyTableBehavior(QgsLayoutTable::HideTable);
  t->setResizeMode(QgsLayoutMultiFrame::UseExistingFrames);
  QgsTableContents contents;
  for (const QStringList &row : rows) {
    QgsTableRow cells;
    for (const QString &text : row)
      cells << QgsTableCell(text);
    contents << cells;
  }
  // QGIS adds the cell margins and the grid line to each column's width, and
  // takes a preset row height as it is (the header keeps its natural height,
  // which is less): every row is then exactly rowHeight() tall.
  QList<double> widths;
  for (double w : columnWidths)
    widths << w - 2 * kCellMargin - kStroke;
  QList<double> heights;
  for (int i = 0; i < rows.size(); ++i)
    heights << lineHeight(pointSize);
  if (headers.isEmpty()) {
    t->setHeaderMode(QgsLayoutTable::NoHeaders);
  } else {
    // One line each, like the rows, so every row has the height counted on.
    QgsLayoutTableColumns columns;
    for (int i = 0; i < headers.size(); ++i)
      columns << QgsLayoutTableColumn(fit(headers[i], columnWidths.value(i) - 2 * kCellMargin - kStroke - 0.3, pointSize, 1, true));
    t->setHeaders(columns);
    t->setIncludeTableHeader(true);
    t->setHeaderMode(QgsLayoutTable::AllFrames); // a continued table repeats its header
  }
  t->setColumnWidths(widths);
  t->setRowHeights(heights);
  t->setTableContents(contents);
  layout->addMultiFrame(t);
  // Height 0: as tall as the rows need (they are shortened to one line beforehand).
  const double height = mm.height() > 0 ? mm.height() : (rows.size() + (headers.isEmpty() ? 0 : 1)) * rowHeight(pointSize) + kStroke + 0.3;
  addFrame(t, QRectF(mm.x(), mm.y(), mm.width(), height), 0);
  return t;
}

QgsRectangle withAspect(const QgsRectangle &extent, const QRectF &mm)
{
  const double want = mm.width() / mm.height();
  const QgsPointXY c = extent.center();
  double w = std::max(extent.width(), 1.0), h = std::max(extent.height(), 1.0);
  if (w / h < want)
    w = h * want;
  else
    h = w / want;
  return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2);
}

double bottomOf(QgsLayoutItemManualTable *table)
{
  QgsLayoutFrame *frame = table->frame(0);
  return frame->positionWithUnits().y() + frame->sizeWithUnits().height();
}

Status checkOutPath(const QString &outPath)
{
  const QFileInfo target(outPath);
  if (outPath.isEmpty() || target.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
    return Status::failure(QCoreApplication::translate("onemap::NoticeLayout", "notice output %1 must be a .pdf file").arg(outPath));
  if (!target.absoluteDir().exists())
    return Status::failure(QCoreApplication::translate("onemap::NoticeLayout", "cannot write %1: folder %2 does not exist").arg(outPath, target.absolutePath()));
  return Status();
}

Status writePdf(QgsLayout *layout, const QString &outPath)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  const QFileInfo target(outPath);
  const QString partial = target.dir().filePath(target.completeBaseName() + QStringLiteral(".part.") + target.suffix());
  QgsLayoutExporter exporter(layout);
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 300;
  settings.rasterizeWholeImage = false;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // Chinese stays text, searchable
  settings.exportMetadata = true;
  const QgsLayoutExporter::ExportResult result = exporter.exportToPdf(partial, settings);
  if (result != QgsLayoutExporter::Success) {
    QFile::remove(partial);
    return Status::failure(QCoreApplication::translate("onemap::NoticeLayout", "cannot write %1 (QGIS export error %2)").arg(outPath).arg(static_cast<int>(result)));
  }
  QFile::remove(outPath);
  if (!QFile::rename(partial, outPath)) {
    QFile::remove(partial);
    return Status::failure(QCoreApplication::translate("onemap::NoticeLayout", "cannot write %1").arg(outPath));
  }
  return Status();
}

} // namespace onemap::NoticeLayout
