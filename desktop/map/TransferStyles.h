#pragma once
// \brief Symbols of the transfer and shelter layers, shared by the board and
// the exports so a map on paper reads like the one on screen: routes, the
// people to move and their shelters, townships coloured by shelter shortfall,
// the area a short walk from a shelter and the villages left outside it.
#include <QColor>
#include <QPair>
#include <QString>
#include <QVector>

class QgsVectorLayer;

namespace onemap::TransferStyles {

//! Fields a township layer needs for applyShortfallStyle() (integers, and
//! the township name as "name").
constexpr const char *kPeopleField = "people";       //!< people to move
constexpr const char *kCapacityField = "capacity";   //!< free shelter capacity
constexpr const char *kShortfallField = "shortfall"; //!< people - capacity, at least 0
//! Field of a source layer: 1 placed, 0 not placed.
constexpr const char *kPlacedField = "placed";

//! The colour routes are drawn in (violet: no base layer uses it).
QColor routeColour();

//! Shortfall classes in legend order: label and fill colour.
QVector<QPair<QString, QColor>> shortfallClasses();

//! Routes (lines): violet over a white casing.
void applyRouteStyle(QgsVectorLayer *routes);
//! People to move (points, kPlacedField): placed orange dots, not placed red crosses; labels from "name".
void applySourceStyle(QgsVectorLayer *sources);
//! Shelters used by a plan (points): green houses labelled from "name".
void applyPlanShelterStyle(QgsVectorLayer *shelters);
//! Townships (polygons with the k*Field fields): no one to move grey; enough
//! room green; short by under a quarter of the people yellow, under half
//! orange, else red; labelled with the name and the shortfall.
void applyShortfallStyle(QgsVectorLayer *townships);
//! The area within the walk of a shelter (polygons): translucent green.
void applyCoverageStyle(QgsVectorLayer *covered);
//! Villages left uncovered (polygons): red hatching, red outline, named.
void applyUncoveredStyle(QgsVectorLayer *villages);
//! Villages without a shelter of their own (polygons): orange dashed outline.
void applyNoOwnShelterStyle(QgsVectorLayer *villages);
//! Cut roads: red, dashed, crossed.
void applyCutRoadStyle(QgsVectorLayer *roads);
//! Tracking: villages lagging red, the others green; lagging ones labelled with their share moved.
void applyTrackingStyle(QgsVectorLayer *villages);

} // namespace onemap::TransferStyles
