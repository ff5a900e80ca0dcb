#pragma once
// \brief What a snow_freeze warning does to the county: the road segments in
// its area that ice or close at the level's freezing altitude (SnowModel.h),
// the villages that can no longer reach the county seat over the roads that
// stay open (a breadth-first search over the roads network, RoadGraph.h),
// and the power lines in the area whose design ice is below the expected ice.
#include "SnowModel.h"

#include <QMap>
#include <QString>
#include <QVector>
#include <optional>

struct sqlite3;

namespace onemap::snowfreeze {

struct IcedRoad
{
  qint64 id = 0;              //!< roads.id
  QString name, roadClass, townshipCode, icingKind;
  double lengthM = 0, maxAltitudeM = 0, effectiveAltitudeM = 0;
  bool closed = false;
};

struct CutOffVillage
{
  qint64 id = 0;              //!< admin_units.id
  QString code, name, townshipCode;
  qint64 population = 0, households = 0;
  double altitudeM = 0;
  bool reachesTownshipSeat = false;
};

struct LineAtRisk
{
  qint64 id = 0;              //!< snow_power_lines.id
  QString code, name, townshipCode;
  int voltageKv = 0;
  double designIceMm = 0, expectedIceMm = 0, maxAltitudeM = 0;
  qint64 households = 0;
};

struct Assessment
{
  Level level = Level::Blue;
  QString levelText;
  QString countySeat;          //!< township name
  double referenceAltitudeM = 0; //!< h_ref, the county seat
  double freezingAltitudeM = 0;  //!< H
  QVector<IcedRoad> roads;       //!< class (national first), closed first, higher first
  QVector<CutOffVillage> villages; //!< most people first
  QVector<LineAtRisk> lines;     //!< highest voltage, then largest ice deficit first
  QMap<QString, QString> townships; //!< code -> name
};

//! Empty (and no error) when the warning is not a snow_freeze one.
std::optional<Assessment> assess(sqlite3 *db, qint64 warningId, QString *error = nullptr);

//! Index in Road::classes() order: national 0 .. village 4 (unknown 5).
int roadClassOrder(const QString &roadClass);

} // namespace onemap::snowfreeze
