#include "ThematicSeries.h"

#include "export/transfer/TransferSheetLayers.h"
#include "map/StoreMapLayers.h"
#include "routing/ShelterCoverage.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayouttable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutmeasurementconverter.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
const char *kSpecIdProperty = "onemap/spec-id"; // set by StoreMapLayers
const char *kExtraProperty = "onemap/series-extra";

QString suffixOf(SheetFormat::Kind kind)
{
  switch (kind) {
  case SheetFormat::Kind::Png: return QStringLiteral(".png");
  case SheetFormat::Kind::Svg: return QStringLiteral(".svg");
  case SheetFormat::Kind::Pdf: break;
  }
  return QStringLiteral(".pdf");
}

QString countyOf(const QgsProject *project)
{
  return project->customVariables().value(QStringLiteral("onemap_county")).toString();
}

// A template's table frame is fixed (rows that do not fit are dropped), and a
// county has as many townships as it has: type shrinks until every row, the
// total included, is in the frame.
void fitTable(QgsPrintLayout *layout)
{
  auto *frame = qobject_cast<QgsLayoutFrame *>(layout->itemById(QStringLiteral("table")));
  auto *table = frame ? qobject_cast<QgsLayoutTable *>(frame->multiFrame()) : nullptr;
  if (!table || !frame->isVisible())
    return;
  for (int step = 0; step < 12 && table->totalSize().height() > frame->rect().height() + 0.01; ++step) {
    QgsTextFormat content = table->contentTextFormat();
    QgsTextFormat header = table->headerTextFormat();
    if (content.size() < 3.5)
      break;
    content.setSize(content.size() * 0.92);
    header.setSize(header.size() * 0.92);
    table->setCellMargin(table->cellMargin() * 0.9);
    table->setHeaderTextFormat(header);
    table->setContentTextFormat(content);
  }
}

void removeExtras(QgsProject *project)
{
  for (QgsMapLayer *layer : project->mapLayers())
    if (layer->customProperty(QLatin1String(kExtraProperty)).toBool())
      project->removeMapLayer(layer);
}

// One multi-page PDF: each sheet is painted on the next page as soon as it is
// built (the layer tree shows one theme at a time), into a partial file that
// is renamed when every page is there.
class SeriesPdf
{
public:
  SeriesPdf(const QString &path, int dpi)
    : mPath(path)
    , mPartial(QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".part.pdf")))
    , mWriter(mPartial)
  {
    mWriter.setResolution(dpi);
    mWriter.setCreator(QStringLiteral("OneMap"));
  }
  ~SeriesPdf()
  {
    if (mPainter.isActive())
      mPainter.end();
    if (!mDone)
      QFile::remove(mPartial);
  }
  Status add(QgsPrintLayout *layout, int dpi)
  {
    layout->renderContext().setFlag(QgsLayoutRenderContext::FlagForceVectorOutput, true);
    layout->renderContext().setTextRenderFormat(Qgis::TextRenderFormat::AlwaysText); // Chinese stays text
    layout->renderContext().setDpi(dpi);
    QgsLayoutExporter exporter(layout);
    for (int page = 0; page < layout->pageCollection()->pageCount(); ++page) {
      const QgsLayoutSize size = layout->renderContext().measurementConverter().convert(
        layout->pageCollection()->page(page)->pageSize(), QgsUnitTypes::LayoutMillimeters);
      const QPageLayout pageLayout(QPageSize(QSizeF(size.width(), size.height()), QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF());
      mWriter.setPageLayout(pageLayout);
      if (!mPainter.isActive()) {
        if (!mPainter.begin(&mWriter))
          return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write %1").arg(mPath));
      } else if (!mWriter.newPage()) {
        return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write %1").arg(mPath));
      }
      exporter.renderPage(&mPainter, page);
    }
    return Status();
  }
  Status finish()
  {
    mPainter.end();
    QFile::remove(mPath);
    if (!QFile::rename(mPartial, mPath))
      return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write %1").arg(mPath));
    mDone = true;
    return Status();
  }

private:
  QString mPath;
  QString mPartial;
  QPdfWriter mWriter;
  QPainter mPainter;
  bool mDone = false;
};

} // namespace

