#pragma once
// \brief The overlays of the transfer and shelter maps, as memory layers in
// EPSG:4490 styled by TransferStyles: a plan's routes, the people to move and
// their shelters; townships with their shelter balance; the covered area and
// chosen villages. Places (danger points, villages, shelters) are read from
// the store once per report.
#include "admin_units/AdminUnit.h"
#include "shelters/Shelter.h"
#include "transfer/ShelterBalance.h"
#include "transfer/TransferPlan.h"

#include <QHash>
#include <QSet>
#include <qgspointxy.h>

class QgsGeometry;
class QgsProject;
class QgsVectorLayer;

namespace onemap {

class Store;

struct StorePlaces
{
  QHash<QString, QgsPointXY> dangers;  //!< hidden-danger point by code
  QHash<QString, AdminUnit> townships; //!< by code
  QHash<QString, AdminUnit> villages;  //!< by code
  QHash<qint64, Shelter> shelters;     //!< by id

  static StorePlaces load(Store &store);
  //! Where a source's people gather when no route says so: the danger point or a point inside the village.
  bool sourcePoint(const TransferAssignment &row, QgsPointXY &out) const;
  //! Store id of the township with \a code (0 when unknown).
  qint64 townshipId(const QString &code) const { return townships.value(code).id; }
};

namespace TransferSheetLayers {

//! Each placed row's route (rows without a route are left out).
QgsVectorLayer *routes(QgsProject *project, const QVector<TransferAssignment> &rows);
//! One point per source, placed or not, named; where a route starts, or the store's place.
QgsVectorLayer *sources(QgsProject *project, const StorePlaces &places, const QVector<TransferAssignment> &rows);
//! The shelters the rows go to, named, at the store's location (or the route's end).
QgsVectorLayer *shelters(QgsProject *project, const StorePlaces &places, const QVector<TransferAssignment> &rows);
//! Townships with people, capacity and shortfall from \a balance (townships not in it: zeros).
QgsVectorLayer *townshipBalance(QgsProject *project, const StorePlaces &places, const QVector<TownshipBalance> &balance);
//! \a area (EPSG:4490) as one feature styled as coverage.
QgsVectorLayer *covered(QgsProject *project, const QgsGeometry &area);
//! The villages of \a codes as polygons with "code" and "name"; unstyled.
QgsVectorLayer *villages(QgsProject *project, const StorePlaces &places, const QSet<QString> &codes, const QString &name);

} // namespace TransferSheetLayers

} // namespace onemap
