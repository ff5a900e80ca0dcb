#pragma once
// People and households inside each isoseismal ring, per township, from the
// village polygons of the store's admin_units. A village counts in the ring
// (the highest intensity, VI or more) whose ellipse holds its centroid.
#include "IntensityModel.h"
#include "store/Result.h"

#include <QString>
#include <QVector>

struct sqlite3;

namespace onemap::earthquake {

struct TownshipRing
{
  QString townshipCode;
  QString townshipName;
  int intensity = 0;       //!< 6..11
  qint64 villages = 0;
  qint64 population = 0;
  qint64 households = 0;
};

//! Rows ordered by intensity (strongest first), then township code.
//! \a db must have SpatiaLite loaded (a Store handle does).
Result<QVector<TownshipRing>> ringsByTownship(sqlite3 *db, const Event &event);

} // namespace onemap::earthquake
