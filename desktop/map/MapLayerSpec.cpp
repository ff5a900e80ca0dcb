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
    {QStringLiteral("warnings"), QStringLiteral("warnings"), WarningLayer::inForceSubset(), QCoreApplication::translate("onemap::MapLayers", "Warnings in force"), warnings, LayerStyle::Warning, true},
    {QStringLiteral("hidden_dangers"), QStringLiteral("hidden_dangers"), {}, QCoreApplication::translate("onemap::MapLayers", "Hidden-danger points"), dangers, LayerStyle::HiddenDanger, true},
    {QStringLiteral("risk_geological"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'geological'"), QCoreApplication::translate("onemap::MapLayers", "Geological hazard risk zones"), dangers, LayerStyle::RiskZone, true},
    {QStringLiteral("risk_flood"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'flood'"), QCoreApplication::translate("onemap::MapLayers", "Flood risk zones"), dangers, LayerStyle::RiskZone, false},
    {QStringLiteral("risk_forest_fire"), QStringLiteral("risk_zones"), QStringLiteral("hazard = 'forest_fire'"), QCoreApplication::translate("onemap::MapLayers", "Forest-fire risk zones"), dangers, LayerStyle::RiskZone, false},
    {QStringLiteral("shelters"), QStringLiteral("shelters"), QStringLiteral("shelter_class <> 'temporary'"), QCoreApplication::translate("onemap::MapLayers", "Shelters"), resources, LayerStyle::Shelter, true},
    {QStringLiteral("temporary_shelters"), QStringLiteral("shelters"), QStringLiteral("shelter_class = 'temporary'"), QCoreApplication::translate("onemap::MapLayers", "Temporary shelter points"), resources, LayerStyle::Shelter, false},
    {QStringLiteral("teams"), QStringLiteral("teams"), {}, QCoreApplication::translate("onemap::MapLayers", "Rescue teams"), resources, LayerStyle::Team, true},
    {QStringLiteral("reserves"), QStringLiteral("reserves"), {}, QCoreApplication::translate("onemap::MapLayers", "Material depots"), resources, LayerStyle::Reserve, true},
    {QStringLiteral("stations"), QStringLiteral("stations"), {}, QCoreApplication::translate("onemap::MapLayers", "Monitoring stations"), monitoring, LayerStyle::Station, true},
    {QStringLiteral("cameras"), QStringLiteral("cameras"), {}, QCoreApplication::translate("onemap::MapLayers", "Video channels"), monitoring, LayerStyle::Camera, false},
    {QStringLiteral("roads"), QStringLiteral("roads"), {}, QCoreApplication::translate("onemap::MapLayers", "Roads"), base, LayerStyle::Road, true},
    {QStringLiteral("rivers"), QStringLiteral("rivers"), {}, QCoreApplication::translate("onemap::MapLayers", "Rivers"), base, LayerStyle::River, true},
    {QStringLiteral("county"), QStringLiteral("admin_units"), QStringLiteral("level = 'county'"), QCoreApplication::translate("onemap::MapLayers", "County boundary"), base, LayerStyle::County, true},
    {QStringLiteral("townships"), QStringLiteral("admin_units"), QStringLiteral("level = 'township'"), QCoreApplication::translate("onemap::MapLayers", "Townships"), base, LayerStyle::Township, true},
    {QStringLiteral("villages"), QStringLiteral("admin_units"), QStringLiteral("level = 'village'"), QCoreApplication::translate("onemap::MapLayers", "Villages"), base, LayerStyle::Village, true},
    {QStringLiteral("reserve_items"), QStringLiteral("reserve_items"), {}, QCoreApplication::translate("onemap::MapLayers", "Reserve items"), ledgers, LayerStyle::Table, true},
    {QStringLiteral("responsible_persons"), QStringLiteral("responsible_persons"), {}, QCoreApplication::translate("onemap::MapLayers", "Responsible persons"), ledgers, LayerStyle::Table, true},
  };
}

} // namespace onemap
