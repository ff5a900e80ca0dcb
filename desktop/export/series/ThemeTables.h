#pragma once
// \brief The statistics table of each thematic sheet: counts by township from
// the store (bound-parameter SQL), every township listed (zeros too), in code
// order, then a row for records outside any township (only when there are
// some) and the total row.
#include "store/Result.h"

#include <QList>
#include <QStringList>

namespace onemap {

class Store;

struct ThemeTable
{
  QStringList headers;     //!< first column: township
  QList<QStringList> rows; //!< townships (+ unassigned), the total row last
};

namespace ThemeTables {

//! Risk zones by level (1 high .. 4 low) and in all, with the exposed population.
Result<ThemeTable> zoning(Store &store);
//! Hidden-danger points by hazard type (the types the store holds), open / signed off, in all.
Result<ThemeTable> dangers(Store &store);
//! Shelters by class, in all, and their capacity (people).
Result<ThemeTable> shelters(Store &store);
//! Rescue teams and their members, material depots and their item lines.
Result<ThemeTable> resources(Store &store);
//! Warnings in force covering each township (more than AffectedUnits::kMinShare
//! of it), the highest level among them and the township area they cover (km²);
//! the total counts each warning once.
Result<ThemeTable> warnings(Store &store);

} // namespace ThemeTables
} // namespace onemap
