#pragma once
// One row of a store table as plain values: the common currency between the
// typed layer structs, validation, the audit log and importers.
#include <QVariantMap>

namespace onemap {

struct Record
{
  qint64 id = 0;        //!< 0 until inserted
  QVariantMap values;   //!< column name -> value (no id, no geometry)
  QString wkt;          //!< geometry as WKT in EPSG:4490; empty for tables without one
};

//! A point in CGCS2000 longitude/latitude (degrees).
struct GeoPoint
{
  double lon = 0;
  double lat = 0;
  QString toWkt() const;
  //! Parses "POINT(lon lat)"; returns false on anything else.
  static bool fromWkt(const QString &wkt, GeoPoint &out);
  bool operator==(const GeoPoint &o) const { return lon == o.lon && lat == o.lat; }
};

} // namespace onemap
