#include "EarthquakePlugin.h"

#include "EarthquakeChecklist.h"
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

} // namespace onemap::earthquake
