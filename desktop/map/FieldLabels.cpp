#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace onemap::FieldLabels {

namespace {
using Codes = QVector<QPair<QString, QString>>;
QPair<QString, QString> c(const char *code, const char *label) { return {QString::fromLatin1(code), QCoreApplication::translate("onemap::FieldLabels", label)}; }
} // namespace

QString field(const QString &column)
{
  static const QHash<QString, const char *> names {
    {QStringLiteral("id"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "ID")},
    {QStringLiteral("code"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Code")},
    {QStringLiteral("name"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Name")},
    {QStringLiteral("level"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Level")},
    {QStringLiteral("parent_code"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Parent unit code")},
    {QStringLiteral("population"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Population")},
    {QStringLiteral("households"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Households")},
    {QStringLiteral("area_km2"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Area (km²)")},
    {QStringLiteral("hazard"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Hazard")},
    {QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Risk level")},
    {QStringLiteral("exposed_population"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Exposed population")},
    {QStringLiteral("exposed_houses"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Exposed houses")},
    {QStringLiteral("source_year"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Census year")},
    {QStringLiteral("township_code"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Township code")},
    {QStringLiteral("village_code"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Village code")},
    {QStringLiteral("hazard_type"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Hazard type")},
    {QStringLiteral("scale"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Scale")},
    {QStringLiteral("threatened_people"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Threatened people")},
    {QStringLiteral("threatened_households"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Threatened households")},
    {QStringLiteral("threatened_property"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Threatened property (10,000 yuan)")},
    {QStringLiteral("monitor_person"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Monitor")},
    {QStringLiteral("responsible_unit"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Responsible unit")},
    {QStringLiteral("responsible_person"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Responsible person")},
    {QStringLiteral("phone"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Phone")},
    {QStringLiteral("measures"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Measures")},
    {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Deadline")},
    {QStringLiteral("status"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Status")},
    {QStringLiteral("supervised"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Listed for supervision")},
    {QStringLiteral("shelter_class"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Shelter class")},
    {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Capacity (people)")},
    {QStringLiteral("usable_area_m2"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Usable area (m²)")},
    {QStringLiteral("supplies"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Supplies")},
    {QStringLiteral("manager"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Manager")},
    {QStringLiteral("is_open"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Open")},
    {QStringLiteral("occupancy"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Current occupancy")},
    {QStringLiteral("kind"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Kind")},
    {QStringLiteral("specialties"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Specialties")},
    {QStringLiteral("members"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Members")},
    {QStringLiteral("equipment"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Equipment")},
    {QStringLiteral("leader"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Leader")},
    {QStringLiteral("base"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Base")},
    {QStringLiteral("keeper"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Keeper")},
    {QStringLiteral("reserve_id"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Depot")},
    {QStringLiteral("item"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Item")},
    {QStringLiteral("unit"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Unit")},
    {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Quantity")},
    {QStringLiteral("latest_value"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Latest reading")},
    {QStringLiteral("latest_time"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Reading time")},
    {QStringLiteral("threshold"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Threshold")},
    {QStringLiteral("channel_id"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Channel ID")},
    {QStringLiteral("owner_department"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Owner department")},
    {QStringLiteral("stream_url"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Stream address")},
    {QStringLiteral("role"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Role")},
    {QStringLiteral("admin_code"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Administrative unit code")},
    {QStringLiteral("covers_table"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Answers for (layer)")},
    {QStringLiteral("covers_id"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Answers for (object ID)")},
    {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Identifier")},
    {QStringLiteral("sender"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Sender")},
    {QStringLiteral("sent"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Sent")},
    {QStringLiteral("msg_type"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Message type")},
    {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Issuer")},
    {QStringLiteral("stage"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Stage")},
    {QStringLiteral("headline"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Headline")},
    {QStringLiteral("description"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Description")},
    {QStringLiteral("area_desc"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Area")},
    {QStringLiteral("effective"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Effective")},
    {QStringLiteral("onset"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Onset")},
    {QStringLiteral("expires"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Expires")},
    {QStringLiteral("road_class"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Road class")},
    {QStringLiteral("length_m"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Length (m)")},
    {QStringLiteral("is_cut"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "Cut off")},
    {QStringLiteral("river_rank"), QT_TRANSLATE_NOOP("onemap::FieldLabels", "River rank")},
  };
  const auto it = names.constFind(column);
  return it == names.constEnd() ? column : QCoreApplication::translate("onemap::FieldLabels", it.value());
}

QVector<QPair<QString, QString>> values(const QString &table, const QString &column)
{
  const QString key = table + QLatin1Char('.') + column;
  if (column == QLatin1String("hazard_type"))
    return {c("landslide", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Landslide")), c("collapse", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Collapse")), c("debris_flow", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Debris flow")),
            c("subsidence", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Ground subsidence")), c("unstable_slope", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Unstable slope")), c("flood_prone", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Flood-prone point")),
            c("waterlogging", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Waterlogging point")), c("hazmat", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Hazardous chemicals"))};
  if (key == QLatin1String("hidden_dangers.status"))
    return {c("identified", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Identified")), c("assigned", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Assigned")), c("rectifying", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Rectifying")), c("checked", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Checked")),
            c("signed_off", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Signed off"))};
  if (key == QLatin1String("danger_events.step")) // the closed loop's history: the statuses plus reopened
    return values(QStringLiteral("hidden_dangers"), QStringLiteral("status")) << c("reopened", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Reopened"));
  if (column == QLatin1String("scale"))
    return {c("small", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Small")), c("medium", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Medium")), c("large", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Large")), c("huge", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Very large"))};
  if (column == QLatin1String("shelter_class"))
    return {c("I", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Class I")), c("II", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Class II")), c("III", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Class III")), c("village", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Village shelter")),
            c("temporary", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Temporary point"))};
  if (key == QLatin1String("teams.kind"))
    return {c("comprehensive", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Comprehensive")), c("professional", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Professional")), c("social", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Social / volunteer")),
            c("militia", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Militia")), c("enterprise", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Enterprise"))};
  if (key == QLatin1String("teams.specialties"))
    return {c("forest_fire", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Forest firefighting")), c("water", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Water rescue")),
            c("mountain", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Mountain rescue")), c("collapse", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Collapsed-structure rescue")),
            c("hazmat", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Hazardous-chemical response"))};
  if (key == QLatin1String("teams.status"))
    return {c("standby", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Standby")), c("deployed", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Deployed"))};
  if (key == QLatin1String("reserves.level"))
    return {c("county", QT_TRANSLATE_NOOP("onemap::FieldLabels", "County")), c("township", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Township")), c("village", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Village")), c("social", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Social")),
            c("household", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Household"))};
  if (key == QLatin1String("admin_units.level"))
    return {c("county", QT_TRANSLATE_NOOP("onemap::FieldLabels", "County")), c("township", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Township")), c("village", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Village")), c("grid", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Grid"))};
  if (key == QLatin1String("stations.kind"))
    return {c("weather", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Automatic weather station")), c("rain_gauge", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Rain gauge")), c("river_level", QT_TRANSLATE_NOOP("onemap::FieldLabels", "River level gauge")),
            c("gnss", QT_TRANSLATE_NOOP("onemap::FieldLabels", "GNSS displacement")), c("tailings", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Tailings-pond sensor"))};
  if (key == QLatin1String("consultations.kind"))
    return {c("annual_outlook", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Annual outlook")), c("seasonal_stage", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Seasonal stage")),
            c("rolling_event", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Rolling event meeting"))};
  if (key == QLatin1String("consultations.status"))
    return {c("open", QT_TRANSLATE_NOOP("onemap::FieldLabels", "In progress")), c("closed", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Closed"))};
  if (key == QLatin1String("warnings.level"))
    return {c("blue", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Blue (IV)")), c("yellow", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Yellow (III)")), c("orange", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Orange (II)")), c("red", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Red (I)"))};
  if (key == QLatin1String("warnings.status"))
    return {c("active", QT_TRANSLATE_NOOP("onemap::FieldLabels", "In force")), c("updated", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Updated")), c("cancelled", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Cancelled")), c("expired", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Expired"))};
  if (key == QLatin1String("warnings.stage"))
    return {c("72h", QT_TRANSLATE_NOOP("onemap::FieldLabels", "72 hours")), c("24h", QT_TRANSLATE_NOOP("onemap::FieldLabels", "24 hours")), c("6h", QT_TRANSLATE_NOOP("onemap::FieldLabels", "6 hours")),
            c("2h", QT_TRANSLATE_NOOP("onemap::FieldLabels", "2 hours")), c("live", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Live"))};
  if (key == QLatin1String("warnings.msg_type"))
    return {c("Alert", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Issued")), c("Update", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Update")), c("Cancel", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Cancellation"))};
  if (column == QLatin1String("hazard"))
    return {c("geological", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Geological hazard")), c("flood", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Flood")), c("forest_fire", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Forest fire")),
            c("earthquake", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Earthquake")), c("drought", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Drought")), c("snow_freeze", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Snow and freeze")),
            c("hazmat", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Hazardous chemicals")), c("rainstorm", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Rainstorm")),
            c("other", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Other hazard"))};
  if (column == QLatin1String("risk_level"))
    return {c("1", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Level 1 (high)")), c("2", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Level 2 (fairly high)")), c("3", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Level 3 (medium)")), c("4", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Level 4 (low)"))};
  if (column == QLatin1String("road_class"))
    return {c("national", QT_TRANSLATE_NOOP("onemap::FieldLabels", "National road")), c("provincial", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Provincial road")), c("county", QT_TRANSLATE_NOOP("onemap::FieldLabels", "County road")),
            c("township", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Township road")), c("village", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Village road"))};
  if (column == QLatin1String("role"))
    return {c("disaster_responsible", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Disaster responsible person")), c("grid_member", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Grid member")),
            c("info_officer", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Disaster information officer")), c("emergency_manager", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Emergency manager")),
            c("monitor", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Monitor"))};
  if (column == QLatin1String("supervised") || column == QLatin1String("is_open") || column == QLatin1String("is_cut"))
    return {c("1", QT_TRANSLATE_NOOP("onemap::FieldLabels", "Yes")), c("0", QT_TRANSLATE_NOOP("onemap::FieldLabels", "No"))};
  return {};
}

bool isList(const QString &table, const QString &column)
{
  return table == QLatin1String("teams") && column == QLatin1String("specialties");
}

QString warningColourName(const QString &level)
{
  if (level == QLatin1String("red"))
    return QCoreApplication::translate("onemap::FieldLabels", "Red");
  if (level == QLatin1String("orange"))
    return QCoreApplication::translate("onemap::FieldLabels", "Orange");
  if (level == QLatin1String("yellow"))
    return QCoreApplication::translate("onemap::FieldLabels", "Yellow");
  if (level == QLatin1String("blue"))
    return QCoreApplication::translate("onemap::FieldLabels", "Blue");
  return level;
}

QString value(const QString &table, const QString &column, const QString &code)
{
  const auto pairs = values(table, column);
  auto one = [&pairs](const QString &item) {
    for (const auto &pair : pairs)
      if (pair.first == item)
        return pair.second;
    return item;
  };
  if (!isList(table, column))
    return one(code);
  QStringList items = code.split(QLatin1Char(','), Qt::SkipEmptyParts);
  for (QString &item : items)
    item = one(item.trimmed());
  return items.join(QStringLiteral("、"));
}

} // namespace onemap::FieldLabels
