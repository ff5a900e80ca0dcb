#include "StatisticFields.h"

#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onemap {

namespace {

const char *kContext = "onemap::Statistics";

struct CoreField
{
  const char *set;
  const char *category;
  const char *name;
  const char *label;
  int decimals;
};

// The core fields of each set, by situation. Counts are whole numbers;
// rainfall, areas and money keep one decimal. The names are stored, so a
// released name never changes; the labels may.
const CoreField kCore[] = {
  // 雨: rainstorm, flood, mountain torrent and geological hazards.
  {"rain", "rain", "rain_max_mm", QT_TRANSLATE_NOOP("onemap::Statistics", "Max 24 h rainfall (mm)"), 1},
  {"rain", "rain", "rain_gauges_over", QT_TRANSLATE_NOOP("onemap::Statistics", "Rain stations over threshold"), 0},
  {"rain", "water", "rivers_over_warning", QT_TRANSLATE_NOOP("onemap::Statistics", "River gauges over warning level"), 0},
  {"rain", "water", "reservoirs_over_limit", QT_TRANSLATE_NOOP("onemap::Statistics", "Reservoirs over flood-limit level"), 0},
  {"rain", "danger", "dangers_reported", QT_TRANSLATE_NOOP("onemap::Statistics", "Hidden dangers newly reported"), 0},
  {"rain", "danger", "dangers_reopened", QT_TRANSLATE_NOOP("onemap::Statistics", "Hidden dangers reopened"), 0},
  {"rain", "disaster", "people_affected", QT_TRANSLATE_NOOP("onemap::Statistics", "People affected"), 0},
  {"rain", "disaster", "dead_missing", QT_TRANSLATE_NOOP("onemap::Statistics", "Dead or missing"), 0},
  {"rain", "disaster", "houses_collapsed", QT_TRANSLATE_NOOP("onemap::Statistics", "Houses collapsed"), 0},
  {"rain", "disaster", "direct_loss", QT_TRANSLATE_NOOP("onemap::Statistics", "Direct loss (10k yuan)"), 1},
  {"rain", "work", "calls_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Warning calls answered"), 0},
  {"rain", "work", "people_transferred", QT_TRANSLATE_NOOP("onemap::Statistics", "People transferred"), 0},
  {"rain", "work", "rescuers_deployed", QT_TRANSLATE_NOOP("onemap::Statistics", "Rescuers deployed"), 0},
  {"rain", "social", "people_sheltered", QT_TRANSLATE_NOOP("onemap::Statistics", "People in shelters"), 0},
  {"rain", "social", "roads_cut", QT_TRANSLATE_NOOP("onemap::Statistics", "Road sections cut"), 0},
  {"rain", "social", "villages_cut_off", QT_TRANSLATE_NOOP("onemap::Statistics", "Villages without power or signal"), 0},
  {"rain", "opinion", "opinion_items", QT_TRANSLATE_NOOP("onemap::Statistics", "Public-opinion items"), 0},
  {"rain", "opinion", "opinion_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Items responded to"), 0},

  // 旱: drought.
  {"drought", "rain", "days_without_rain", QT_TRANSLATE_NOOP("onemap::Statistics", "Days without effective rain"), 0},
  {"drought", "rain", "rain_max_mm", QT_TRANSLATE_NOOP("onemap::Statistics", "Max 24 h rainfall (mm)"), 1},
  {"drought", "water", "reservoirs_dead_storage", QT_TRANSLATE_NOOP("onemap::Statistics", "Reservoirs at dead storage"), 0},
  {"drought", "water", "water_sources_dry", QT_TRANSLATE_NOOP("onemap::Statistics", "Water sources dried up"), 0},
  {"drought", "danger", "people_short_water", QT_TRANSLATE_NOOP("onemap::Statistics", "People short of drinking water"), 0},
  {"drought", "danger", "livestock_short_water", QT_TRANSLATE_NOOP("onemap::Statistics", "Livestock short of water"), 0},
  {"drought", "disaster", "crops_affected_ha", QT_TRANSLATE_NOOP("onemap::Statistics", "Crops affected (ha)"), 1},
  {"drought", "disaster", "crops_failed_ha", QT_TRANSLATE_NOOP("onemap::Statistics", "Crops failed (ha)"), 1},
  {"drought", "disaster", "direct_loss", QT_TRANSLATE_NOOP("onemap::Statistics", "Direct loss (10k yuan)"), 1},
  {"drought", "work", "calls_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Warning calls answered"), 0},
  {"drought", "work", "water_delivered_t", QT_TRANSLATE_NOOP("onemap::Statistics", "Drinking water delivered (t)"), 1},
  {"drought", "work", "pumps_deployed", QT_TRANSLATE_NOOP("onemap::Statistics", "Pumps deployed"), 0},
  {"drought", "social", "people_supplied", QT_TRANSLATE_NOOP("onemap::Statistics", "People given emergency water"), 0},
  {"drought", "opinion", "opinion_items", QT_TRANSLATE_NOOP("onemap::Statistics", "Public-opinion items"), 0},
  {"drought", "opinion", "opinion_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Items responded to"), 0},

  // 火: forest and grassland fire.
  {"fire", "rain", "days_without_rain", QT_TRANSLATE_NOOP("onemap::Statistics", "Days without effective rain"), 0},
  {"fire", "water", "fire_water_points", QT_TRANSLATE_NOOP("onemap::Statistics", "Fire water points usable"), 0},
  {"fire", "danger", "hotspots", QT_TRANSLATE_NOOP("onemap::Statistics", "Satellite hotspots"), 0},
  {"fire", "danger", "fires_started", QT_TRANSLATE_NOOP("onemap::Statistics", "Fires started"), 0},
  {"fire", "disaster", "burned_ha", QT_TRANSLATE_NOOP("onemap::Statistics", "Area burned (ha)"), 1},
  {"fire", "disaster", "dead_injured", QT_TRANSLATE_NOOP("onemap::Statistics", "Dead or injured"), 0},
  {"fire", "disaster", "direct_loss", QT_TRANSLATE_NOOP("onemap::Statistics", "Direct loss (10k yuan)"), 1},
  {"fire", "work", "calls_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Warning calls answered"), 0},
  {"fire", "work", "firefighters_deployed", QT_TRANSLATE_NOOP("onemap::Statistics", "Firefighters deployed"), 0},
  {"fire", "work", "patrols", QT_TRANSLATE_NOOP("onemap::Statistics", "Patrol person-times"), 0},
  {"fire", "social", "people_evacuated", QT_TRANSLATE_NOOP("onemap::Statistics", "People evacuated"), 0},
  {"fire", "social", "fire_uses_stopped", QT_TRANSLATE_NOOP("onemap::Statistics", "Illegal fire uses stopped"), 0},
  {"fire", "opinion", "opinion_items", QT_TRANSLATE_NOOP("onemap::Statistics", "Public-opinion items"), 0},
  {"fire", "opinion", "opinion_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Items responded to"), 0},

  // 雪: snow, ice and freezing.
  {"snow", "rain", "snow_depth_cm", QT_TRANSLATE_NOOP("onemap::Statistics", "Max snow depth (cm)"), 1},
  {"snow", "rain", "ice_mm", QT_TRANSLATE_NOOP("onemap::Statistics", "Max ice on wires (mm)"), 1},
  {"snow", "water", "water_supplies_frozen", QT_TRANSLATE_NOOP("onemap::Statistics", "Water supplies frozen"), 0},
  {"snow", "danger", "roads_iced", QT_TRANSLATE_NOOP("onemap::Statistics", "Road sections iced or closed"), 0},
  {"snow", "danger", "power_lines_down", QT_TRANSLATE_NOOP("onemap::Statistics", "Power lines down"), 0},
  {"snow", "disaster", "people_affected", QT_TRANSLATE_NOOP("onemap::Statistics", "People affected"), 0},
  {"snow", "disaster", "houses_collapsed", QT_TRANSLATE_NOOP("onemap::Statistics", "Houses collapsed"), 0},
  {"snow", "disaster", "direct_loss", QT_TRANSLATE_NOOP("onemap::Statistics", "Direct loss (10k yuan)"), 1},
  {"snow", "work", "calls_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Warning calls answered"), 0},
  {"snow", "work", "deicing_crew", QT_TRANSLATE_NOOP("onemap::Statistics", "De-icing crew deployed"), 0},
  {"snow", "work", "deicing_salt_t", QT_TRANSLATE_NOOP("onemap::Statistics", "De-icing salt spread (t)"), 1},
  {"snow", "social", "people_stranded", QT_TRANSLATE_NOOP("onemap::Statistics", "People stranded"), 0},
  {"snow", "social", "people_relieved", QT_TRANSLATE_NOOP("onemap::Statistics", "People given cold relief"), 0},
  {"snow", "opinion", "opinion_items", QT_TRANSLATE_NOOP("onemap::Statistics", "Public-opinion items"), 0},
  {"snow", "opinion", "opinion_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Items responded to"), 0},

  // 其他: earthquake, hazardous chemicals and the rest; the plugins add their own.
  {"other", "danger", "incidents", QT_TRANSLATE_NOOP("onemap::Statistics", "Incidents reported"), 0},
  {"other", "danger", "dangers_reported", QT_TRANSLATE_NOOP("onemap::Statistics", "Hidden dangers newly reported"), 0},
  {"other", "disaster", "people_affected", QT_TRANSLATE_NOOP("onemap::Statistics", "People affected"), 0},
  {"other", "disaster", "dead_missing", QT_TRANSLATE_NOOP("onemap::Statistics", "Dead or missing"), 0},
  {"other", "disaster", "direct_loss", QT_TRANSLATE_NOOP("onemap::Statistics", "Direct loss (10k yuan)"), 1},
  {"other", "work", "calls_answered", QT_TRANSLATE_NOOP("onemap::Statistics", "Warning calls answered"), 0},
  {"other", "work", "rescuers_deployed", QT_TRANSLATE_NOOP("onemap::Statistics", "Rescuers deployed"), 0},
  {"other", "social", "people_transferred", QT_TRANSLATE_NOOP("onemap::Statistics", "People transferred"), 0},
  {"other", "opinion", "opinion_items", QT_TRANSLATE_NOOP("onemap::Statistics", "Public-opinion items"), 0},
};


} // namespace

