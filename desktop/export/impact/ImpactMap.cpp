#include "ImpactMap.h"

#include "export/notices/NoticeLayout.h"
#include "export/notices/NoticeMaps.h"
#include "map/EscalatedDangers.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "plugins/EventLayer.h"

#include <QStringList>
#include <algorithm>
#include <qgsexpressioncontextutils.h>
#include <qgsfillsymbol.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace onemap::ImpactMap {

namespace {

QgsVectorLayer *addArea(QgsProject *project, const QString &storePath, const ImpactWarning &warning)
{
  // The id is an integer read from the store, never user text.
  auto *layer = StoreMapLayers::createLayer(storePath, QStringLiteral("warnings"), QStringLiteral("id = %1").arg(warning.id), QStringLiteral("warning"));
  if (!layer->isValid()) {
    delete layer;
    return nullptr;
  }
  QColor fill = LayerStyles::warningColour(warning.level);
  const QColor outline = fill;
  fill.setAlpha(55);
  auto *symbol = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("%1,%2,%3,%4").arg(fill.red()).arg(fill.green()).arg(fill.blue()).arg(fill.alpha())},
                                              {QStringLiteral("outline_color"), QStringLiteral("%1,%2,%3,255").arg(outline.red()).arg(outline.green()).arg(outline.blue())},
                                              {QStringLiteral("outline_width"), QStringLiteral("0.8")}});
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
  project->addMapLayer(layer, false);
  return layer;
}

} // namespace

QImage render(const Impact &impact, const QString &storePath, const QSizeF &sizeMm, int dpi)
{
  return render(QVector<Impact> {impact}, storePath, sizeMm, dpi);
}

QImage render(const QVector<Impact> &impacts, const QString &storePath, const QSizeF &sizeMm, int dpi)
{
  if (impacts.isEmpty())
    return QImage();
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(storePath, 0);
  if (!project)
    return QImage();
  // The most severe warning last in the list, so it is drawn on top.
  QList<QgsMapLayer *> areas;
  QList<qint64> ids;
  QStringList escalated;
  for (const Impact &impact : impacts) {
    QgsVectorLayer *area = addArea(project.get(), storePath, impact.warning);
    if (!area || area->extent().isEmpty())
      continue;
    areas.prepend(area);
    for (const ImpactDanger &d : impact.dangers) {
      if (ids.contains(d.id))
        continue;
      ids << d.id;
      if (d.escalated)
        escalated << QString::number(d.id);
    }
  }
  if (areas.isEmpty())
    return QImage();
  project->setCrs(StoreMapLayers::gaussKrugerFor(qobject_cast<QgsVectorLayer *>(areas.first())->extent().center().x()));
  QgsRectangle areaExtent;
  for (QgsMapLayer *area : areas) {
    const QgsRectangle e = NoticeMaps::extentOf(project.get(), qobject_cast<QgsVectorLayer *>(area));
    if (areaExtent.isEmpty())
      areaExtent = e;
    else
      areaExtent.combineExtentWith(e);
  }

  QgsVectorLayer *dangers = NoticeMaps::addDangers(project.get(), storePath, ids);
  if (dangers) {
    // The halo as this report judged it (also for a warning no longer in force), overdue as of its day.
    QgsExpressionContextUtils::setLayerVariable(dangers, QLatin1String(EscalatedDangers::kVariable), escalated.join(QLatin1Char(',')));
    QgsExpressionContextUtils::setLayerVariable(dangers, QLatin1String(LayerStyles::kTodayVariable), impacts.first().asOf.toString(Qt::ISODate));
    dangers->setLabelsEnabled(false); // hundreds of names would bury the map
  }

  QList<QgsMapLayer *> layers;
  if (dangers)
    layers << dangers;
  layers << areas;
  for (const char *id : {"roads", "rivers", "villages", "townships", "county"})
    if (QgsVectorLayer *l = NoticeMaps::base(project.get(), QLatin1String(id)))
      layers << l;

  const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
  QgsRectangle extent = areaExtent;
  extent.scale(1.12);
  QgsMapSettings settings;
  settings.setDestinationCrs(project->crs());
  settings.setTransformContext(project->transformContext());
  settings.setLayers(layers);
  settings.setOutputSize(pixels);
  settings.setOutputDpi(dpi);
  settings.setBackgroundColor(Qt::white);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
  settings.setExtent(NoticeLayout::withAspect(extent, QRectF(0, 0, sizeMm.width(), sizeMm.height())));
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

QImage renderArea(const QString &areaWkt, const QString &title, const QString &storePath, const QSizeF &sizeMm, int dpi)
{
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(storePath, 0);
  if (!project)
    return QImage();
  QgsVectorLayer *area = EventLayer::add(project.get(), title, areaWkt, nullptr);
  if (!area || area->extent().isEmpty())
    return QImage();
  project->setCrs(StoreMapLayers::gaussKrugerFor(area->extent().center().x()));
  QList<QgsMapLayer *> layers {area};
  for (const char *id : {"roads", "rivers", "villages", "townships", "county"})
    if (QgsVectorLayer *l = NoticeMaps::base(project.get(), QLatin1String(id)))
      layers << l;
  const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
  // The area and the county both: a ring larger than the county shows whole.
  QgsRectangle extent = NoticeMaps::extentOf(project.get(), area);
  extent.scale(1.08);
  // A small area (a fire's first hours, a chemical release) is shown with at
  // least 6 km around it, so the villages and roads near it are on the map.
  const double minSide = 6000; // metres: the project CRS is Gauss-Krüger
  if (extent.width() < minSide || extent.height() < minSide) {
    const QgsPointXY c = extent.center();
    const double half = std::max({minSide, extent.width(), extent.height()}) / 2;
    extent = QgsRectangle(c.x() - half, c.y() - half, c.x() + half, c.y() + half);
  }
  QgsMapSettings settings;
  settings.setDestinationCrs(project->crs());
  settings.setTransformContext(project->transformContext());
  settings.setLayers(layers);
  settings.setOutputSize(pixels);
  settings.setOutputDpi(dpi);
  settings.setBackgroundColor(Qt::white);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
  settings.setExtent(NoticeLayout::withAspect(extent, QRectF(0, 0, sizeMm.width(), sizeMm.height())));
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

} // namespace onemap::ImpactMap
