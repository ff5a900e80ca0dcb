#pragma once
// 地震 plugin: wires the parts of this folder to the HazardPlugin interface.
#include "api/HazardPlugin.h"

#include <QObject>

namespace onemap::earthquake {

class EarthquakePlugin : public QObject, public HazardPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA(IID OneMapHazardPlugin_iid FILE "earthquake.json")
  Q_INTERFACES(onemap::HazardPlugin)

public:
  QString id() const override { return QStringLiteral("earthquake"); }
  QStringList migrations() const override;
  QString generateSample(sqlite3 *db, quint64 seed) const override;
  QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const override;
  ImpactSection impactSection(sqlite3 *db, qint64 warningId) const override;
  QStringList checklist(ResponseLevel level, ResponseTier tier) const override;
  QStringList dailyStatisticsFields() const override;
  QVector<LayerStyle> layerStyles() const override;
  QVector<EventKind> eventKinds() const override;
  qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const override;
  EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const override;
};

} // namespace onemap::earthquake
