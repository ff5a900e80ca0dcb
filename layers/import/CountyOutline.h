#pragma once
// \brief The county's outline from the store (admin_units, level 'county'):
// imported points must lie inside it.
//
// A store without a county outline (a new, empty store) has no frame to check
// against: the inside-county rule is then skipped and only the world ranges of
// longitude and latitude apply.
#include <QString>
#include <QVector>

namespace onemap {

class Store;

class CountyOutline
{
public:
  static CountyOutline load(Store &store);

  bool isEmpty() const { return mRings.isEmpty(); }
  const QString &name() const { return mName; }
  //! Even-odd rule over all rings (holes included), after a bounding-box test.
  bool contains(double lon, double lat) const;

private:
  struct Ring
  {
    QVector<double> xy; //!< x0, y0, x1, y1, ... closed
  };
  QString mName;
  QVector<Ring> mRings;
  double mMinX = 0, mMinY = 0, mMaxX = 0, mMaxY = 0;
};

} // namespace onemap
