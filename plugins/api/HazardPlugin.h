#pragma once
// \brief The interface every hazard module (geohazard, flood, forest fire, ...)
// implements. A plugin is a Qt plugin whose JSON metadata is read BEFORE it is
// loaded, so an incompatible one is skipped without running any of its code:
//
//   { "id": "geohazard", "name": {"zh": "地质灾害", "en": "Geological hazards"},
//     "version": "1.0.0", "apiVersion": 2, "requiredSchema": 4,
//     "hazardCodes": ["geological", "rainstorm"] }
//
// Header-only and Qt Core only: a plugin needs neither QGIS nor the board's
// libraries. It reaches the store through the raw sqlite3 handle (SpatiaLite
// loaded) and must bind every value as a parameter.
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>
#include <QtPlugin>

struct sqlite3;

namespace onemap {

//! Bumped when a method below changes; a plugin declares the one it was built
//! against as "apiVersion" in its JSON and the board refuses any other.
// 2: LayerStyle::title; events (eventKinds, recordEvent, eventImpact).
constexpr int kHazardPluginApiVersion = 2;

//! Response levels IV (lowest) to I (highest); the numbers are the Chinese ones.
enum class ResponseLevel { I = 1, II = 2, III = 3, IV = 4 };

//! Who carries a checklist out: 县 / 乡镇 / 村(网格).
enum class ResponseTier { County, Township, Village };

//! One object a warning threatens, most threatened first in a list.
struct ThreatenedObject
{
  QString table;  //!< store table, e.g. "hidden_dangers"
  qint64 id = 0;  //!< row id in that table
  QString name;
  QString reason; //!< why it is threatened, shown to the duty officer
  double rank = 0; //!< larger = more urgent (e.g. threatened people)
};

//! The plugin's section of the impact summary: a title and plain rows.
struct ImpactSection
{
  QString title;
  QStringList headers;
  QVector<QStringList> rows;
  QString summary; //!< one sentence, e.g. "12 points, 830 people threatened"
};

//! A QGIS style for one of the plugin's (or the board's) tables.
struct LayerStyle
{
  QString table;
  QString qml;   //!< QGIS .qml XML text, or ":/..." resource path
  QString title; //!< the layer's name in the legend, already translated
};

//! One input of an event form (e.g. magnitude, wind speed, substance).
struct EventParameter
{
  enum class Kind { Number, Text, Choice, DateTime, Longitude, Latitude };
  QString name;       //!< key in recordEvent's values, e.g. "magnitude"
  QString label;      //!< translated
  Kind kind = Kind::Number;
  double minimum = 0; //!< Number/Longitude/Latitude: the valid range
  double maximum = 0;
  int decimals = 1;
  QString unit;       //!< e.g. "km", "m/s"
  QStringList choices; //!< Choice: "value:label" each
  QVariant defaultValue;
  bool required = true;
};

//! A kind of event the plugin models (地震事件, 火点蔓延, 危化品泄漏...).
struct EventKind
{
  QString id;    //!< stable, e.g. "quake"
  QString label; //!< translated
  QVector<EventParameter> parameters;
};

//! What one recorded event does: its area on the map and who is in it.
struct EventImpact
{
  QString areaWkt; //!< (MULTI)POLYGON in SRID 4490; empty = no area
  ImpactSection section;
  QVector<ThreatenedObject> threatened; //!< most urgent first
};

class HazardPlugin
{
public:
  virtual ~HazardPlugin() = default;

  //! Stable id; equals "id" in the JSON metadata.
  virtual QString id() const = 0;

  //! SQL of each schema step of the plugin's own tables, in order. Step N is
  //! applied once; the board records N in store_meta "plugin.<id>.schema".
  //! A released step never changes: a new need is a new step.
  virtual QStringList migrations() const { return {}; }

  //! Writes sample-county rows for the plugin's tables (after migrations and
  //! after the board's sample generator). Deterministic for a given \a seed.
  //! Returns an error text, empty on success.
  virtual QString generateSample(sqlite3 *db, quint64 seed) const
  {
    Q_UNUSED(db)
    Q_UNUSED(seed)
    return {};
  }

  //! The warning rule: the objects the warning \a warningId (warnings.id)
  //! threatens, most urgent first; empty when its hazard is not this plugin's.
  virtual QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error) const
  {
    Q_UNUSED(db)
    Q_UNUSED(warningId)
    Q_UNUSED(error)
    return {};
  }

  //! Its section of the impact summary for warning \a warningId; empty title = none.
  virtual ImpactSection impactSection(sqlite3 *db, qint64 warningId) const
  {
    Q_UNUSED(db)
    Q_UNUSED(warningId)
    return {};
  }

  //! Response checklist (actions in order) for a level and tier.
  virtual QStringList checklist(ResponseLevel level, ResponseTier tier) const
  {
    Q_UNUSED(level)
    Q_UNUSED(tier)
    return {};
  }

  //! Columns it adds to the daily statistics (七情), "name:label" each.
  virtual QStringList dailyStatisticsFields() const { return {}; }

  //! Styles for its tables.
  virtual QVector<LayerStyle> layerStyles() const { return {}; }

  //! The events it can model; none for a warning-only hazard.
  virtual QVector<EventKind> eventKinds() const { return {}; }

  //! Validates \a values against the kind's parameters and stores the event in
  //! the plugin's table in one transaction. Returns its id, or -1 with \a error
  //! naming the field at fault and nothing written.
  virtual qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error) const
  {
    Q_UNUSED(db)
    Q_UNUSED(kind)
    Q_UNUSED(values)
    if (error)
      *error = QStringLiteral("no events");
    return -1;
  }

  //! The impact model run on event \a eventId of \a kind (read-only).
  virtual EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error) const
  {
    Q_UNUSED(db)
    Q_UNUSED(kind)
    Q_UNUSED(eventId)
    Q_UNUSED(error)
    return {};
  }
};

} // namespace onemap

#define OneMapHazardPlugin_iid "cn.onemap.HazardPlugin/1.0"
Q_DECLARE_INTERFACE(onemap::HazardPlugin, OneMapHazardPlugin_iid)
