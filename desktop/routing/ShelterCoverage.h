#pragma once
// \brief Shelter coverage: what lies within an N-minute walk of an open
// shelter, walking the roads (cut roads excluded) and then straight across to
// the spot; the area, the people in it (area-weighted per village), the
// villages left out, and the villages without a shelter of their own.
#include "RoadNetwork.h"

#include <qgsgeometry.h>

namespace onemap {

struct CoverageOptions
{
  double walkKmh = 5;
  double minutes = 5;
  QSet<qint64> cutRoads;
  QStringList shelterClasses; //!< empty: all
  //! Longest straight walk off the road, at each end (added). Without a limit
  //! (0) coverage is just the disks around the shelters (a road walk is never
  //! shorter than the straight line), so roads and their cuts would not count;
  //! with it coverage follows the roads, like a network service area trimmed
  //! 100 m either side of the roads reached.
  double offRoadMetres = 100;
};

struct VillageCoverage
{
  QString code;
  QString name;
  QString townshipCode;
  qint64 population = 0;
  double areaKm2 = 0;
  double coveredKm2 = 0;
  qint64 coveredPopulation = 0;
  bool hasOwnShelter = false; //!< an open shelter with the village's code or inside it
  double share() const { return areaKm2 > 0 ? coveredKm2 / areaKm2 : 0; }
  //! Less than half of the village (its area, so its people) within the walk:
  //! a shelter in one corner does not cover the village.
  bool uncovered() const { return share() < kCoveredShare; }
  static constexpr double kCoveredShare = 0.5;
};

struct CoverageResult
{
  QgsGeometry covered;        //!< EPSG:4490 (multi)polygon
  double countyKm2 = 0;
  double coveredKm2 = 0;
  qint64 population = 0;
  qint64 coveredPopulation = 0;
  int shelters = 0;
  QVector<VillageCoverage> villages; //!< by code
};

Result<CoverageResult> shelterCoverage(Store &store, const CoverageOptions &options, QgsFeedback *feedback = nullptr);

} // namespace onemap
