#include "HazmatPlugin.h"

#include "HazmatChecklist.h"
#include "HazmatEvents.h"
#include "HazmatRule.h"
#include "HazmatTables.h"

#include <QCoreApplication>

namespace onemap::hazmat {

namespace {
// One point symbol per table; QGIS 3.22 reads this as a .qml document.
QString markerQml(const char *shape, const char *color, double size)
{
  return QStringLiteral(
           "<qgis version=\"3.22\" styleCategories=\"Symbology\">"
           "<renderer-v2 type=\"singleSymbol\"><symbols><symbol type=\"marker\" name=\"0\" alpha=\"1\">"
           "<layer class=\"SimpleMarker\"><Option type=\"Map\">"
           "<Option type=\"QString\" name=\"name\" value=\"%1\"/>"
           "<Option type=\"QString\" name=\"color\" value=\"%2\"/>"
           "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
           "<Option type=\"QString\" name=\"size\" value=\"%3\"/>"
           "</Option></layer></symbol></symbols></renderer-v2></qgis>")
    .arg(QLatin1String(shape), QLatin1String(color))
    .arg(size);
}
} // namespace

QStringList HazmatPlugin::migrations() const { return tableMigrations(); }

QString HazmatPlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSample(db, seed); }

QVector<ThreatenedObject> HazmatPlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return hazmat::threatenedBy(db, warningId, error);
}

ImpactSection HazmatPlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return hazmat::impactSection(db, warningId);
}

QStringList HazmatPlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return hazmat::checklist(level, tier);
}

QStringList HazmatPlugin::dailyStatisticsFields() const
{
  return {QStringLiteral("hazmat_sources_inspected:") + QCoreApplication::translate("onemap::HazmatPlugin", "Major hazard sources inspected"),
          QStringLiteral("hazmat_sensor_alarms:") + QCoreApplication::translate("onemap::HazmatPlugin", "Hazmat and tailings sensors over threshold"),
          QStringLiteral("hazmat_releases:") + QCoreApplication::translate("onemap::HazmatPlugin", "Hazardous chemical releases"),
          QStringLiteral("hazmat_people_evacuated:") + QCoreApplication::translate("onemap::HazmatPlugin", "People evacuated from release zones"),
          QStringLiteral("tailings_ponds_patrolled:") + QCoreApplication::translate("onemap::HazmatPlugin", "Tailings ponds patrolled")};
}

QVector<LayerStyle> HazmatPlugin::layerStyles() const
{
  return {
    LayerStyle {QStringLiteral("hazmat_sources"), markerQml("diamond", "200,30,30,255", 3.2), QCoreApplication::translate("onemap::HazmatPlugin", "Major hazard sources")},
    LayerStyle {QStringLiteral("hazmat_tailings_ponds"), markerQml("square", "140,90,40,255", 3.4), QCoreApplication::translate("onemap::HazmatPlugin", "Tailings ponds")},
    LayerStyle {QStringLiteral("hazmat_sensors"), markerQml("circle", "230,120,20,255", 1.8), QCoreApplication::translate("onemap::HazmatPlugin", "Hazard source sensors")},
    LayerStyle {QStringLiteral("hazmat_releases"), markerQml("star", "128,0,128,255", 4.0), QCoreApplication::translate("onemap::HazmatPlugin", "Chemical releases")},
  };
}

QVector<EventKind> HazmatPlugin::eventKinds() const { return hazmat::eventKinds(); }

qint64 HazmatPlugin::recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const
{
  return hazmat::recordEvent(db, kind, values, error);
}

EventImpact HazmatPlugin::eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const
{
  return hazmat::eventImpact(db, kind, eventId, error);
}

} // namespace onemap::hazmat
