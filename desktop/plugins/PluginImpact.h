#pragma once
// \brief What the loaded hazard plugins add to an impact: for a warning, each
// plugin whose hazard codes include the warning's hazard gives its section,
// the objects it threatens and the response checklist of the warning's level
// for every tier; for a recorded event, the plugin's event impact. A plugin
// that fails (error text, exception) becomes a part with an error naming it.
#include "api/HazardPlugin.h"

#include <QString>
#include <QVector>
#include <array>

struct sqlite3;

namespace onemap {

class PluginRegistry;

struct PluginImpactPart
{
  QString pluginId;
  QString pluginName;          //!< in the UI language
  ImpactSection section;
  QVector<ThreatenedObject> threatened;
  ResponseLevel level = ResponseLevel::IV;
  bool hasLevel = false;       //!< false: no checklist (event without a level)
  std::array<QStringList, 3> checklist; //!< by ResponseTier (County, Township, Village)
  QString error;               //!< non-empty: what went wrong, naming the plugin
  QString areaWkt;             //!< events only: the area in SRID 4490
};

namespace PluginImpact {

//! red -> I, orange -> II, yellow -> III, blue -> IV; false for anything else.
bool levelOf(const QString &warningLevel, ResponseLevel *level);
//! "I".."IV"
QString levelText(ResponseLevel level);
//! 县 / 乡镇 / 村(网格), translated.
QString tierText(ResponseTier tier);
constexpr std::array<ResponseTier, 3> kTiers {ResponseTier::County, ResponseTier::Township, ResponseTier::Village};

//! Parts of every loaded plugin of \a registry whose hazard codes include
//! \a hazard, in the registry's order. \a db: a store handle (SpatiaLite loaded).
QVector<PluginImpactPart> forWarning(const PluginRegistry &registry, sqlite3 *db, qint64 warningId, const QString &hazard,
                                     const QString &level);

//! The impact of event \a eventId of \a kind recorded by \a plugin; with
//! \a level set (from the section or the operator) the checklist too.
PluginImpactPart forEvent(HazardPlugin *plugin, const QString &pluginName, sqlite3 *db, const QString &kind, qint64 eventId);

//! Fills part.checklist for \a level.
void addChecklist(HazardPlugin *plugin, ResponseLevel level, PluginImpactPart &part);

} // namespace PluginImpact
} // namespace onemap
