#include "SnowfreezePlugin.h"

#include "SnowStyles.h"
#include "SnowTables.h"
#include "SnowfreezeChecklist.h"
#include "SnowfreezeRule.h"

#include <QCoreApplication>

namespace onemap::snowfreeze {

QStringList SnowfreezePlugin::migrations() const { return snowMigrations(); }

QString SnowfreezePlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSampleTables(db, seed); }

QVector<ThreatenedObject> SnowfreezePlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return snowfreeze::threatenedBy(db, warningId, error);
}

ImpactSection SnowfreezePlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return snowfreeze::impactSection(db, warningId);
}

QStringList SnowfreezePlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return snowfreeze::checklist(level, tier);
}

QStringList SnowfreezePlugin::dailyStatisticsFields() const
{
  // 雪情 of the "七情" daily statistics, reported by township.
  return {QStringLiteral("snow_roads_closed:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Road segments closed by snow or ice"),
          QStringLiteral("snow_road_km_closed:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Road closed (km)"),
          QStringLiteral("snow_villages_cut_off:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Villages cut off"),
          QStringLiteral("snow_people_cut_off:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "People in cut-off villages"),
          QStringLiteral("snow_outage_households:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Households without power"),
          QStringLiteral("snow_lines_damaged:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Power lines iced or broken"),
          QStringLiteral("snow_people_aided:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "Needy people given cold-protection aid"),
          QStringLiteral("snow_people_relocated:") + QCoreApplication::translate("onemap::SnowfreezePlugin", "People relocated")};
}

QVector<LayerStyle> SnowfreezePlugin::layerStyles() const { return snowLayerStyles(); }

} // namespace onemap::snowfreeze
