#pragma once
// \brief Polygon rings with their bounding box, for point-in-polygon tests
// of the county outline and of townships and villages during an import.
#include <QByteArray>
#include <QVector>

namespace onemap {

struct RingSet
{
  QVector<QVector<double>> rings; //!< x0, y0, x1, y1, ... closed
  double minX = 0, minY = 0, maxX = 0, maxY = 0;

  bool isEmpty() const { return rings.isEmpty(); }
  //! Appends the rings of a POLYGON or MULTIPOLYGON given as WKB and grows
  //! the box; false when the bytes are not such a geometry.
  bool addWkb(const QByteArray &wkb);
  //! Bounding box first, then the even-odd rule over all rings (holes included).
  bool contains(double x, double y) const;
};

} // namespace onemap
