#include "FloodPlugin.h"

#include "FloodChecklist.h"
#include "FloodRule.h"
#include "FloodSample.h"
#include "FloodStyles.h"
#include "FloodTables.h"

#include <QCoreApplication>

namespace onemap::flood {

QStringList FloodPlugin::migrations() const { return floodMigrations(); }

QString FloodPlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeSample(db, seed); }

QVector<ThreatenedObject> FloodPlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return flood::threatenedBy(db, warningId, error);
}

ImpactSection FloodPlugin::impactSection(sqlite3 *db, qint64 warningId) const { return flood::impactSection(db, warningId); }

QStringList FloodPlugin::checklist(ResponseLevel level, ResponseTier tier) const { return flood::checklist(level, tier); }

// 雨情 and 水情 of the 七情 daily statistics, and the transfers they led to.
QStringList FloodPlugin::dailyStatisticsFields() const
{
  auto label = [](const char *text) { return QCoreApplication::translate("onemap::FloodPlugin", text); };
  return {QStringLiteral("flood_max_rainfall_mm:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "Largest point rainfall (mm)")),
          QStringLiteral("flood_rivers_over_warning:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "Rivers over warning level")),
          QStringLiteral("flood_reservoirs_over_limit:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "Reservoirs over flood-limit level")),
          QStringLiteral("flood_gullies_alerted:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "Torrent gullies alerted")),
          QStringLiteral("flood_people_transferred:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "People transferred from flood zones")),
          QStringLiteral("flood_people_sheltered:") + label(QT_TRANSLATE_NOOP("onemap::FloodPlugin", "People in shelters"))};
}

QVector<LayerStyle> FloodPlugin::layerStyles() const { return flood::layerStyles(); }

} // namespace onemap::flood
