// A real Qt hazard plugin that declares a plugin API this board does not
// have: the registry must skip it from its metadata without loading it.
#include "api/HazardPlugin.h"

#include <QObject>

class IncompatiblePlugin : public QObject, public onemap::HazardPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA(IID OneMapHazardPlugin_iid FILE "incompatible.json")
  Q_INTERFACES(onemap::HazardPlugin)

public:
  QString id() const override { return QStringLiteral("incompatible"); }
};

#include "IncompatiblePlugin.moc"