const QStringList &StatisticFields::sets()
{
  static const QStringList s {QStringLiteral("rain"), QStringLiteral("drought"), QStringLiteral("fire"), QStringLiteral("snow"), QStringLiteral("other")};
  return s;
}

QString StatisticFields::setLabel(const QString &set)
{
  if (set == QLatin1String("rain"))
    return QCoreApplication::translate("onemap::Statistics", "Rain");
  if (set == QLatin1String("drought"))
    return QCoreApplication::translate("onemap::Statistics", "Drought");
  if (set == QLatin1String("fire"))
    return QCoreApplication::translate("onemap::Statistics", "Fire");
  if (set == QLatin1String("snow"))
    return QCoreApplication::translate("onemap::Statistics", "Snow");
  if (set == QLatin1String("other"))
    return QCoreApplication::translate("onemap::Statistics", "Other");
  return set;
}

const QStringList &StatisticFields::categories()
{
  static const QStringList c {QStringLiteral("rain"), QStringLiteral("water"), QStringLiteral("danger"), QStringLiteral("disaster"),
                              QStringLiteral("work"), QStringLiteral("social"), QStringLiteral("opinion")};
  return c;
}

QString StatisticFields::categoryLabel(const QString &category)
{
  // 雨情 水情 险情 灾情 工情 社情 舆情
  if (category == QLatin1String("rain"))
    return QCoreApplication::translate("onemap::Statistics", "Rain situation");
  if (category == QLatin1String("water"))
    return QCoreApplication::translate("onemap::Statistics", "Water situation");
  if (category == QLatin1String("danger"))
    return QCoreApplication::translate("onemap::Statistics", "Danger situation");
  if (category == QLatin1String("disaster"))
    return QCoreApplication::translate("onemap::Statistics", "Disaster situation");
  if (category == QLatin1String("work"))
    return QCoreApplication::translate("onemap::Statistics", "Work situation");
  if (category == QLatin1String("social"))
    return QCoreApplication::translate("onemap::Statistics", "Social situation");
  if (category == QLatin1String("opinion"))
    return QCoreApplication::translate("onemap::Statistics", "Public opinion");
  return category;
}

