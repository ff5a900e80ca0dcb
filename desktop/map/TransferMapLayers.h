#pragma once
// \brief The map layers of transfer and shelter (legend group 转移避险): the
// selected plan's routes (transfer_assignments filtered by plan), the roads
// cut or avoided, the shelter balance per township coloured by shortfall,
// coverage (covered area, uncovered villages) and tracking (villages
// coloured by lag). Routes and cut roads read the store file through the
// spatialite provider; the others are memory layers filled from results
// (ShelterBalance, ShelterCoverage, TransferTracking) and refilled when a plan
// changes.
#include "store/Result.h"

#include <QVector>

class QgsLayerTreeGroup;
class QgsProject;
class QgsVectorLayer;

namespace onemap {

class Store;
struct CoverageResult;
struct TownshipBalance;
struct VillageTransferStatus;

namespace TransferMapLayers {

enum class Kind { Routes, CutRoads, Balance, Tracking, Covered, Uncovered, NoOwnShelter };

//! The group's translated name (转移避险).
QString groupName();
//! The group (null until ensure()).
QgsLayerTreeGroup *group(const QgsProject *project);
QgsVectorLayer *layer(const QgsProject *project, Kind kind);

//! Adds the group (on top) with the routes and cut-roads layers over \a storePath, once.
Status ensure(QgsProject *project, const QString &storePath);

//! Shows plan \a planId's routes (0: none) and, besides the roads marked cut,
//! those the plan avoided (\a cutRoadIds, comma list of roads.id).
void showPlan(QgsProject *project, qint64 planId, const QString &cutRoadIds);
//! Refills the shelter-balance layer with the townships that have people to
//! move (township polygons read from \a store).
Status showBalance(QgsProject *project, Store &store, const QVector<TownshipBalance> &balance);
//! Refills the tracking layer (village polygons of the plan's villages).
Status showTracking(QgsProject *project, Store &store, const QVector<VillageTransferStatus> &villages);
//! Refills the covered area, the uncovered villages and the villages without a shelter of their own.
Status showCoverage(QgsProject *project, Store &store, const CoverageResult &coverage);

//! Ticks or unticks \a kind's layer in the legend.
void setVisible(QgsProject *project, Kind kind, bool visible);

//! Reloads the store-backed layers (after a reassign or a road cut) and repaints.
void reload(QgsProject *project);

} // namespace TransferMapLayers
} // namespace onemap
