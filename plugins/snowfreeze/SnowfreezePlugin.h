#pragma once
// 雪灾/凝冻 plugin: wires the parts of this folder to the HazardPlugin interface.
#include "api/HazardPlugin.h"

#include <QObject>

namespace onemap::snowfreeze {

class SnowfreezePlugin : public QObject, public HazardPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA(IID OneMapHazardPlugin_iid FILE "snowfreeze.json")
  Q_INTERFACES(onemap::HazardPlugin)

public:
  QString id() const override { return QStringLiteral("snowfreeze"); }
  QStringList migrations() const override;
  QString generateSample(sqlite3 *db, quint64 seed) const override;
  QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const override;
  ImpactSection impactSection(sqlite3 *db, qint64 warningId) const override;
  QStringList checklist(ResponseLevel level, ResponseTier tier) const override;
  QStringList dailyStatisticsFields() const override;
  QVector<LayerStyle> layerStyles() const override;
};

} // namespace onemap::snowfreeze
