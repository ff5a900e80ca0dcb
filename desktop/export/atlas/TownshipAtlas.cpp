#include "TownshipAtlas.h"

#include "AtlasPageIterator.h"
#include "export/MapSheet.h"
#include "export/layout/SheetTemplates.h"
#include "map/StoreMapLayers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QTemporaryDir>
#include <cmath>
#include <deque>
#include <qgscoordinatetransform.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeedback.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemregistry.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutrendercontext.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
const char *kUnitVariable = "onemap_atlas_unit";

//! Draws a map image rendered beforehand where the (hidden) map item is.
class MapImageItem : public QgsLayoutItem
{
public:
  using QgsLayoutItem::QgsLayoutItem;
  int type() const override { return QgsLayoutItemRegistry::PluginItem + 0x0A71; }
  //! \a image starts \a offset dots left of and above the item; with
  //! \a onDeviceGrid it is in device pixels, drawn unscaled at the device
  //! pixel where the item starts.
  void setImage(QImage image, QPointF offset, bool onDeviceGrid)
  {
    mImage = std::move(image);
    mOffset = offset;
    mOnDeviceGrid = onDeviceGrid;
    update();
  }

protected:
  void draw(QgsLayoutItemRenderContext &context) override
  {
    QPainter *painter = context.renderContext().painter();
    if (!painter || mImage.isNull())
      return;
    painter->save();
    // The painter is in dots here: the image is drawn 1:1.
    const double scale = context.renderContext().scaleFactor();
    painter->setClipRect(QRectF(0, 0, rect().width() * scale, rect().height() * scale), Qt::IntersectClip);
    if (mOnDeviceGrid) {
      const QPointF corner = painter->deviceTransform().map(QPointF(0, 0));
      painter->resetTransform();
      painter->drawImage(QPointF(std::floor(corner.x() + 1e-6), std::floor(corner.y() + 1e-6)), mImage);
    } else {
      painter->drawImage(-mOffset, mImage);
    }
    painter->restore();
  }

private:
  QImage mImage;
  QPointF mOffset;
  bool mOnDeviceGrid = false;
};

//! One map image on its way: the job draws into image through painter.
struct PendingMap
{
  int page = -1;
  std::unique_ptr<QImage> image; // on the heap: the painter keeps its address
  std::unique_ptr<QPainter> painter;
  std::unique_ptr<QgsMapRendererCustomPainterJob> job;
  QPointF offset;
  bool onDeviceGrid = false;
};

QString safeFileName(const QString &text)
{
  QString out = text;
  for (QChar &c : out)
    if (QStringLiteral("\\/:*?\"<>| ").contains(c))
      c = QLatin1Char('_');
  return out;
}
} // namespace

Status AtlasOptions::validate() const
{
  if (level != QLatin1String("township") && level != QLatin1String("village"))
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "unknown atlas unit %1 (township or village)").arg(level));
  if (format != QLatin1String("pdf") && format != QLatin1String("png") && format != QLatin1String("svg"))
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "unknown atlas format %1 (pdf, png or svg)").arg(format));
  if (dpi < 50 || dpi > 1200)
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "atlas resolution %1 dpi is outside 50..1200").arg(dpi));
  if (jobs < 1 || jobs > 64)
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "atlas jobs %1 is outside 1..64").arg(jobs));
  if (outPath.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "no atlas output given"));
  const QString folder = writesFolder() ? outPath : QFileInfo(outPath).absolutePath();
  if (!writesFolder() && QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "atlas file %1 must end in .pdf (or use separate pages)").arg(outPath));
  if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot write the atlas into %1").arg(folder));
  return Status();
}

struct TownshipAtlas::Private
{
  AtlasOptions options;
  LayoutFactory factory;
  std::unique_ptr<QgsProject> project;
  std::unique_ptr<QgsPrintLayout> layout;
  QgsLayoutItemMap *map = nullptr;
  SheetText text; // the county's words; title, subtitle and table per page
  QgsVectorLayer *mask = nullptr;
  QVector<AtlasUnit> units;
  QVector<QgsGeometry> geometries; // in the map CRS
  QHash<int, QList<QStringList>> statistics; // by page, read once
  MapImageItem *image = nullptr;   // only while writing in parallel

