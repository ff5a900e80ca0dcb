#include "MapSheet.h"

#include "export/layout/SheetTemplates.h"
#include "map/StoreMapLayers.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <qgslayoutitemmap.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

namespace onemap {

SheetText MapSheet::text(QgsProject *project, const MapSheetOptions &options)
{
  QString county = project->customVariables().value(QStringLiteral("onemap_county")).toString();
  if (county.isEmpty())
    county = QCoreApplication::translate("onemap::MapSheet", "Sample County");
  SheetText text;
  text.title = options.title.isEmpty() ? QCoreApplication::translate("onemap::MapSheet", "%1 emergency situation map").arg(county) : options.title;
  text.subtitle = options.subtitle;
  text.issuer = options.issuer.isEmpty() ? QCoreApplication::translate("onemap::MapSheet", "%1 Emergency Management Bureau").arg(county) : options.issuer;
  const QString today = QDate::currentDate().toString(QCoreApplication::translate("onemap::SheetTemplates", "yyyy-MM-dd", "date format on map sheets"));
  text.date = QCoreApplication::translate("onemap::MapSheet", "Date: %1").arg(today);
  // The note's CRS part has its own label on the templates.
  text.source = options.source.isEmpty()
                    ? QCoreApplication::translate("onemap::MapSheet", "Data source: %1 situation store; administrative boundaries are schematic.  %2").arg(county, QString()).trimmed()
                    : options.source;
  text.crsNote = QCoreApplication::translate("onemap::MapSheet", "Coordinate system: CGCS2000 (%1)").arg(project->crs().description());
  text.legendTitle = QCoreApplication::translate("onemap::MapSheet", "Legend");
  return text;
}

Result<std::unique_ptr<QgsPrintLayout>> MapSheet::build(QgsProject *project, const MapSheetOptions &options)
{
  Result<std::unique_ptr<QgsPrintLayout>> loaded = SheetTemplates::load(options.layoutTemplate(), project);
  if (!loaded)
    return loaded.status();
  std::unique_ptr<QgsPrintLayout> layout = loaded.take();
  layout->setName(QCoreApplication::translate("onemap::MapSheet", "Map sheet"));
  QgsLayoutItemMap *map = SheetTemplates::map(layout.get());
  map->setCrs(project->crs());
  QgsRectangle extent = StoreMapLayers::countyExtent(project);
  extent.scale(1.05);
  SheetTemplates::zoomTo(map, extent);
  SheetTemplates::fill(layout.get(), text(project, options));
  return std::move(layout);
}

Status MapSheet::exportTo(QgsProject *project, const MapSheetOptions &options)
{
  if (Status valid = options.validate(); !valid)
    return valid;
  Result<SheetFormat> format = SheetFormat::fromPath(options.outPath, options.dpi);
  if (!format)
    return format.status();
  format.value().georeferenced = options.georeferenced;
  Result<std::unique_ptr<QgsPrintLayout>> layout = build(project, options);
  if (!layout)
    return layout.status();
  return SheetTemplates::write(layout.value().get(), options.outPath, format.value());
}

} // namespace onemap
