#pragma once
// \brief What the 七情 daily statistics count: the statistic sets (雨/旱/火/雪
// and 其他), the seven situations (雨情 水情 险情 灾情 工情 社情 舆情) and the
// fields of each set: the board's own core fields, then those of each loaded
// hazard plugin, placed in the set(s) its hazard codes belong to.
//
// The county's "七情" system (Youyang reply, 2025) reports daily by township
// while a response is on, one standard per high-risk hazard: rain, drought,
// fire and snow; everything else goes in "other".
//
// A plugin's dailyStatisticsFields() entry "name:label" becomes a column of
// every set its hazard codes map to (setOfHazard()), after the core fields,
// under the plugin's name. The name is stored: lower-case [a-z][a-z0-9_]*,
// prefixed with the plugin's own (geo_, quake_...) so it cannot take a core
// name; a bad or clashing entry is left out and listed in problems(). Plugin
// values may carry decimals; core counts must be whole numbers.
#include <QStringList>
#include <QVector>

namespace onemap {

class PluginRegistry;

//! One column of the daily statistics.
struct StatisticField
{
  QString name;      //!< stored in daily_statistics.field, e.g. "people_transferred"
  QString label;     //!< translated, with the unit, e.g. "People transferred"
  QString category;  //!< rain, water, danger, disaster, work, social, opinion; "plugin" for plugin fields
  QString group;     //!< translated heading: the situation (雨情...) or the plugin's name
  int decimals = 0;  //!< 0 = a count (whole numbers only)
  bool totalIsMax = false; //!< the county row takes the largest township value (rainfall, snow depth), not the sum
  QString pluginId;  //!< empty for core fields
};

//! A plugin's contribution, read from the registry (or made by tests).
struct PluginStatisticFields
{
  QString pluginId;
  QString pluginName;       //!< shown as the group heading
  QStringList hazardCodes;  //!< warnings.hazard codes it declares
  QStringList fields;       //!< "name:label" as HazardPlugin::dailyStatisticsFields() gives them
};

class StatisticFields
{
public:
  //! Only the core fields (no plugin loaded).
  StatisticFields() : StatisticFields(QVector<PluginStatisticFields>()) {}
  explicit StatisticFields(const QVector<PluginStatisticFields> &plugins);
  //! Core fields plus the fields of every loaded plugin in \a registry.
  static StatisticFields fromRegistry(const PluginRegistry &registry);
  //! What each loaded plugin of \a registry contributes.
  static QVector<PluginStatisticFields> pluginFields(const PluginRegistry &registry);

  //! rain, drought, fire, snow, other: the order of the tabs.
  static const QStringList &sets();
  //! 雨 / 旱 / 火 / 雪 / 其他 (translated).
  static QString setLabel(const QString &set);
  //! The seven situations in report order.
  static const QStringList &categories();
  static QString categoryLabel(const QString &category);
  //! The set a warnings.hazard code reports under (rainstorm/flood/geological -> rain ...).
  static QString setOfHazard(const QString &hazard);

  //! The fields of \a set in column order: core by situation, then plugins.
  QVector<StatisticField> fields(const QString &set) const;
  //! The field \a name of \a set; null if the set has no such field.
  const StatisticField *field(const QString &set, const QString &name) const;
  //! Plugin fields that could not be placed (bad "name:label", name taken), one line each.
  const QStringList &problems() const { return mProblems; }

private:
  QVector<QVector<StatisticField>> mFields; // parallel to sets()
  QStringList mProblems;
};

} // namespace onemap
