#pragma once
// \brief The warnings map layer: level colours with red drawn over orange over
// yellow over blue, labels "stage hazard level" whose stage moves on with the
// clock (WarningStage::at through a registered expression function), the
// in-force / history filter, and the time span the temporal controller replays.
#include <QString>

class QgsVectorLayer;

namespace onemap::WarningLayer {

//! Layer or project variable that pins "now" for the stage labels (ISO
//! date-time); unset, the replay frame's start or the current time counts.
constexpr const char *kNowVariable = "onemap_now";
//! Name of the expression function: onemap_warning_stage(stage, onset, effective, now).
constexpr const char *kStageFunction = "onemap_warning_stage";
//! Name of the expression function: onemap_local_datetime(iso) -> local date-time.
constexpr const char *kLocalTimeFunction = "onemap_local_datetime";

//! The subset of the board's warnings layer: warnings in force only.
QString inForceSubset();
//! Registers the stage expression function once (after QGIS is initialised).
void registerFunctions();
//! Expression giving the stage code now (72h .. live).
QString stageExpression();
//! Label expression, e.g. "24小时 暴雨 橙色"; history rows read hazard, level and status.
QString labelExpression();
//! Feature start (effective, else sent) and end (expires) expressions for the
//! temporal controller, in local time: QGIS compares date-times by their
//! wall-clock fields, so ranges given to it must be local times too.
QString startExpression();
QString endExpression();

//! Renderer, labels and temporal properties of the warnings layer.
void style(QgsVectorLayer *layer);

//! Shows warnings in force only, or every warning (expired, updated and
//! cancelled ones drawn muted with dashed outlines); repaints.
void setHistory(QgsVectorLayer *layer, bool history);
bool showsHistory(const QgsVectorLayer *layer);

} // namespace onemap::WarningLayer