QString StatisticFields::setOfHazard(const QString &hazard)
{
  if (hazard == QLatin1String("rainstorm") || hazard == QLatin1String("flood") || hazard == QLatin1String("geological"))
    return QStringLiteral("rain");
  if (hazard == QLatin1String("drought"))
    return QStringLiteral("drought");
  if (hazard == QLatin1String("forest_fire"))
    return QStringLiteral("fire");
  if (hazard == QLatin1String("snow_freeze"))
    return QStringLiteral("snow");
  return QStringLiteral("other");
}

StatisticFields::StatisticFields(const QVector<PluginStatisticFields> &plugins)
{
  mFields.resize(sets().size());
  for (const CoreField &c : kCore) {
    const int s = sets().indexOf(QLatin1String(c.set));
    StatisticField f;
    f.name = QString::fromLatin1(c.name);
    f.label = QCoreApplication::translate(kContext, c.label);
    f.category = QString::fromLatin1(c.category);
    f.group = categoryLabel(f.category);
    f.decimals = c.decimals;
    // A county's rainfall or snow depth is its largest township's, not their sum.
    static const QStringList maxima {QStringLiteral("rain_max_mm"), QStringLiteral("days_without_rain"), QStringLiteral("snow_depth_cm"), QStringLiteral("ice_mm")};
    f.totalIsMax = maxima.contains(f.name);
    mFields[s] << f;
  }
  // Stable order inside a set: by situation, then as listed above.
  for (QVector<StatisticField> &list : mFields)
    std::stable_sort(list.begin(), list.end(), [](const StatisticField &a, const StatisticField &b) {
      return categories().indexOf(a.category) < categories().indexOf(b.category);
    });

  static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
  for (const PluginStatisticFields &p : plugins) {
    QStringList targets;
    for (const QString &hazard : p.hazardCodes)
      if (!targets.contains(setOfHazard(hazard)))
        targets << setOfHazard(hazard);
    if (targets.isEmpty())
      targets << QStringLiteral("other");
    for (const QString &spec : p.fields) {
      const int colon = spec.indexOf(QLatin1Char(':'));
      const QString name = spec.left(colon).trimmed();
      const QString label = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
      if (colon < 0 || !validName.match(name).hasMatch() || label.isEmpty()) {
        mProblems << QCoreApplication::translate("onemap::Statistics", "plugin %1: daily statistics field \"%2\" is not \"name:label\" with a lower-case name").arg(p.pluginId, spec);
        continue;
      }
      for (const QString &set : targets) {
        const int s = sets().indexOf(set);
        if (field(set, name)) {
          mProblems << QCoreApplication::translate("onemap::Statistics", "plugin %1: daily statistics field %2 is already a field of the %3 set").arg(p.pluginId, name, set);
          continue;
        }
        StatisticField f;
        f.name = name;
        f.label = label;
        f.category = QStringLiteral("plugin");
        f.group = p.pluginName.isEmpty() ? p.pluginId : p.pluginName;
        f.decimals = 2; // a plugin does not say; keep what is typed
        f.pluginId = p.pluginId;
        mFields[s] << f;
      }
    }
  }
}

