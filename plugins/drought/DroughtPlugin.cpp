#include "DroughtPlugin.h"

#include "DroughtAssessments.h"
#include "DroughtChecklist.h"
#include "DroughtLayerStyles.h"
#include "DroughtRule.h"
#include "DroughtSample.h"
#include "DroughtTables.h"

#include <QCoreApplication>

namespace onemap::drought {

QStringList DroughtPlugin::migrations() const { return droughtMigrations(); }

QString DroughtPlugin::generateSample(sqlite3 *db, quint64 seed) const { return writeDroughtSample(db, seed); }

QVector<ThreatenedObject> DroughtPlugin::threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
{
  return drought::threatenedBy(db, warningId, error);
}

ImpactSection DroughtPlugin::impactSection(sqlite3 *db, qint64 warningId) const
{
  return drought::impactSection(db, warningId);
}

QStringList DroughtPlugin::checklist(ResponseLevel level, ResponseTier tier) const
{
  return drought::checklist(level, tier);
}

QStringList DroughtPlugin::dailyStatisticsFields() const
{
  // The 旱情 columns of the county's 七情 daily report, filled in by townships.
  return {QStringLiteral("drought_people_short:") + QCoreApplication::translate("onemap::DroughtPlugin", "People short of drinking water"),
          QStringLiteral("drought_livestock_short:") + QCoreApplication::translate("onemap::DroughtPlugin", "Large livestock short of drinking water"),
          QStringLiteral("drought_crop_area_ha:") + QCoreApplication::translate("onemap::DroughtPlugin", "Crop area affected by drought (ha)"),
          QStringLiteral("drought_water_delivered_m3:") + QCoreApplication::translate("onemap::DroughtPlugin", "Water delivered (m3)"),
          QStringLiteral("drought_delivery_trips:") + QCoreApplication::translate("onemap::DroughtPlugin", "Water delivery trips"),
          QStringLiteral("drought_wells_dug:") + QCoreApplication::translate("onemap::DroughtPlugin", "Emergency wells dug"),
          QStringLiteral("drought_emergency_sources:") + QCoreApplication::translate("onemap::DroughtPlugin", "Emergency water sources opened"),
          QStringLiteral("drought_people_supplied:") + QCoreApplication::translate("onemap::DroughtPlugin", "People given emergency water")};
}

QVector<LayerStyle> DroughtPlugin::layerStyles() const { return droughtLayerStyles(); }

QVector<EventKind> DroughtPlugin::eventKinds() const { return {assessmentKind()}; }

qint64 DroughtPlugin::recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const
{
  if (kind != assessmentKind().id) {
    if (error)
      *error = QCoreApplication::translate("onemap::DroughtPlugin", "kind: unknown event kind \"%1\"").arg(kind);
    return -1;
  }
  return recordAssessment(db, values, error);
}

EventImpact DroughtPlugin::eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const
{
  if (kind != assessmentKind().id) {
    if (error)
      *error = QCoreApplication::translate("onemap::DroughtPlugin", "kind: unknown event kind \"%1\"").arg(kind);
    return {};
  }
  return assessmentImpact(db, eventId, error);
}

} // namespace onemap::drought