  QgsVectorLayer *addMask();
  //! The map's extent and mask for \a page (not its words: filling the
  //! template again is not free, and its legend fit starts from the last).
  void showMap(int page);
};

QgsVectorLayer *TownshipAtlas::Private::addMask()
{
  // The units again, as a veil: white over every unit but the page's own,
  // which gets a red outline. The unit id comes from the map item's variable.
  const QString subset = options.level == QLatin1String("village") ? QStringLiteral("level = 'village'") : QStringLiteral("level = 'township'");
  QgsVectorLayer *layer = StoreMapLayers::createLayer(options.storePath, QStringLiteral("admin_units"), subset, QStringLiteral("atlas-mask"));
  if (!layer->isValid()) {
    delete layer;
    return nullptr;
  }
  auto *fill = new QgsSimpleFillSymbolLayer(QColor(255, 255, 255, 165), Qt::SolidPattern, QColor(200, 0, 0), Qt::SolidLine, 0.8);
  fill->setStrokeWidthUnit(QgsUnitTypes::RenderMillimeters);
  const QString isPage = QStringLiteral("$id = @%1").arg(QLatin1String(kUnitVariable));
  fill->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor,
                               QgsProperty::fromExpression(QStringLiteral("if(%1, '255,255,255,0', '255,255,255,165')").arg(isPage)));
  fill->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor,
                               QgsProperty::fromExpression(QStringLiteral("if(%1, '200,0,0,255', '0,0,0,0')").arg(isPage)));
  layer->setRenderer(new QgsSingleSymbolRenderer(new QgsFillSymbol(QgsSymbolLayerList() << fill)));
  project->addMapLayer(layer, false); // not in the tree: never in the legend
  return layer;
}

TownshipAtlas::TownshipAtlas(AtlasOptions options, LayoutFactory factory)
  : d(std::make_unique<Private>())
{
  d->options = std::move(options);
  d->factory = factory ? std::move(factory) : LayoutFactory([](QgsProject *project, const QString &name) { return SheetTemplates::load(name, project); });
}

TownshipAtlas::~TownshipAtlas()
{
  d->layout.reset(); // before the project it draws
}

Status TownshipAtlas::open()
{
  if (Status valid = d->options.validate(); !valid)
    return valid;
  auto units = AtlasUnits::list(d->options.storePath, d->options.level, d->options.townshipCode);
  if (!units)
    return units.status();
  d->units = units.take();

  d->project = std::make_unique<QgsProject>();
  if (Status loaded = StoreMapLayers::load(d->options.storePath, d->project.get()); !loaded)
    return loaded;
  d->mask = d->addMask();
  if (!d->mask)
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot read the unit boundaries of %1").arg(d->options.storePath));

  auto layout = d->factory(d->project.get(), d->options.templateName);
  if (!layout)
    return layout.status();
  d->layout = layout.take();
  d->layout->setName(QCoreApplication::translate("onemap::TownshipAtlas", "Atlas"));
  d->map = SheetTemplates::map(d->layout.get());
  if (!d->map)
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "layout %1 has no item %2").arg(d->options.templateName, QStringLiteral("map")));
  d->map->setCrs(d->project->crs());
  d->text = MapSheet::text(d->project.get(), MapSheetOptions());

  // The map draws what the board shows, under the veil; fixed, so the legend
  // and later pages see the same layers.
  QList<QgsMapLayer *> layers {d->mask};
  for (QgsMapLayer *layer : d->project->layerTreeRoot()->checkedLayers())
    if (layer->isSpatial())
      layers << layer;
  d->map->setLayers(layers);
  d->map->setKeepLayerSet(true);

  const QgsCoordinateTransform toMap(d->mask->crs(), d->map->crs(), d->project->transformContext());
  for (const AtlasUnit &unit : d->units) {
    QgsFeature feature = d->mask->getFeature(unit.id);
    QgsGeometry geometry = feature.geometry();
    try {
      geometry.transform(toMap);
    } catch (const QgsCsException &) {
      geometry = QgsGeometry();
    }
    if (geometry.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "unit %1 %2 has no boundary in %3").arg(unit.code, unit.name, d->options.storePath));
    d->geometries << geometry;
  }
  return Status();
}

