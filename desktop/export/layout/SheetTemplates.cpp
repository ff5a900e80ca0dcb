#include "SheetTemplates.h"

#include "map/LayerStyles.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qgsabstractgeopdfexporter.h>
#include <qgslayertree.h>
#include <qgslegendrenderer.h>
#include <qgslayoututils.h>
#include <qgslayertreemodel.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstablecell.h>
#include <qgsvectorlayer.h>

namespace onemap {

Result<SheetFormat> SheetFormat::fromPath(const QString &path, int dpi)
{
  SheetFormat format;
  format.dpi = dpi;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("pdf"))
    format.kind = Kind::Pdf;
  else if (suffix == QLatin1String("png"))
    format.kind = Kind::Png;
  else if (suffix == QLatin1String("svg"))
    format.kind = Kind::Svg;
  else
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1: the output must end in .pdf, .png or .svg").arg(path));
  return format;
}

namespace SheetTemplates {

namespace {

// Items the sheet cannot do without; the others are filled when present, so
// a user may delete, say, the subtitle in QGIS Desktop.
const QStringList kRequiredItems {QStringLiteral("map")};

QString installedFolder()
{
  return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/onemap/templates")));
}

QgsLayoutItemLabel *label(QgsPrintLayout *layout, const QString &id)
{
  return qobject_cast<QgsLayoutItemLabel *>(layout->itemById(id));
}

void setLabel(QgsPrintLayout *layout, const QString &id, const QString &text)
{
  if (QgsLayoutItemLabel *item = label(layout, id)) {
    // Digits and Latin letters that Noto Sans CJK shapes reach the PDF without
    // a Unicode mapping (a search would not find "CGCS2000"): take them from
    // DejaVu Sans, the Chinese from the template's CJK font. A template's
    // other fonts are left as the user chose them.
    QFont font = item->font();
    if (font.family() == LayerStyles::labelFontFamily()) {
      font.setFamilies({QStringLiteral("DejaVu Sans"), LayerStyles::labelFontFamily()});
      item->setFont(font);
    }
    item->setText(text);
    item->setVisibility(!text.isEmpty());
  }
}

QString todayInUiLanguage()
{
  // The format follows the UI language through its translation (zh: yyyy年M月d日);
  // digits only, so an untranslated format never shows month names in another language.
  return QDate::currentDate().toString(QCoreApplication::translate("onemap::SheetTemplates", "yyyy-MM-dd", "date format on map sheets"));
}

QString defaultCrsNote(QgsLayoutItemMap *map)
{
  QString note = QStringLiteral("CGCS2000 (EPSG:4490)");
  const QgsCoordinateReferenceSystem crs = map ? map->crs() : QgsCoordinateReferenceSystem();
  if (crs.isValid() && crs.authid() != QLatin1String("EPSG:4490"))
    note += QStringLiteral(", %1 (%2)").arg(crs.description(), crs.authid());
  return note;
}

// Only what the map draws belongs in the legend: layers outside its layer
// set (unchecked ones), tables without geometry and emptied groups go.
void pruneLegend(QgsLayerTreeGroup *group, const QSet<QgsMapLayer *> &drawn)
{
  const QList<QgsLayerTreeNode *> children = group->children();
  for (QgsLayerTreeNode *node : children) {
    if (QgsLayerTree::isGroup(node)) {
      pruneLegend(QgsLayerTree::toGroup(node), drawn);
      if (QgsLayerTree::toGroup(node)->children().isEmpty())
        group->removeChildNode(node);
    } else if (QgsLayerTree::isLayer(node)) {
      QgsMapLayer *layer = QgsLayerTree::toLayer(node)->layer();
      if (!layer || !layer->isSpatial() || !drawn.contains(layer))
        group->removeChildNode(node);
    }
  }
}

QSizeF legendContentSize(QgsPrintLayout *layout, QgsLayoutItemLegend *legend)
{
  QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout(layout, nullptr);
  QgsLegendRenderer renderer(legend->model(), legend->legendSettings());
  return renderer.minimumSize(&context);
}

// Legends vary with the layers shown: try one or two more columns, then
// smaller type and symbols, until the legend fits the template's box.
void fitLegend(QgsPrintLayout *layout, QgsLayoutItemLegend *legend)
{
  const QSizeF box = legend->rect().size();
  const QList<QgsLegendStyle::Style> styles {QgsLegendStyle::Title, QgsLegendStyle::Group, QgsLegendStyle::Subgroup, QgsLegendStyle::SymbolLabel};
  // The template's own sizes, kept on the item at the first fill: every fill
  // starts from them, so refilling (atlas pages, the dialog's preview) never
  // shrinks the legend further than its contents need.
  const QString baseKey = QStringLiteral("onemap/legend-base");
  if (!legend->customProperty(baseKey).isValid()) {
    QVariantList base;
    for (QgsLegendStyle::Style style : styles)
      base << legend->styleFont(style).pointSizeF();
    base << legend->symbolWidth() << legend->symbolHeight() << legend->columnCount();
    legend->setCustomProperty(baseKey, base);
  }
  const QVariantList base = legend->customProperty(baseKey).toList();
  QMap<QgsLegendStyle::Style, double> points;
  for (int i = 0; i < styles.size(); ++i)
    points[styles[i]] = base.value(i).toDouble();
  const double symbolWidth = base.value(styles.size()).toDouble(), symbolHeight = base.value(styles.size() + 1).toDouble();
  const int columns = std::max(1, base.value(styles.size() + 2).toInt());
  for (double scale = 1.0; scale > 0.45; scale -= 0.08) {
    for (QgsLegendStyle::Style style : styles) {
      QFont font = legend->styleFont(style);
      font.setPointSizeF(points[style] * scale);
      legend->setStyleFont(style, font);
    }
    legend->setSymbolWidth(symbolWidth * scale);
    legend->setSymbolHeight(symbolHeight * scale);
    for (int extra = 0; extra <= 2; ++extra) {
      legend->setColumnCount(columns + extra);
      const QSizeF need = legendContentSize(layout, legend);
      if (need.width() <= box.width() && need.height() <= box.height())
        return;
    }
    legend->setColumnCount(columns);
  }
}

void fillLegend(QgsPrintLayout *layout, QgsLayoutItemMap *map, const SheetText &text)
{
  auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(QStringLiteral("legend")));
  if (!legend || !layout->project())
    return;
  if (map && legend->linkedMap() != map)
    legend->setLinkedMap(map);
  if (!text.legendTitle.isEmpty())
    legend->setTitle(text.legendTitle);
  // A fresh copy of the project's tree (a template's own tree names the
  // layers of whatever project it was edited in), cut to the map's layers.
  legend->setAutoUpdateModel(true);
  legend->setAutoUpdateModel(false);
  QList<QgsMapLayer *> drawn;
  if (map) {
    QgsExpressionContext context = map->createExpressionContext();
    drawn = map->layersToRender(&context);
  } else {
    drawn = layout->project()->layerTreeRoot()->checkedLayers();
  }
  pruneLegend(legend->model()->rootGroup(), QSet<QgsMapLayer *>(drawn.begin(), drawn.end()));
  // Symbol classes with nothing inside the map's extent are left out as well.
  legend->setLegendFilterByMapEnabled(true);
  legend->updateFilterByMap(false);
  fitLegend(layout, legend);
}

void fillTable(QgsPrintLayout *layout, const SheetText &text)
{
  auto *frame = qobject_cast<QgsLayoutFrame *>(layout->itemById(QStringLiteral("table")));
  auto *table = frame ? qobject_cast<QgsLayoutItemManualTable *>(frame->multiFrame()) : nullptr;
  if (!table)
    return;
  const bool shown = !text.tableHeaders.isEmpty();
  for (QgsLayoutFrame *f : table->frames())
    f->setVisibility(shown);
  if (!shown) {
    table->setTableContents(QgsTableContents());
    return;
  }
  QgsLayoutTableColumns columns;
  for (const QString &header : text.tableHeaders)
    columns << QgsLayoutTableColumn(header);
  QgsTableContents contents;
  for (const QStringList &row : text.tableRows) {
    QgsTableRow cells;
    for (int i = 0; i < text.tableHeaders.size(); ++i)
      cells << QgsTableCell(row.value(i));
    contents << cells;
  }
  // Equal columns across the frame: the template's widths were made for its
  // own example columns. QGIS adds margins and grid to each width.
  const double width = frame->sizeWithUnits().width();
  const double each = width / columns.size() - 2 * table->cellMargin() - table->gridStrokeWidth() - 0.05;
  table->setHeaders(columns);
  table->setIncludeTableHeader(true);
  QList<double> widths;
  for (int i = 0; i < columns.size(); ++i)
    widths << std::max(each, 1.0);
  table->setColumnWidths(widths);
  table->setRowHeights({});
  table->setTableContents(contents);
}

// The template's own rectangle of \a item, remembered on the first fill so
// that filling again (a live preview) starts from the template's layout.
QRectF templateRect(QgsLayoutItem *item)
{
  const char *key = "onemap_template_rect";
  if (!item->customProperty(QLatin1String(key)).isValid())
    item->setCustomProperty(QLatin1String(key), QRectF(item->pos(), item->rect().size()));
  return item->customProperty(QLatin1String(key)).toRectF();
}

// The legend and table boxes as the template has them; with no statistics
// the legend takes the table's place as well.
void placeLegendAndTable(QgsPrintLayout *layout, bool withTable)
{
  auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(QStringLiteral("legend")));
  auto *frame = qobject_cast<QgsLayoutFrame *>(layout->itemById(QStringLiteral("table")));
  if (!legend || !frame || legend->resizeToContents())
    return;
  const QRectF legendRect = templateRect(legend);
  const QRectF tableRect = templateRect(frame);
  legend->attemptSetSceneRect(withTable ? legendRect : legendRect.united(tableRect));
  frame->attemptSetSceneRect(tableRect);
}

} // namespace

