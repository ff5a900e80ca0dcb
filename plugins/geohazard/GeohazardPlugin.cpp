#include "GeohazardPlugin.h"

#include "GeoMonitors.h"
#include "GeohazardChecklist.h"
#include "GeohazardRule.h"

#include <QCoreApplication>

namespace onemap::geohazard {

QStringList GeohazardPlugin::migrations() const { return monitorMigrations(); }

QString GeohazardPlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSampleMonitors(db, seed); }

QVector<ThreatenedObject> GeohazardPlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return geohazard::threatenedBy(db, warningId, error);
}

ImpactSection GeohazardPlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return geohazard::impactSection(db, warningId);
}

QStringList GeohazardPlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return geohazard::checklist(level, tier);
}

QStringList GeohazardPlugin::dailyStatisticsFields() const
{
  return {QStringLiteral("geo_points_threatened:") + QCoreApplication::translate("onemap::GeohazardPlugin", "Geohazard points threatened"),
          QStringLiteral("geo_people_evacuated:") + QCoreApplication::translate("onemap::GeohazardPlugin", "People moved out of geohazard areas"),
          QStringLiteral("geo_monitors_alarm:") + QCoreApplication::translate("onemap::GeohazardPlugin", "Monitors over threshold")};
}

QVector<LayerStyle> GeohazardPlugin::layerStyles() const
{
  // A brown triangle per monitor; QGIS reads this as a .qml document.
  static const QString qml = QStringLiteral(
    "<qgis version=\"3.22\" styleCategories=\"Symbology\">"
    "<renderer-v2 type=\"singleSymbol\"><symbols><symbol type=\"marker\" name=\"0\" alpha=\"1\">"
    "<layer class=\"SimpleMarker\"><Option type=\"Map\">"
    "<Option type=\"QString\" name=\"name\" value=\"triangle\"/>"
    "<Option type=\"QString\" name=\"color\" value=\"166,97,26,255\"/>"
    "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
    "<Option type=\"QString\" name=\"size\" value=\"2.6\"/>"
    "</Option></layer></symbol></symbols></renderer-v2></qgis>");
  return {LayerStyle {QStringLiteral("geo_monitors"), qml, QCoreApplication::translate("onemap::GeohazardPlugin", "Geohazard monitors")}};
}

} // namespace onemap::geohazard