int TownshipAtlas::count() const { return d->units.size(); }
const AtlasUnit &TownshipAtlas::unit(int page) const { return d->units.at(page); }
QgsGeometry TownshipAtlas::unitGeometry(int page) const { return d->geometries.value(page); }
QgsProject *TownshipAtlas::project() const { return d->project.get(); }
QgsPrintLayout *TownshipAtlas::layout() const { return d->layout.get(); }
QgsLayoutItemMap *TownshipAtlas::map() const { return d->map; }

void TownshipAtlas::Private::showMap(int page)
{
  QgsRectangle extent = geometries[page].boundingBox();
  const double pad = std::max(extent.width(), extent.height()) * options.margin;
  extent.grow(pad);
  SheetTemplates::zoomTo(map, extent); // keeps the frame's shape: the extent only grows
  QgsExpressionContextUtils::setLayoutItemVariable(map, QLatin1String(kUnitVariable), units[page].id);
}

Status TownshipAtlas::setPage(int page)
{
  if (page < 0 || page >= d->units.size())
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "the atlas has no page %1").arg(page + 1));
  const AtlasUnit &unit = d->units[page];
  d->showMap(page);

  SheetText text = d->text;
  text.title = unit.level == QLatin1String("village") ? QCoreApplication::translate("onemap::TownshipAtlas", "%1 emergency map (village)").arg(unit.name)
                                                      : QCoreApplication::translate("onemap::TownshipAtlas", "%1 emergency map").arg(unit.name);
  text.subtitle = QCoreApplication::translate("onemap::TownshipAtlas", "Atlas page %1 of %2 · code %3").arg(page + 1).arg(d->units.size()).arg(unit.code);
  if (!d->statistics.contains(page)) {
    auto rows = AtlasUnits::statistics(d->options.storePath, unit);
    if (!rows)
      return rows.status();
    d->statistics.insert(page, rows.value());
  }
  text.tableHeaders = AtlasUnits::statisticsHeaders();
  text.tableRows = d->statistics.value(page);
  SheetTemplates::fill(d->layout.get(), text);
  return Status();
}