QStringList names()
{
  return {QStringLiteral("A4-landscape"), QStringLiteral("A4-portrait"), QStringLiteral("A3-landscape"), QStringLiteral("A3-portrait")};
}

QString userFolder()
{
  const QString fromEnv = qEnvironmentVariable("ONEMAP_TEMPLATE_PATH");
  if (!fromEnv.isEmpty())
    return fromEnv;
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("templates"));
}

QString pathOf(const QString &name)
{
  // A path to a .qpt is taken as it is (a template kept anywhere).
  if (name.endsWith(QLatin1String(".qpt"), Qt::CaseInsensitive) && QFileInfo(name).isFile())
    return name;
  const QString file = name + QStringLiteral(".qpt");
  for (const QString &folder : {userFolder(), installedFolder(), QStringLiteral(ONEMAP_TEMPLATE_DIR)}) {
    const QString path = QDir(folder).filePath(file);
    if (QFileInfo(path).isFile())
      return path;
  }
  return QDir(QStringLiteral(ONEMAP_TEMPLATE_DIR)).filePath(file);
}

Result<std::unique_ptr<QgsPrintLayout>> load(const QString &name, QgsProject *project)
{
  const QString path = pathOf(name);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot read layout template %1").arg(path));
  QDomDocument document;
  QString error;
  int line = 0;
  if (!document.setContent(&file, &error, &line))
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "layout template %1 is not valid XML (line %2: %3)").arg(path).arg(line).arg(error));
  if (document.documentElement().tagName() != QLatin1String("Layout"))
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "%1 is not a QGIS layout template").arg(path));

  auto layout = std::make_unique<QgsPrintLayout>(project);
  QgsReadWriteContext context;
  context.setPathResolver(QgsPathResolver(path));
  bool ok = false;
  layout->loadFromTemplate(document, context, true, &ok);
  if (!ok)
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "%1 is not a QGIS layout template").arg(path));
  if (layout->pageCollection()->pageCount() == 0)
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "layout template %1 has no page").arg(path));
  for (const QString &id : kRequiredItems)
    if (!layout->itemById(id))
      return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "layout template %1 has no item \"%2\"").arg(path, id));
  if (!qobject_cast<QgsLayoutItemMap *>(layout->itemById(QStringLiteral("map"))))
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "layout template %1: item \"%2\" is not a map").arg(path, QStringLiteral("map")));
  if (layout->name().isEmpty())
    layout->setName(QFileInfo(path).completeBaseName());
  return std::move(layout);
}

