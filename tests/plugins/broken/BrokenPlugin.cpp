// A plugin that loads (right API) but is wrong in every other way the board
// must survive: a migration whose SQL does not run, a warning rule that
// reports an error, a layer over a table that does not exist and a layer
// whose QML does not parse. The board must open and name it in each place.
#include "api/HazardPlugin.h"

#include <QObject>

class BrokenPlugin : public QObject, public onemap::HazardPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA(IID OneMapHazardPlugin_iid FILE "broken.json")
  Q_INTERFACES(onemap::HazardPlugin)

public:
  QString id() const override { return QStringLiteral("broken"); }

  QStringList migrations() const override
  {
    return {QStringLiteral("CREATE TABLE broken_sites (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE broken_sites (oops);")};
  }

  QVector<onemap::ThreatenedObject> threatenedBy(sqlite3 *, qint64, QString *error) const override
  {
    if (error)
      *error = QStringLiteral("no such table: broken_sites");
    return {};
  }

  QStringList checklist(onemap::ResponseLevel, onemap::ResponseTier) const override { return {QStringLiteral("broken checklist item")}; }

  QVector<onemap::LayerStyle> layerStyles() const override
  {
    const QString good = QStringLiteral("<qgis version=\"3.22\"><renderer-v2 type=\"singleSymbol\"><symbols/></renderer-v2></qgis>");
    return {onemap::LayerStyle {QStringLiteral("broken_sites"), good, QStringLiteral("Broken sites")},
            onemap::LayerStyle {QStringLiteral("shelters"), QStringLiteral("<qgis><renderer-v2 type=\"singleSymbol\">"), QStringLiteral("Broken shelters")}};
  }
};

#include "BrokenPlugin.moc"