Result<QStringList> TownshipAtlas::write()
{
  if (!d->layout)
    if (Status opened = open(); !opened)
      return opened;
  const AtlasOptions &o = d->options;
  const bool parallel = o.jobs > 1;
  const int total = count();

  // Everything is written into a scratch folder beside the output and moved
  // into place at the end: a failed or cancelled atlas leaves nothing.
  const QString target = o.writesFolder() ? QDir(o.outPath).absolutePath() : QFileInfo(o.outPath).absolutePath();
  QTemporaryDir scratch(QDir(target).filePath(QStringLiteral(".atlas-XXXXXX")));
  if (!scratch.isValid())
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot write the atlas into %1").arg(target));

  QgsFeedback feedback;
  std::deque<PendingMap> pending;
  int nextToRender = 0;
  const double dotsPerMm = o.dpi / 25.4;

  // Parallel: the map item stays hidden and an image item of its size and
  // frame stands in for it.
  if (parallel) {
    d->image = new MapImageItem(d->layout.get());
    d->layout->addLayoutItem(d->image);
    d->image->attemptSetSceneRect(QRectF(d->map->pos(), d->map->rect().size()));
    d->image->setFrameEnabled(d->map->frameEnabled());
    d->image->setFrameStrokeWidth(d->map->frameStrokeWidth());
    d->image->setFrameStrokeColor(d->map->frameStrokeColor());
    d->image->setBackgroundColor(d->map->backgroundColor());
    d->image->setZValue(d->map->zValue());
    d->map->setVisibility(false);
  }
  // Each image is made as QgsLayoutItemMap::paint would draw the map on the
  // page, so parallel pages match sequential ones pixel for pixel.
  const auto startRender = [&]() -> Status {
    const int page = nextToRender++;
    d->showMap(page);
    PendingMap p;
    p.page = page;
    QSize size;
    QPointF origin; // where the map's corner is in the image, in dots
    QPointF offset; // where the image starts left of and above the item, in dots
    // Layer opacity or blend modes (and not forced vector): the map item
    // flattens itself into an image over its bounding rect, background included.
    const bool flatten = d->map->containsAdvancedEffects() && !(d->layout->renderContext().flags() & QgsLayoutRenderContext::FlagForceVectorOutput);
    const QSizeF mapMm = d->map->rect().size();
    QSizeF mapDots;
    QSizeF deviceScale(1, 1);
    if (flatten) {
      const QRectF bounds = static_cast<const QGraphicsItem *>(d->map)->boundingRect(); // protected in the map item
      const QPointF tl = -bounds.topLeft();
      size = QSize(qRound(bounds.width() * dotsPerMm), qRound(bounds.height() * dotsPerMm));
      origin = QPointF(qRound(tl.x() * dotsPerMm), qRound(tl.y() * dotsPerMm));
      mapDots = QSizeF(qRound(mapMm.width() * dotsPerMm), qRound(mapMm.height() * dotsPerMm));
      offset = tl * dotsPerMm;
    } else {
      // Drawn straight onto the page: the map's corner falls between device
      // pixels, and an image page is a whole number of pixels wide, so its
      // pixels are not quite dots (QgsLayoutExporter::renderRegionToImage).
      // Render with that fraction and scale; the image is then drawn 1:1.
      mapDots = mapMm * dotsPerMm;
      const QSizeF pageMm = d->layout->pageCollection()->page(0)->rect().size();
      if (o.format == QLatin1String("png"))
        deviceScale = QSizeF(int(o.dpi * pageMm.width() / 25.4) / pageMm.width() / dotsPerMm, int(o.dpi * pageMm.height() / 25.4) / pageMm.height() / dotsPerMm);
      const QPointF corner(d->map->pos().x() * dotsPerMm * deviceScale.width(), d->map->pos().y() * dotsPerMm * deviceScale.height());
      origin = QPointF(corner.x() - std::floor(corner.x() + 1e-6), corner.y() - std::floor(corner.y() + 1e-6));
      size = QSize(int(std::ceil(mapDots.width() * deviceScale.width() + origin.x())) + 1,
                   int(std::ceil(mapDots.height() * deviceScale.height() + origin.y())) + 1);
    }
    d->image->setBackgroundEnabled(!flatten && d->map->hasBackground());
    p.image = std::make_unique<QImage>(size, QImage::Format_ARGB32_Premultiplied);
    p.image->setDotsPerMeterX(qRound(1000 * dotsPerMm));
    p.image->setDotsPerMeterY(qRound(1000 * dotsPerMm));
    p.image->fill(Qt::transparent);
    p.painter = std::make_unique<QPainter>(p.image.get());
    p.painter->translate(origin);
    p.painter->scale(deviceScale.width(), deviceScale.height());
    p.painter->setClipRect(QRectF(QPointF(0, 0), mapDots));
    if (flatten) {
      if (d->map->hasBackground())
        p.painter->fillRect(QRectF(QPointF(0, 0), mapDots), d->map->backgroundColor());
    }
    const QgsMapSettings settings = d->map->mapSettings(d->map->extent(), mapDots, flatten ? p.image->logicalDpiX() : o.dpi, true);
    p.offset = offset;
    p.onDeviceGrid = !flatten;
    p.job = std::make_unique<QgsMapRendererCustomPainterJob>(settings, p.painter.get());
    p.job->start(); // prepares on this thread, renders on a worker
    pending.push_back(std::move(p));
    return Status();
  };

  Status pageError;
  const auto showPage = [&](int page) -> bool {
    if (o.progress && !o.progress(page, total)) {
      feedback.cancel();
      return true;
    }
    if (!parallel) {
      pageError = setPage(page);
      return pageError.ok();
    }
    while (nextToRender < total && int(pending.size()) < o.jobs)
      if (pageError = startRender(); !pageError)
        return false;
    PendingMap done = std::move(pending.front());
    pending.pop_front();
    done.job->waitForFinished();
    done.painter->end();
    if (nextToRender < total)
      if (pageError = startRender(); !pageError)
        return false;
    pageError = setPage(page);
    d->image->setImage(*done.image, done.offset, done.onDeviceGrid);
    return pageError.ok();
  };

  QStringList names;
  for (const AtlasUnit &unit : d->units)
    names << safeFileName(unit.code + QLatin1Char('_') + unit.name);
  AtlasPageIterator pages(d->layout.get(), total, showPage, [&](int page, const QString &extension) {
    return QDir(scratch.path()).filePath(names.value(page) + QLatin1Char('.') + extension);
  });

  QString error;
  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
  const QString single = QDir(scratch.path()).filePath(QStringLiteral("atlas.pdf"));
  if (o.format == QLatin1String("pdf")) {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = o.dpi;
    settings.forceVectorOutput = true;
    settings.rasterizeWholeImage = false;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText; // Chinese stays text, searchable
    result = o.writesFolder() ? QgsLayoutExporter::exportToPdfs(&pages, scratch.path(), settings, error, &feedback)
                              : QgsLayoutExporter::exportToPdf(&pages, single, settings, error, &feedback);
  } else if (o.format == QLatin1String("png")) {
    QgsLayoutExporter::ImageExportSettings settings;
    settings.dpi = o.dpi;
    result = QgsLayoutExporter::exportToImage(&pages, scratch.path(), QStringLiteral("png"), settings, error, &feedback);
  } else {
    QgsLayoutExporter::SvgExportSettings settings;
    settings.dpi = o.dpi;
    settings.forceVectorOutput = true;
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    result = QgsLayoutExporter::exportToSvg(&pages, scratch.path(), settings, error, &feedback);
  }
  // Jobs still running (cancel, error) are stopped before their images go.
  for (PendingMap &p : pending) {
    p.job->cancel();
    p.painter->end();
  }
  pending.clear();
  if (parallel) {
    d->layout->removeLayoutItem(d->image);
    d->image = nullptr;
    d->map->setVisibility(true);
  }

  if (result == QgsLayoutExporter::Canceled || feedback.isCanceled())
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "atlas %1 cancelled; nothing written").arg(o.outPath));
  if (!pageError)
    return pageError;
  if (result != QgsLayoutExporter::Success)
    return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot write atlas %1 (QGIS export error %2) %3").arg(o.outPath).arg(int(result)).arg(error));

  QStringList written;
  if (!o.writesFolder()) {
    QFile::remove(o.outPath);
    if (!QFile::rename(single, o.outPath))
      return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot write atlas %1").arg(o.outPath));
    return QStringList {o.outPath};
  }
  for (int page = 0; page < total; ++page) {
    const QString name = names[page] + QLatin1Char('.') + o.format;
    const QString to = QDir(target).filePath(name);
    QFile::remove(to);
    if (!QFile::rename(QDir(scratch.path()).filePath(name), to)) {
      for (const QString &file : written)
        QFile::remove(file);
      return Status::failure(QCoreApplication::translate("onemap::TownshipAtlas", "cannot write atlas page %1").arg(to));
    }
    written << to;
  }
  return written;
}

} // namespace onemap
