#include "ForestfirePlugin.h"

#include "FireEvents.h"
#include "FireStyles.h"
#include "FireTables.h"
#include "ForestfireChecklist.h"
#include "ForestfireRule.h"

#include <QCoreApplication>

namespace onemap::forestfire {

QStringList ForestfirePlugin::migrations() const { return fireMigrations(); }

QString ForestfirePlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSampleFireData(db, seed); }

QVector<ThreatenedObject> ForestfirePlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return forestfire::threatenedBy(db, warningId, error);
}

ImpactSection ForestfirePlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return forestfire::impactSection(db, warningId);
}

QStringList ForestfirePlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return forestfire::checklist(level, tier);
}

QStringList ForestfirePlugin::dailyStatisticsFields() const
{
  // 火情 of the 七情 daily statistics.
  return {QStringLiteral("fire_hotspots_verified:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspots verified"),
          QStringLiteral("fire_hotspots_false:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Hotspots found false"),
          QStringLiteral("fire_fires:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Forest fires"),
          QStringLiteral("fire_area_burned_ha:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Area burned (ha)"),
          QStringLiteral("fire_people_deployed:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Firefighters deployed"),
          QStringLiteral("fire_people_evacuated:") + QCoreApplication::translate("onemap::ForestfirePlugin", "People evacuated from fire areas"),
          QStringLiteral("fire_field_fire_stopped:") + QCoreApplication::translate("onemap::ForestfirePlugin", "Outdoor fire uses stopped")};
}

QVector<LayerStyle> ForestfirePlugin::layerStyles() const { return fireLayerStyles(); }

QVector<EventKind> ForestfirePlugin::eventKinds() const { return {fireEventKind()}; }

qint64 ForestfirePlugin::recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const
{
  if (kind != QLatin1String("fire")) {
    if (error)
      *error = QCoreApplication::translate("onemap::ForestfirePlugin", "kind: '%1' is not an event of this plugin (fire)").arg(kind);
    return -1;
  }
  return recordFire(db, values, error);
}

EventImpact ForestfirePlugin::eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const
{
  if (kind != QLatin1String("fire")) {
    if (error)
      *error = QCoreApplication::translate("onemap::ForestfirePlugin", "kind: '%1' is not an event of this plugin (fire)").arg(kind);
    return {};
  }
  return fireImpact(db, eventId, error);
}

} // namespace onemap::forestfire