void zoomTo(QgsLayoutItemMap *map, const QgsRectangle &extent)
{
  // Grown to the item's width:height, so the map keeps the template's size
  // (setExtent alone would resize the item to the extent's shape).
  const QSizeF size = map->rect().size();
  if (size.isEmpty() || extent.isEmpty())
    return;
  const double want = size.width() / size.height();
  double w = extent.width(), h = extent.height();
  if (w / h < want)
    w = h * want;
  else
    h = w / want;
  const QgsPointXY c = extent.center();
  map->setExtent(QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2));
}

QgsLayoutItemMap *map(QgsPrintLayout *layout)
{
  return layout ? qobject_cast<QgsLayoutItemMap *>(layout->itemById(QStringLiteral("map"))) : nullptr;
}

void fill(QgsPrintLayout *layout, const SheetText &text)
{
  QgsLayoutItemMap *mapItem = map(layout);
  setLabel(layout, QStringLiteral("title"), text.title);
  setLabel(layout, QStringLiteral("subtitle"), text.subtitle);
  setLabel(layout, QStringLiteral("date"), text.date.isEmpty() ? todayInUiLanguage() : text.date);
  setLabel(layout, QStringLiteral("issuer"), text.issuer);
  setLabel(layout, QStringLiteral("source"), text.source);
  setLabel(layout, QStringLiteral("crs"), text.crsNote.isEmpty() ? defaultCrsNote(mapItem) : text.crsNote);
  // Before the table empties: an empty table shrinks its frame.
  placeLegendAndTable(layout, !text.tableHeaders.isEmpty());
  fillTable(layout, text);
  fillLegend(layout, mapItem, text);
  layout->refresh();
}