bool SeriesOptions::singleFile() const { return QFileInfo(outPath).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0; }

QVector<const Theme *> SeriesOptions::selected() const
{
  QVector<const Theme *> out;
  for (const Theme &theme : ThemeCatalog::themes())
    if (themes.isEmpty() || themes.contains(theme.id))
      out << &theme;
  return out;
}

Status SeriesOptions::validate() const
{
  for (const QString &id : themes)
    if (!ThemeCatalog::find(id))
      return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "unknown theme %1 (themes: %2)").arg(id, ThemeCatalog::ids().join(QStringLiteral(", "))));
  if (!SheetTemplates::names().contains(templateName) && !QFileInfo::exists(SheetTemplates::pathOf(templateName)))
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "unknown template %1 (templates: %2)").arg(templateName, SheetTemplates::names().join(QStringLiteral(", "))));
  if (dpi < 72 || dpi > 1200)
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "resolution %1 dpi is outside 72..1200").arg(dpi));
  if (outPath.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "no output folder or PDF file given"));
  const QFileInfo out(outPath);
  if (singleFile()) {
    if (out.isDir())
      return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write %1: it is a folder").arg(outPath));
    const QFileInfo folder(out.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
      return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write %1: folder %2 is missing or read-only").arg(outPath, folder.filePath()));
    return Status();
  }
  if (out.exists() && !out.isDir())
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write the series into %1: it is a file (give a folder, or a .pdf for one file)").arg(outPath));
  if (!out.exists() && !out.suffix().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write the series to %1: one file is a .pdf, else give a folder").arg(outPath));
  const QFileInfo writable(out.exists() ? out.absoluteFilePath() : out.absolutePath());
  if (!writable.isDir() || !writable.isWritable())
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot write the series into %1: folder %2 is missing or read-only").arg(outPath, writable.filePath()));
  return Status();
}

namespace ThematicSeries {

QList<QgsMapLayer *> showTheme(QgsProject *project, const Theme &theme, QgsMapLayer *extra)
{
  QgsLayerTree *root = project->layerTreeRoot();
  for (QgsLayerTreeLayer *node : root->findLayers()) {
    const QString id = node->layer() ? node->layer()->customProperty(QLatin1String(kSpecIdProperty)).toString() : QString();
    node->setItemVisibilityChecked((!id.isEmpty() && theme.layers.contains(id)) || (extra && node->layer() == extra));
  }
  // Groups checked only where they hold a shown layer, so the legend drops the rest.
  for (QgsLayerTreeGroup *group : root->findGroups(true)) {
    bool shows = false;
    for (QgsLayerTreeLayer *node : group->findLayers())
      shows = shows || node->itemVisibilityChecked();
    group->setItemVisibilityChecked(shows);
  }
  return root->checkedLayers();
}

Result<QgsMapLayer *> extraLayer(QgsProject *project, Store &store, const Theme &theme)
{
  if (theme.extra == ThemeExtra::None)
    return static_cast<QgsMapLayer *>(nullptr);
  CoverageOptions options; // 5 minutes at 5 km/h, every open shelter
  Result<CoverageResult> coverage = shelterCoverage(store, options);
  if (!coverage)
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "sheet %1: %2").arg(theme.fileStem, coverage.message()));
  QgsVectorLayer *layer = TransferSheetLayers::covered(project, coverage.value().covered);
  if (!layer)
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "sheet %1: cannot build the coverage layer").arg(theme.fileStem));
  layer->setName(QCoreApplication::translate("onemap::ThematicSeries", "Within a %1-minute walk of a shelter").arg(options.minutes));
  layer->setCustomProperty(QLatin1String(kExtraProperty), true);
  return static_cast<QgsMapLayer *>(layer);
}

