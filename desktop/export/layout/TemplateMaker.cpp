// Makes the shipped map-sheet templates (resources/templates/*.qpt) with the
// QGIS layout API, so every item has the id SheetTemplates looks for and the
// four papers share one design. The .qpt files are committed; the build does
// not run this. To regenerate after changing the design:
//
//   cmake --build build --target onemap_template_maker
//   QT_QPA_PLATFORM=offscreen build/desktop/onemap_template_maker resources/templates
//
// then look at an export of each (onemap export map --template NAME ...).
#include "app/QgisRuntime.h"
#include "export/layout/SheetTemplates.h"
#include "map/LayerStyles.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cmath>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitempolyline.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslinesymbol.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

using namespace onemap;

namespace {

const QColor kRed(200, 16, 16);

struct Sheet
{
  QgsPrintLayout *layout;
  double s; // A4 = 1, A3 = sqrt(2): lengths and type grow with the paper
};

QFont cjk(double points, bool bold = false)
{
  QFont f(LayerStyles::labelFontFamily());
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

QgsTextFormat cjkFormat(double points, bool bold = false)
{
  QgsTextFormat format;
  format.setFont(cjk(points, bold));
  format.setSize(points);
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(Qt::black);
  return format;
}

void place(QgsLayoutItem *item, const QRectF &mm)
{
  item->attemptMove(QgsLayoutPoint(mm.x(), mm.y(), QgsUnitTypes::LayoutMillimeters));
  item->attemptResize(QgsLayoutSize(mm.width(), mm.height(), QgsUnitTypes::LayoutMillimeters));
}

QgsLayoutItemLabel *label(Sheet &sheet, const QString &id, const QString &text, const QFont &font, const QRectF &mm,
                          Qt::AlignmentFlag align, const QColor &colour = Qt::black)
{
  auto *item = new QgsLayoutItemLabel(sheet.layout);
  item->setId(id);
  item->setText(text);
  item->setFont(font);
  item->setFontColor(colour);
  item->setHAlign(align);
  item->setVAlign(Qt::AlignVCenter);
  item->setMarginX(0);
  item->setMarginY(0);
  sheet.layout->addLayoutItem(item);
  place(item, mm);
  return item;
}

void rule(Sheet &sheet, const QString &id, double y, double x0, double x1, const QColor &colour, double widthMm)
{
  QPolygonF line;
  line << QPointF(x0, y) << QPointF(x1, y);
  auto *item = new QgsLayoutItemPolyline(line, sheet.layout);
  item->setId(id);
  auto symbol = std::make_unique<QgsLineSymbol>();
  symbol->setColor(colour);
  symbol->setWidth(widthMm);
  symbol->setWidthUnit(QgsUnitTypes::RenderMillimeters);
  item->setSymbol(symbol.get());
  sheet.layout->addLayoutItem(item);
}

void outline(Sheet &sheet, const QString &id, const QRectF &mm, double strokeMm)
{
  auto *shape = new QgsLayoutItemShape(sheet.layout);
  shape->setId(id);
  shape->setShapeType(QgsLayoutItemShape::Rectangle);
  auto fill = std::make_unique<QgsSimpleFillSymbolLayer>(Qt::white, Qt::NoBrush, Qt::black, Qt::SolidLine, strokeMm);
  fill->setStrokeWidthUnit(QgsUnitTypes::RenderMillimeters);
  QgsFillSymbol symbol(QgsSymbolLayerList() << fill.release());
  shape->setSymbol(&symbol);
  sheet.layout->addLayoutItem(shape);
  place(shape, mm);
}

// The north arrow is embedded, so the template works wherever it is copied
// (QGIS Desktop included).
QString northArrow()
{
  QFile svg(QgisRuntime::resourcePath(QStringLiteral("icons/north-arrow.svg")));
  svg.open(QIODevice::ReadOnly);
  return QStringLiteral("base64:") + QString::fromLatin1(svg.readAll().toBase64());
}

QgsLayoutItemMap *mapItem(Sheet &sheet, const QRectF &mm)
{
  auto *map = new QgsLayoutItemMap(sheet.layout);
  map->setId(QStringLiteral("map"));
  map->setFrameEnabled(true);
  map->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
  map->setBackgroundColor(Qt::white);
  sheet.layout->addLayoutItem(map);
  place(map, mm);
  // An example extent in CGCS2000 (the board zooms to the county or township).
  map->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")));
  SheetTemplates::zoomTo(map, QgsRectangle(113.0, 30.0, 114.0, 31.0));
  map->setCrs(QgsCoordinateReferenceSystem());
  return map;
}

void northAndScale(Sheet &sheet, QgsLayoutItemMap *map, const QRectF &mapMm)
{
  const double s = sheet.s;
  auto *north = new QgsLayoutItemPicture(sheet.layout);
  north->setId(QStringLiteral("north"));
  north->setPicturePath(northArrow(), QgsLayoutItemPicture::FormatSVG);
  north->setLinkedMap(map);
  north->setNorthMode(QgsLayoutItemPicture::GridNorth);
  sheet.layout->addLayoutItem(north);
  place(north, QRectF(mapMm.right() - 14 * s, mapMm.top() + 3 * s, 10 * s, 15 * s));

  auto *scale = new QgsLayoutItemScaleBar(sheet.layout);
  scale->setId(QStringLiteral("scalebar"));
  scale->setStyle(QStringLiteral("Single Box"));
  scale->setLinkedMap(map);
  scale->setUnits(QgsUnitTypes::DistanceKilometers);
  scale->setMapUnitsPerScaleBarUnit(1);
  scale->setUnitLabel(QStringLiteral("千米"));
  scale->setNumberOfSegments(4);
  scale->setNumberOfSegmentsLeft(0);
  scale->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFitWidth);
  scale->setMinimumBarWidth(30 * s);
  scale->setMaximumBarWidth(50 * s);
  scale->setHeight(1.6 * s);
  scale->setTextFormat(cjkFormat(7 * s));
  scale->setBackgroundEnabled(true);
  scale->setBackgroundColor(QColor(255, 255, 255, 200));
  sheet.layout->addLayoutItem(scale);
  scale->attemptMove(QgsLayoutPoint(mapMm.left() + 3 * s, mapMm.bottom() - 12 * s, QgsUnitTypes::LayoutMillimeters));
}

void legendItem(Sheet &sheet, QgsLayoutItemMap *map, const QRectF &mm, int columns)
{
  const double s = sheet.s;
  auto *legend = new QgsLayoutItemLegend(sheet.layout);
  legend->setId(QStringLiteral("legend"));
  legend->setTitle(QStringLiteral("图例"));
  legend->setLinkedMap(map);
  legend->setLegendFilterByMapEnabled(true);
  legend->setStyleFont(QgsLegendStyle::Title, cjk(10 * s, true));
  legend->setStyleFont(QgsLegendStyle::Group, cjk(7.5 * s, true));
  legend->setStyleFont(QgsLegendStyle::Subgroup, cjk(7 * s, true));
  legend->setStyleFont(QgsLegendStyle::SymbolLabel, cjk(6.5 * s));
  legend->setSymbolWidth(4.5 * s);
  legend->setSymbolHeight(2.8 * s);
  legend->setColumnCount(columns);
  legend->setSplitLayer(true);
  legend->setEqualColumnWidth(false);
  legend->setResizeToContents(false);
  legend->setFrameEnabled(true);
  legend->setFrameStrokeWidth(QgsLayoutMeasurement(0.2, QgsUnitTypes::LayoutMillimeters));
  legend->setBackgroundColor(Qt::white);
  sheet.layout->addLayoutItem(legend);
  place(legend, mm);
}

void tableItem(Sheet &sheet, const QRectF &mm)
{
  const double s = sheet.s;
  auto *table = new QgsLayoutItemManualTable(sheet.layout);
  table->setCellMargin(0.8 * s);
  table->setGridStrokeWidth(0.2);
  table->setGridColor(QColor(60, 60, 60));
  table->setBackgroundColor(Qt::white);
  table->setContentTextFormat(cjkFormat(7 * s));
  table->setHeaderTextFormat(cjkFormat(7 * s, true));
  table->setHeaderHAlignment(QgsLayoutTable::HeaderCenter);
  table->setWrapBehavior(QgsLayoutTable::WrapText);
  table->setEmptyTableBehavior(QgsLayoutTable::HideTable);
  table->setResizeMode(QgsLayoutMultiFrame::UseExistingFrames);
  table->setHeaderMode(QgsLayoutTable::FirstFrame);
  // Example content, so the table shows where it goes when edited in QGIS.
  QgsLayoutTableColumns columns;
  columns << QgsLayoutTableColumn(QStringLiteral("乡镇")) << QgsLayoutTableColumn(QStringLiteral("数量"));
  table->setHeaders(columns);
  table->setIncludeTableHeader(true);
  // QGIS makes the frame as wide as the columns: share the box between them.
  const double each = mm.width() / columns.size() - 2 * table->cellMargin() - table->gridStrokeWidth() - 0.05;
  table->setColumnWidths({each, each});
  QgsTableContents rows;
  for (const QString &town : {QStringLiteral("城关镇"), QStringLiteral("河口镇")})
    rows << (QgsTableRow() << QgsTableCell(town) << QgsTableCell(QStringLiteral("0")));
  table->setTableContents(rows);
  sheet.layout->addMultiFrame(table);
  auto *frame = new QgsLayoutFrame(sheet.layout, table);
  frame->setId(QStringLiteral("table"));
  frame->setFrameEnabled(true);
  frame->setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes::LayoutMillimeters));
  frame->attemptSetSceneRect(mm);
  table->addFrame(frame);
}

