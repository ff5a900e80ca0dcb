#pragma once
// \brief An agenda step's view taken from the map and put back on it: the
// layers switched on, the extent and its CRS, the highlighted (selected)
// store objects and the boards shown; plus a PNG snapshot of the map.
//
// Layers are named in a view by a stable key (layerKey): the custom property
// "onemap/spec-id" the board gives every store and plugin layer ("townships",
// "hidden_dangers", "plugin:flood:flood_zones"), else the layer's name. A
// layer with the custom property "onemap/step-view" = "skip" has no key: views
// neither record nor switch it (the meeting's plot layer, the wall's overlays).
#include "consultation/ConsultationRecords.h"

#include <QByteArray>

class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;

namespace onemap::StepViews {

//! Custom property a layer sets to kSkipValue to stay out of step views.
constexpr const char *kSkipProperty = "onemap/step-view";
constexpr const char *kSkipValue = "skip";
//! At most this many highlights are kept: a view is a short JSON text
//! (Consultations::kMaxTextChars), and more do not read on a wall.
constexpr int kMaxHighlights = 400;

//! The layer's key in StepView::layerIds; empty when views leave it alone.
QString layerKey(const QgsMapLayer *layer);
//! Marks \a layer so views leave it alone (its on/off and selection).
void skipLayer(QgsMapLayer *layer);
//! The store table a layer reads (spatialite layers), else empty.
QString storeTable(const QgsMapLayer *layer);

//! The canvas's view now: layers on (tree order, top first), the visible
//! extent in the canvas CRS, the selected features of store layers (table,
//! row id; sorted, at most kMaxHighlights) and \a boards.
StepView capture(const QgsMapCanvas *canvas, const QgsProject *project, const QStringList &boards);

//! Puts \a view on the map. A saved view (layers or an extent) switches its
//! layers on and every other keyed layer off, zooms to its extent
//! (transformed from its CRS) and selects exactly its highlights. A view
//! from a template (layer groups only) switches on the layers over those
//! store tables and leaves everything else as it is.
void apply(const StepView &view, QgsMapCanvas *canvas, QgsProject *project);

//! The map at the canvas's extent with the layers \a project's layer tree
//! has on now (the canvas takes them over only on the next event loop turn),
//! rendered to PNG at most \a maxWidth pixels wide; empty when the canvas has no size.
QByteArray snapshot(const QgsMapCanvas *canvas, const QgsProject *project, int maxWidth = 1600);

} // namespace onemap::StepViews
