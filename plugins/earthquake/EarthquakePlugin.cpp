#include "EarthquakePlugin.h"

#include "EarthquakeChecklist.h"
#include "EarthquakeEvents.h"
#include "EarthquakeRule.h"
#include "QuakeEvents.h"

#include <QCoreApplication>

namespace onemap::earthquake {

QStringList EarthquakePlugin::migrations() const { return quakeEventMigrations(); }

QString EarthquakePlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSampleEvent(db, seed); }

QVector<ThreatenedObject> EarthquakePlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return earthquake::threatenedBy(db, warningId, error);
}

ImpactSection EarthquakePlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return earthquake::impactSection(db, warningId);
}

QStringList EarthquakePlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return earthquake::checklist(level, tier);
}

QStringList EarthquakePlugin::dailyStatisticsFields() const
{
  return {QStringLiteral("quake_deaths:") + QCoreApplication::translate("onemap::EarthquakePlugin", "Earthquake deaths"),
          QStringLiteral("quake_injured:") + QCoreApplication::translate("onemap::EarthquakePlugin", "Earthquake injured"),
          QStringLiteral("quake_houses_damaged:") + QCoreApplication::translate("onemap::EarthquakePlugin", "Houses damaged"),
          QStringLiteral("quake_people_resettled:") + QCoreApplication::translate("onemap::EarthquakePlugin", "People resettled")};
}

QVector<LayerStyle> EarthquakePlugin::layerStyles() const
{
  // A red star per epicentre, labelled with its magnitude.
  static const QString qml = QStringLiteral(
    "<qgis version=\"3.22\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"1\">"
    "<renderer-v2 type=\"singleSymbol\"><symbols><symbol type=\"marker\" name=\"0\" alpha=\"1\">"
    "<layer class=\"SimpleMarker\"><Option type=\"Map\">"
    "<Option type=\"QString\" name=\"name\" value=\"star\"/>"
    "<Option type=\"QString\" name=\"color\" value=\"220,20,20,255\"/>"
    "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
    "<Option type=\"QString\" name=\"size\" value=\"5\"/>"
    "</Option></layer></symbol></symbols></renderer-v2>"
    "<labeling type=\"simple\"><settings calloutType=\"simple\">"
    "<text-style fieldName=\"'M' || format_number(magnitude, 1)\" isExpression=\"1\" fontSize=\"9\" textColor=\"160,0,0,255\">"
    "<text-buffer bufferDraw=\"1\" bufferSize=\"1\" bufferColor=\"255,255,255,255\"/></text-style>"
    "<placement placement=\"1\" dist=\"2\"/></settings></labeling></qgis>");
  return {LayerStyle {QStringLiteral("quake_events"), qml, QCoreApplication::translate("onemap::EarthquakePlugin", "Earthquake epicentres")}};
}

QVector<EventKind> EarthquakePlugin::eventKinds() const { return earthquake::eventKinds(); }

qint64 EarthquakePlugin::recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const
{
  return earthquake::recordEvent(db, kind, values, error);
}

EventImpact EarthquakePlugin::eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const
{
  return earthquake::eventImpact(db, kind, eventId, error);
}

} // namespace onemap::earthquake