std::unique_ptr<QgsPrintLayout> make(QgsProject *project, const QString &paper, bool landscape)
{
  auto layout = std::make_unique<QgsPrintLayout>(project);
  layout->initializeDefaults();
  layout->setName(QStringLiteral("%1-%2").arg(paper, landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")));
  QgsLayoutItemPage *page = layout->pageCollection()->page(0);
  page->setPageSize(paper, landscape ? QgsLayoutItemPage::Landscape : QgsLayoutItemPage::Portrait);
  const double w = page->pageSize().width();
  const double h = page->pageSize().height();
  Sheet sheet {layout.get(), paper == QLatin1String("A3") ? std::sqrt(2.0) : 1.0};
  const double s = sheet.s;

  // Neat frame: a heavy outer line and a thin inner one.
  const double m = 7 * s;
  outline(sheet, QStringLiteral("frame"), QRectF(m, m, w - 2 * m, h - 2 * m), 0.8 * s);
  outline(sheet, QStringLiteral("frame-inner"), QRectF(m + 1.5 * s, m + 1.5 * s, w - 2 * m - 3 * s, h - 2 * m - 3 * s), 0.2);
  const double x0 = m + 5 * s, x1 = w - m - 5 * s, y0 = m + 4 * s;

  // Heading: red title, subtitle, the red double rule of an official paper.
  label(sheet, QStringLiteral("title"), QStringLiteral("示范县应急态势图"), cjk(20 * s, true), QRectF(x0, y0, x1 - x0, 11 * s), Qt::AlignHCenter, kRed);
  label(sheet, QStringLiteral("subtitle"), QStringLiteral("副标题"), cjk(10.5 * s), QRectF(x0, y0 + 11.5 * s, x1 - x0, 6 * s), Qt::AlignHCenter);
  rule(sheet, QStringLiteral("rule-heavy"), y0 + 19 * s, x0, x1, kRed, 0.7 * s);
  rule(sheet, QStringLiteral("rule-thin"), y0 + 20.2 * s, x0, x1, kRed, 0.2);

  // Footer: a thin rule; source and CRS on the left, issuer and date on the right.
  const double footerTop = h - m - 4 * s - 11 * s;
  rule(sheet, QStringLiteral("rule-footer"), footerTop, x0, x1, Qt::black, 0.25);
  const double leftWidth = (x1 - x0) * 0.64;
  label(sheet, QStringLiteral("source"), QStringLiteral("数据来源：示范县应急态势库"), cjk(7.5 * s), QRectF(x0, footerTop + 1.2 * s, leftWidth, 5 * s), Qt::AlignLeft);
  label(sheet, QStringLiteral("crs"), QStringLiteral("坐标系：CGCS2000（EPSG:4490）"), cjk(7.5 * s), QRectF(x0, footerTop + 6.2 * s, leftWidth, 5 * s), Qt::AlignLeft);
  label(sheet, QStringLiteral("issuer"), QStringLiteral("示范县应急管理局"), cjk(9 * s, true), QRectF(x1 - (x1 - x0) * 0.34, footerTop + 1.2 * s, (x1 - x0) * 0.34, 5 * s), Qt::AlignRight);
  label(sheet, QStringLiteral("date"), QStringLiteral("2026年1月1日"), cjk(8 * s), QRectF(x1 - (x1 - x0) * 0.34, footerTop + 6.2 * s, (x1 - x0) * 0.34, 5 * s), Qt::AlignRight);

  const double top = y0 + 23 * s;
  const double bottom = footerTop - 3 * s;
  QRectF mapMm;
  if (landscape) {
    // Map on the left; legend above the statistics table on the right.
    const double side = 66 * s;
    mapMm = QRectF(x0, top, x1 - x0 - side - 4 * s, bottom - top);
    QgsLayoutItemMap *map = mapItem(sheet, mapMm);
    const double sideX = mapMm.right() + 4 * s;
    const double legendHeight = (bottom - top) * 0.56;
    legendItem(sheet, map, QRectF(sideX, top, side, legendHeight), 2);
    tableItem(sheet, QRectF(sideX, top + legendHeight + 3 * s, side, bottom - top - legendHeight - 3 * s));
    northAndScale(sheet, map, mapMm);
  } else {
    // Map across the page; legend and table side by side beneath it.
    const double below = (bottom - top) * 0.27;
    mapMm = QRectF(x0, top, x1 - x0, bottom - top - below - 3 * s);
    QgsLayoutItemMap *map = mapItem(sheet, mapMm);
    const double lowerTop = mapMm.bottom() + 3 * s;
    const double legendWidth = (x1 - x0) * 0.6;
    legendItem(sheet, map, QRectF(x0, lowerTop, legendWidth, bottom - lowerTop), 3);
    tableItem(sheet, QRectF(x0 + legendWidth + 3 * s, lowerTop, x1 - x0 - legendWidth - 3 * s, bottom - lowerTop));
    northAndScale(sheet, map, mapMm);
  }
  return layout;
}

} // namespace

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false);
  const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ONEMAP_TEMPLATE_DIR);
  QDir().mkpath(folder);
  QTextStream out(stdout);
  QgsProject project;
  project.setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")));
  for (const QString &name : SheetTemplates::names()) {
    const QStringList parts = name.split(QLatin1Char('-'));
    std::unique_ptr<QgsPrintLayout> layout = make(&project, parts[0], parts[1] == QLatin1String("landscape"));
    const QString path = QDir(folder).filePath(name + QStringLiteral(".qpt"));
    if (!layout->saveAsTemplate(path, QgsReadWriteContext())) {
      out << "cannot write " << path << Qt::endl;
      return 1;
    }
    out << "wrote " << path << Qt::endl;
  }
  return 0;
}