namespace {

// Page n (0-based) as QGIS names it when exporting PNG/SVG to \a first.
QString qgisPageName(const QFileInfo &first, int page)
{
  if (page == 0)
    return first.filePath();
  return first.dir().filePath(QStringLiteral("%1_%2.%3").arg(first.completeBaseName()).arg(page + 1).arg(first.suffix()));
}

// Page n (0-based) as the sheet names it: x.png, x-2.png, x-3.png...
QString pageName(const QFileInfo &target, int page)
{
  if (page == 0)
    return target.filePath();
  return target.dir().filePath(QStringLiteral("%1-%2.%3").arg(target.completeBaseName()).arg(page + 1).arg(target.suffix()));
}

} // namespace

Status write(QgsPrintLayout *layout, const QString &outPath, const SheetFormat &format)
{
  const Result<SheetFormat> fromSuffix = SheetFormat::fromPath(outPath, format.dpi);
  if (!fromSuffix)
    return fromSuffix.status();
  if (fromSuffix.value().kind != format.kind)
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1: its suffix does not match the format asked for").arg(outPath));
  const QFileInfo target(outPath);
  const QFileInfo folder(target.absolutePath());
  if (!folder.isDir() || !folder.isWritable() || (target.exists() && !target.isWritable()))
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1: folder missing or not writable").arg(outPath));
  if (!layout || layout->pageCollection()->pageCount() == 0)
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1: the layout has no page").arg(outPath));

  // Written into a scratch folder beside the target, then renamed: a failed
  // export leaves nothing, and QGIS's own page names (x_2.png) stay inside it.
  QTemporaryDir scratch(target.absoluteDir().filePath(QStringLiteral(".onemap-export-XXXXXX")));
  if (!scratch.isValid())
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1: folder missing or not writable").arg(outPath));
  const QFileInfo partial(scratch.filePath(QStringLiteral("sheet.") + target.suffix()));
  const int pages = layout->pageCollection()->pageCount();

  QgsLayoutExporter exporter(layout);
  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
  switch (format.kind) {
  case SheetFormat::Kind::Pdf: {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = format.dpi;
    settings.rasterizeWholeImage = false;
    settings.forceVectorOutput = true;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // Chinese stays text, searchable
    settings.exportMetadata = true;
    settings.appendGeoreference = format.georeferenced;
    // A GeoPDF when this GDAL can compose one: georeference plus the map's
    // layers as PDF layers. Feature attributes stay out (they make the file
    // about four times larger). Else the georeference alone is appended.
    settings.writeGeoPdf = format.georeferenced && QgsAbstractGeoPdfExporter::geoPDFCreationAvailable();
    settings.includeGeoPdfFeatures = false;
    result = exporter.exportToPdf(partial.filePath(), settings);
    break;
  }
  case SheetFormat::Kind::Png: {
    QgsLayoutExporter::ImageExportSettings settings;
    settings.dpi = format.dpi;
    result = exporter.exportToImage(partial.filePath(), settings); // format from the suffix
    break;
  }
  case SheetFormat::Kind::Svg: {
    QgsLayoutExporter::SvgExportSettings settings;
    settings.dpi = format.dpi;
    settings.forceVectorOutput = true;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    result = exporter.exportToSvg(partial.filePath(), settings);
    break;
  }
  }
  if (result != QgsLayoutExporter::Success) {
    return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1 (QGIS export error %2)").arg(outPath).arg(static_cast<int>(result)));
  }
  const int files = format.kind == SheetFormat::Kind::Pdf ? 1 : pages;
  for (int page = 0; page < files; ++page) {
    const QString from = qgisPageName(partial, page);
    if (!QFileInfo::exists(from))
      continue; // QGIS skips empty pages
    const QString to = pageName(target, page);
    QFile::remove(to);
    if (!QFile::rename(from, to)) {
      return Status::failure(QCoreApplication::translate("onemap::SheetTemplates", "cannot write %1").arg(to));
    }
  }
  return Status();
}

} // namespace SheetTemplates
} // namespace onemap
