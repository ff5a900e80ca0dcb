#pragma once
// \brief The county's outline from the store (admin_units, level 'county'):
// imported points must lie inside it.
//
// A store without a county outline (a new, empty store) has no frame to check
// against: the inside-county rule is then skipped and only the world ranges of
// longitude and latitude apply.
#include "RingSet.h"

#include <QString>

namespace onemap {

class Store;

class CountyOutline
{
public:
  static CountyOutline load(Store &store);

  bool isEmpty() const { return mShape.isEmpty(); }
  const QString &name() const { return mName; }
  //! Even-odd rule over all rings (holes included), after a bounding-box test.
  bool contains(double lon, double lat) const { return mShape.contains(lon, lat); }

private:
  QString mName;
  RingSet mShape;
};

} // namespace onemap
