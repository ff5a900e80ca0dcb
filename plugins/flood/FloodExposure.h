#pragma once
// The flood impact model: who lives in the flood zones a warning covers, the
// shelters near them, and the gauges and reservoirs over their levels.
//
// People in the zone per village by areal weighting (areal interpolation,
// Goodchild & Lam 1980, "Areal interpolation: a variant of the traditional
// spatial problem", Geo-Processing 1:297-312):
//     people = population x area(village ∩ zones ∩ warning) / area(village)
// It assumes people are spread evenly over the village; where they cluster on
// the valley floor the zone holds more of them than this says.
#include <QString>
#include <QStringList>
#include <QVector>

struct sqlite3;

namespace onemap::flood {

//! Straight-line reach (metres) within which a shelter counts for a zone.
constexpr double kShelterReachMetres = 2000;
//! A village whose overlap with the zones is smaller than this (m2) only
//! touches them along a border: it is not in the zone.
constexpr double kMinOverlapM2 = 1.0;

//! Areal weighting of one unit: \a population x \a pieceArea / \a unitArea,
//! rounded to whole people; 0 for an empty or degenerate unit.
qint64 arealWeight(qint64 population, double pieceArea, double unitArea);

struct VillageExposure
{
  qint64 id = 0;
  QString code, name, townshipCode, townshipName;
  qint64 population = 0;
  double villageAreaM2 = 0;
  double zoneAreaM2 = 0; //!< area(village ∩ zones ∩ warning)
  qint64 people = 0;     //!< arealWeight(population, zoneAreaM2, villageAreaM2)
  QStringList zoneKinds; //!< "kind:return period" of the zones over it, e.g. "river_flood:50"
};

struct GullyThreat
{
  qint64 id = 0;
  QString name, townshipCode;
  double catchmentKm2 = 0;
  qint64 villages = 0, people = 0;
};

struct TownshipImpact
{
  QString code, name; //!< empty code = the total row
  int villages = 0;
  qint64 people = 0;
  int gullies = 0;
  int shelters = 0;         //!< open, within 2 km of the zone, not inside it
  qint64 shelterPlaces = 0; //!< their capacity minus occupancy
  int gaugesOver = 0;       //!< river-level stations over 警戒水位
  int reservoirsOver = 0;   //!< reservoirs over 汛限水位
  bool covered() const { return shelterPlaces >= people; }
};

struct FloodImpact
{
  bool applies = false; //!< a flood / rainstorm warning with an area
  QString error;
  QVector<VillageExposure> villages; //!< most people in the zone first
  QVector<GullyThreat> gullies;      //!< most people first
  QVector<TownshipImpact> townships; //!< by township code
  TownshipImpact total;              //!< shelters counted once each
  QStringList gaugesOver;            //!< "name: latest / warning m"
  QStringList reservoirsOver;        //!< "name: current / flood-limit m"
};

//! The model run on warning \a warningId (read-only).
FloodImpact floodImpact(sqlite3 *db, qint64 warningId);

} // namespace onemap::flood
