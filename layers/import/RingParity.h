#pragma once
// \brief The even-odd rule for one polygon ring, shared by the county outline
// and the township/village lookup of the importer.
#include <QVector>

namespace onemap {

//! True when a ray from (x, y) crosses the ring \a xy (x0, y0, x1, y1, ...)
//! an odd number of times. XOR it over all rings of a polygon, holes included.
inline bool ringParity(const QVector<double> &xy, double x, double y)
{
  bool odd = false;
  const double *p = xy.constData();
  const int n = xy.size() / 2;
  for (int i = 0, j = n - 1; i < n; j = i++) {
    const double xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1];
    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
      odd = !odd;
  }
  return odd;
}

} // namespace onemap