Result<std::unique_ptr<QgsPrintLayout>> sheet(QgsProject *project, Store &store, const Theme &theme, const SeriesOptions &options)
{
  removeExtras(project);
  Result<ThemeTable> table = theme.table(store);
  if (!table)
    return table.status();
  Result<QgsMapLayer *> extra = extraLayer(project, store, theme);
  if (!extra)
    return extra.status();
  if (QgsMapLayer *layer = extra.value()) {
    // Drawn just under the theme's first layer (coverage under the shelter points).
    QgsLayerTreeGroup *group = project->layerTreeRoot();
    int index = 0;
    if (QgsMapLayer *first = StoreMapLayers::layer(project, theme.layers.value(0)))
      if (QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer(first); node && node->parent()) {
        group = QgsLayerTree::toGroup(node->parent());
        const QList<QgsLayerTreeNode *> siblings = group->children();
        for (int i = 0; i < siblings.size(); ++i) {
          QgsMapLayer *sibling = QgsLayerTree::isLayer(siblings[i]) ? QgsLayerTree::toLayer(siblings[i])->layer() : nullptr;
          if (sibling && theme.layers.contains(sibling->customProperty(QLatin1String(kSpecIdProperty)).toString()))
            index = i + 1;
        }
      }
    group->insertLayer(index, layer);
  }

  Result<std::unique_ptr<QgsPrintLayout>> loaded = SheetTemplates::load(options.templateName, project);
  if (!loaded)
    return loaded.status();
  std::unique_ptr<QgsPrintLayout> layout = std::move(loaded.value());
  layout->setName(theme.fileStem);
  const QList<QgsMapLayer *> layers = showTheme(project, theme, extra.value());
  QgsLayoutItemMap *map = SheetTemplates::map(layout.get());
  map->setCrs(project->crs());
  map->setLayers(layers);
  map->setKeepLayerSet(true);
  QgsRectangle extent = StoreMapLayers::countyExtent(project);
  extent.scale(1.05);
  SheetTemplates::zoomTo(map, extent);

  QString county = countyOf(project);
  SheetText text;
  text.title = theme.translatedTitle(county);
  text.subtitle = theme.translatedSubtitle();
  text.date = options.date;
  text.issuer = options.issuer.isEmpty() ? QCoreApplication::translate("onemap::ThematicSeries", "%1 Emergency Management Bureau").arg(county) : options.issuer;
  text.source = QCoreApplication::translate("onemap::ThematicSeries", "Data source: %1 situation store (%2)").arg(county, QFileInfo(options.storePath).fileName());
  text.tableHeaders = table.value().headers;
  text.tableRows = table.value().rows;
  SheetTemplates::fill(layout.get(), text);
  fitTable(layout.get());
  return std::move(layout);
}

Result<SeriesResult> write(const SeriesOptions &options, const SeriesProgress &progress)
{
  if (Status valid = options.validate(); !valid)
    return valid;
  auto store = Store::open(options.storePath);
  if (!store)
    return store.status();
  QgsProject project;
  if (Status loaded = StoreMapLayers::load(options.storePath, &project); !loaded)
    return loaded;

  const QVector<const Theme *> themes = options.selected();
  SeriesResult result;
  const int total = themes.size();
  if (progress && !progress(0, total)) {
    result.cancelled = true;
    return result;
  }
  std::unique_ptr<SeriesPdf> pdf;
  if (options.singleFile())
    pdf = std::make_unique<SeriesPdf>(options.outPath, options.dpi);
  else if (!QDir().mkpath(options.outPath))
    return Status::failure(QCoreApplication::translate("onemap::ThematicSeries", "cannot create folder %1").arg(options.outPath));

  SheetFormat format;
  format.kind = options.format;
  format.dpi = options.dpi;
  for (int i = 0; i < total; ++i) {
    Result<std::unique_ptr<QgsPrintLayout>> layout = sheet(&project, *store.value(), *themes[i], options);
    if (!layout)
      return layout.status();
    if (pdf) {
      if (Status added = pdf->add(layout.value().get(), options.dpi); !added)
        return added;
    } else {
      const QString path = QDir(options.outPath).filePath(themes[i]->fileStem + suffixOf(options.format));
      if (Status written = SheetTemplates::write(layout.value().get(), path, format); !written)
        return written;
      result.files << path;
    }
    if (progress && !progress(i + 1, total) && i + 1 < total) {
      result.cancelled = true;
      return result; // the partial multi-page PDF goes with pdf
    }
  }
  removeExtras(&project);
  if (pdf) {
    if (Status finished = pdf->finish(); !finished)
      return finished;
    result.files << options.outPath;
  }
  return result;
}

} // namespace ThematicSeries
} // namespace onemap
