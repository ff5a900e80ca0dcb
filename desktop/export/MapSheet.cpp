#include "MapSheet.h"

#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {


QFont cjkFont(double pointSize, bool bold = false)
{
  QFont f(LayerStyles::labelFontFamily());
  f.setPointSizeF(pointSize);
  f.setBold(bold);
  return f;
}

QgsLayoutItemLabel *addLabel(QgsPrintLayout *layout, const QString &text, const QFont &font, const QRectF &mm,
                             Qt::AlignmentFlag align = Qt::AlignLeft)
{
  auto *label = new QgsLayoutItemLabel(layout);
  label->setText(text);
  label->setFont(font);
  label->setHAlign(align);
  label->setVAlign(Qt::AlignVCenter);
  layout->addLayoutItem(label);
  label->attemptMove(QgsLayoutPoint(mm.x(), mm.y(), QgsUnitTypes::LayoutMillimeters));
  label->attemptResize(QgsLayoutSize(mm.width(), mm.height(), QgsUnitTypes::LayoutMillimeters));
  return label;
}

// Only what is drawn belongs in the legend: unchecked layers, tables
// without geometry and groups left empty are removed.
void pruneLegend(QgsLayerTreeGroup *group)
{
  const QList<QgsLayerTreeNode *> children = group->children();
  for (QgsLayerTreeNode *node : children) {
    if (QgsLayerTree::isGroup(node)) {
      pruneLegend(QgsLayerTree::toGroup(node));
      if (QgsLayerTree::toGroup(node)->children().isEmpty())
        group->removeChildNode(node);
    } else if (QgsLayerTree::isLayer(node)) {
      auto *layer = qobject_cast<QgsVectorLayer *>(QgsLayerTree::toLayer(node)->layer());
      if (!node->isVisible() || !layer || !layer->isSpatial())
        group->removeChildNode(node);
    }
  }
}

QList<QgsMapLayer *> drawnLayers(QgsProject *project)
{
  QList<QgsMapLayer *> layers;
  for (QgsMapLayer *layer : project->layerTreeRoot()->checkedLayers())
    if (layer->isSpatial())
      layers << layer;
  return layers;
}

} // namespace

