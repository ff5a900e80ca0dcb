#pragma once
// \brief The area a transfer plan covers: a warning's area, a risk zone, a
// township or the whole county, resolved to its geometry.
#include "store/Result.h"

#include <QString>

namespace onemap {

class Store;

struct TransferArea
{
  enum class Kind { Warning, Zone, Township, County };
  Kind kind = Kind::County;
  QString ref;     //!< warning id, risk-zone code, township admin code, county code
  QString label;   //!< e.g. "24小时 暴雨 橙色预警 #12", "城关镇", the zone's name
  QString hazard;  //!< warning hazard, or the zone's hazard; empty for a township/county
  QString wkt;     //!< MULTIPOLYGON in EPSG:4490

  static QString kindCode(Kind kind);  //!< warning, zone, township, county
  static bool kindFromCode(const QString &code, Kind &out);

  //! Parses "warning:ID", "zone:CODE", "township:CODE|NAME" or "county" and
  //! reads the geometry; the error names what was not found.
  static Result<TransferArea> parse(Store &store, const QString &spec);
  static Result<TransferArea> resolve(Store &store, Kind kind, const QString &ref);
};

} // namespace onemap
