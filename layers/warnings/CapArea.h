#pragma once
// \brief The map area of a CAP info as one MULTIPOLYGON WKT in EPSG:4490.
//
// Polygons and circles come from the message (CAP writes "lat,lon"); geocodes
// that are administrative codes take the admin_units outline. Codes the store
// does not know are reported, and only fatal when nothing else is left.
#include "CapMessage.h"
#include "store/Result.h"

namespace onemap {

class Store;

struct CapAreaGeometry
{
  QString wkt;                //!< MULTIPOLYGON(...) or empty when nothing could be placed
  QStringList unknownCodes;   //!< administrative codes not in admin_units
  QStringList problems;       //!< polygons or circles that could not be read
};

class CapAreaBuilder
{
public:
  static CapAreaGeometry build(const Store &store, const QVector<CapArea> &areas);
  //! "lat,lon lat,lon ..." to the inner "((lon lat, ...))" of a polygon; empty when unreadable.
  static QString polygonRings(const QString &capPolygon);
  //! A 48-sided polygon approximating the circle, as polygon rings.
  static QString circleRings(const CapCircle &circle);
  //! A 12-digit admin_units code for an administrative geocode, else empty.
  static QString adminCode(const QString &valueName, const QString &value);
};

} // namespace onemap