std::unique_ptr<QgsPrintLayout> MapSheet::build(QgsProject *project, const MapSheetOptions &options)
{
  auto layout = std::make_unique<QgsPrintLayout>(project);
  layout->initializeDefaults();
  layout->setName(QCoreApplication::translate("onemap::MapSheet", "Map sheet"));
  QgsLayoutItemPage *page = layout->pageCollection()->page(0);
  page->setPageSize(options.paper, options.orientation == QLatin1String("portrait") ? QgsLayoutItemPage::Portrait
                                                                                     : QgsLayoutItemPage::Landscape);
  const double w = page->pageSize().width();
  const double h = page->pageSize().height();
  const double k = w / 297.0 < h / 297.0 ? w / 297.0 : h / 297.0; // type grows with the paper
  const double margin = 10;
  const double legendWidth = 70 * (w > h ? 1.0 : 0.0);

  QString county = project->customVariables().value(QStringLiteral("onemap_county")).toString();
  if (county.isEmpty())
    county = QCoreApplication::translate("onemap::MapSheet", "Sample County");
  const QString title = options.title.isEmpty() ? QCoreApplication::translate("onemap::MapSheet", "%1 emergency situation map").arg(county) : options.title;
  const QString issuer = options.issuer.isEmpty() ? QCoreApplication::translate("onemap::MapSheet", "%1 Emergency Management Bureau").arg(county) : options.issuer;

  addLabel(layout.get(), title, cjkFont(22 * k, true), QRectF(margin, 6, w - 2 * margin, 13 * k), Qt::AlignHCenter);
  addLabel(layout.get(), QCoreApplication::translate("onemap::MapSheet", "%1 · compiled %2").arg(issuer, QDate::currentDate().toString(Qt::ISODate)), cjkFont(10 * k),
           QRectF(margin, 6 + 13 * k, w - 2 * margin, 7 * k), Qt::AlignHCenter);

  const double mapTop = 8 + 21 * k;
  const double footer = 14 * k;
  const double legendHeightPortrait = w > h ? 0 : 62 * k;
  QRectF mapRect(margin, mapTop, w - 2 * margin - (legendWidth > 0 ? legendWidth + 4 : 0),
                 h - mapTop - footer - margin / 2 - legendHeightPortrait);

  auto *map = new QgsLayoutItemMap(layout.get());
  map->setFrameEnabled(true);
  map->setBackgroundColor(Qt::white);
  layout->addLayoutItem(map);
  map->attemptMove(QgsLayoutPoint(mapRect.x(), mapRect.y(), QgsUnitTypes::LayoutMillimeters));
  map->attemptResize(QgsLayoutSize(mapRect.width(), mapRect.height(), QgsUnitTypes::LayoutMillimeters));
  map->setCrs(project->crs());
  map->setLayers(drawnLayers(project));
  QgsRectangle extent = StoreMapLayers::countyExtent(project);
  extent.scale(1.05);
  map->setExtent(extent); // zoomToExtent needs a current extent to keep the aspect of
  map->zoomToExtent(extent);

  auto *legend = new QgsLayoutItemLegend(layout.get());
  legend->setTitle(QCoreApplication::translate("onemap::MapSheet", "Legend"));
  legend->setLinkedMap(map);
  legend->setAutoUpdateModel(false);
  pruneLegend(legend->model()->rootGroup());
  for (auto style : {QgsLegendStyle::Title, QgsLegendStyle::Group, QgsLegendStyle::Subgroup, QgsLegendStyle::SymbolLabel})
    legend->setStyleFont(style, cjkFont((style == QgsLegendStyle::Title ? 10 : 6.5) * k, style != QgsLegendStyle::SymbolLabel));
  legend->setSymbolHeight(2.6 * k);
  legend->setSymbolWidth(4 * k);
  legend->setColumnCount(w > h ? 2 : 4);
  legend->setSplitLayer(true);
  legend->setResizeToContents(true);
  layout->addLayoutItem(legend);
  if (w > h)
    legend->attemptMove(QgsLayoutPoint(mapRect.right() + 4, mapTop, QgsUnitTypes::LayoutMillimeters));
  else
    legend->attemptMove(QgsLayoutPoint(margin, mapRect.bottom() + 3, QgsUnitTypes::LayoutMillimeters));
  legend->adjustBoxSize();

  auto *scaleBar = new QgsLayoutItemScaleBar(layout.get());
  scaleBar->setStyle(QStringLiteral("Single Box"));
  scaleBar->setLinkedMap(map);
  scaleBar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
  scaleBar->setUnitLabel(QCoreApplication::translate("onemap::MapSheet", "km"));
  QgsTextFormat scaleText;
  scaleText.setFont(cjkFont(8 * k));
  scaleText.setSize(8 * k);
  scaleBar->setTextFormat(scaleText);
  layout->addLayoutItem(scaleBar);
  scaleBar->attemptMove(QgsLayoutPoint(mapRect.x() + 4, mapRect.bottom() - 14 * k, QgsUnitTypes::LayoutMillimeters));

  auto *north = new QgsLayoutItemPicture(layout.get());
  north->setPicturePath(QgisRuntime::resourcePath(QStringLiteral("icons/north-arrow.svg")), QgsLayoutItemPicture::FormatSVG);
  north->setLinkedMap(map);
  north->setNorthMode(QgsLayoutItemPicture::GridNorth);
  layout->addLayoutItem(north);
  north->attemptMove(QgsLayoutPoint(mapRect.right() - 16 * k, mapRect.y() + 3, QgsUnitTypes::LayoutMillimeters));
  north->attemptResize(QgsLayoutSize(12 * k, 18 * k, QgsUnitTypes::LayoutMillimeters));

  const QString crsNote = QCoreApplication::translate("onemap::MapSheet", "Coordinate system: CGCS2000 (%1)").arg(project->crs().description());
  addLabel(layout.get(),
           QCoreApplication::translate("onemap::MapSheet", "Data source: %1 situation store; administrative boundaries are schematic.  %2").arg(county, crsNote),
           cjkFont(7.5 * k), QRectF(margin, h - footer - 1, w * 0.75 - margin, footer - 2));
  addLabel(layout.get(), QCoreApplication::translate("onemap::MapSheet", "Date: %1").arg(QDate::currentDate().toString(Qt::ISODate)), cjkFont(8 * k),
           QRectF(w * 0.75, h - footer - 1, w * 0.25 - margin, footer - 2), Qt::AlignRight);
  return layout;
}

Status MapSheet::exportTo(QgsProject *project, const MapSheetOptions &options)
{
  if (Status valid = options.validate(); !valid)
    return valid;
  std::unique_ptr<QgsPrintLayout> layout = build(project, options);
  QgsLayoutExporter exporter(layout.get());
  QgsLayoutExporter::ExportResult result;
  // Write beside the target and rename, so a failed export leaves no half file.
  const QFileInfo target(options.outPath);
  const QString partial = target.dir().filePath(target.completeBaseName() + QStringLiteral(".part.") + target.suffix());
  if (options.isPdf()) {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = options.dpi;
    settings.rasterizeWholeImage = false;
    settings.forceVectorOutput = true;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // Chinese stays text, searchable
    settings.exportMetadata = true;
    result = exporter.exportToPdf(partial, settings);
  } else {
    QgsLayoutExporter::ImageExportSettings settings;
    settings.dpi = options.dpi;
    result = exporter.exportToImage(partial, settings); // format from the .png suffix
  }
  if (result != QgsLayoutExporter::Success) {
    QFile::remove(partial);
    return Status::failure(QCoreApplication::translate("onemap::MapSheet", "cannot write %1 (QGIS export error %2)").arg(options.outPath).arg(static_cast<int>(result)));
  }
  QFile::remove(options.outPath);
  if (!QFile::rename(partial, options.outPath)) {
    QFile::remove(partial);
    return Status::failure(QCoreApplication::translate("onemap::MapSheet", "cannot write %1").arg(options.outPath));
  }
  return Status();
}

} // namespace onemap
