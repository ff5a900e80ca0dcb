#include "MapLayerSpec.h"

#include "WarningLayer.h"

#include <QCoreApplication>

namespace onemap {

namespace {
} // namespace

QVector<MapLayerSpec> boardLayerSpecs()
{
  const QString warnings = QCoreApplication::translate("onemap::MapLayers", "Warnings");
  const QString dangers = QCoreApplication::translate("onemap::MapLayers", "Hidden dangers and risk");
  const QString resources = QCoreApplication::translate("onemap::MapLayers", "Emergency resources");
  const QString monitoring = QCoreApplication::translate("onemap::MapLayers", "Monitoring");
  const QString base = QCoreApplication::translate("onemap::MapLayers", "Base map");
  const QString ledgers = QCoreApplication::translate("onemap::MapLayers", "Ledgers");
  return {
    {QStringLiteral("warnings"), QStringLiteral("warnings"), WarningLayer::inForceSubset(), QCoreApplication::translate("onemap::MapLayers", "Warnings in force"), warnings, BoardStyle::Warning, true},
    {QStringLiteral("hidden_dangers"), QStringLiteral("hidden_dangers"), {}, QCoreApplication::translate("onemap::MapLayers", "Hidden-danger points"), dangers, BoardStyle::HiddenDanger, true},
    {QStringLiteral("risk_geological"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'geological'"), QCoreApplication::translate("onemap::MapLayers", "Geological hazard risk zones"), dangers, BoardStyle::RiskZone, true},
    {QStringLiteral("risk_flood"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'flood'"), QCoreApplication::translate("onemap::MapLayers", "Flood risk zones"), dangers, BoardStyle::RiskZone, false},
    {QStringLiteral("risk_forest_fire"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'forest_fire'"), QCoreApplication::translate("onemap::MapLayers", "Forest-fire risk zones"), dangers, BoardStyle::RiskZone, false},
    {QStringLiteral("shelters"), QStringLiteral("shelters"), QStringLiteral("shelter_class <> 'temporary'"), QCoreApplication::translate("onemap::MapLayers", "Shelters"), resources, BoardStyle::Shelter, true},
    {QStringLiteral("temporary_shelters"), QStringLiteral("shelters"), QStringLiteral("shelter_class = 'temporary'"), QCoreApplication::translate("onemap::MapLayers", "Temporary shelter points"), resources, BoardStyle::Shelter, false},
    {QStringLiteral("teams"), QStringLiteral("teams"), {}, QCoreApplication::translate("onemap::MapLayers", "Rescue teams"), resources, BoardStyle::Team, true},
    {QStringLiteral("reserves"), QStringLiteral("reserves"), {}, QCoreApplication::translate("onemap::MapLayers", "Material depots"), resources, BoardStyle::Reserve, true},
    {QStringLiteral("stations"), QStringLiteral("stations"), {}, QCoreApplication::translate("onemap::MapLayers", "Monitoring stations"), monitoring, BoardStyle::Station, true},
    {QStringLiteral("cameras"), QStringLiteral("cameras"), {}, QCoreApplication::translate("onemap::MapLayers", "Video channels"), monitoring, BoardStyle::Camera, false},
    {QStringLiteral("roads"), QStringLiteral("roads"), {}, QCoreApplication::translate("onemap::MapLayers", "Roads"), base, BoardStyle::Road, true},
    {QStringLiteral("rivers"), QStringLiteral("rivers"), {}, QCoreApplication::translate("onemap::MapLayers", "Rivers"), base, BoardStyle::River, true},
    {QStringLiteral("county"), QStringLiteral("admin_units"), QStringLiteral("level = 'county'"), QCoreApplication::translate("onemap::MapLayers", "County boundary"), base, BoardStyle::County, true},
    {QStringLiteral("townships"), QStringLiteral("admin_units"), QStringLiteral("level = 'township'"), QCoreApplication::translate("onemap::MapLayers", "Townships"), base, BoardStyle::Township, true},
    {QStringLiteral("villages"), QStringLiteral("admin_units"), QStringLiteral("level = 'village'"), QCoreApplication::translate("onemap::MapLayers", "Villages"), base, BoardStyle::Village, true},
    {QStringLiteral("reserve_items"), QStringLiteral("reserve_items"), {}, QCoreApplication::translate("onemap::MapLayers", "Reserve items"), ledgers, BoardStyle::Table, true},
    {QStringLiteral("responsible_persons"), QStringLiteral("responsible_persons"), {}, QCoreApplication::translate("onemap::MapLayers", "Responsible persons"), ledgers, BoardStyle::Table, true},
  };
}

} // namespace onemap