QVector<PluginStatisticFields> StatisticFields::pluginFields(const PluginRegistry &registry)
{
  QVector<PluginStatisticFields> out;
  // The plugin's name in the board's language: Chinese when the board's
  // translation is installed, which a string it has long translated tells.
  const bool zh = QCoreApplication::translate("onemap::PluginRegistry", "warning rule") != QLatin1String("warning rule");
  for (const PluginEntry &e : registry.entries()) {
    if (e.state != PluginEntry::State::Loaded || !e.plugin)
      continue;
    PluginStatisticFields p;
    p.pluginId = e.id;
    p.pluginName = zh || e.nameEn.isEmpty() ? (e.nameZh.isEmpty() ? e.id : e.nameZh) : e.nameEn;
    p.hazardCodes = e.hazardCodes;
    p.fields = e.plugin->dailyStatisticsFields();
    if (!p.fields.isEmpty())
      out << p;
  }
  return out;
}

StatisticFields StatisticFields::fromRegistry(const PluginRegistry &registry) { return StatisticFields(pluginFields(registry)); }

QVector<StatisticField> StatisticFields::fields(const QString &set) const
{
  const int s = sets().indexOf(set);
  return s < 0 ? QVector<StatisticField>() : mFields[s];
}

const StatisticField *StatisticFields::field(const QString &set, const QString &name) const
{
  const int s = sets().indexOf(set);
  if (s < 0)
    return nullptr;
  for (const StatisticField &f : mFields[s])
    if (f.name == name)
      return &f;
  return nullptr;
}

} // namespace onemap
