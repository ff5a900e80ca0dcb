#pragma once
// \brief Which source column feeds which ledger field, saved as a JSON file
// so the next file from the same department imports without asking.
//
// {"layer": "hidden_dangers", "encoding": "GB18030", "crs": "EPSG:4490",
//  "lon": "经度", "lat": "纬度",
//  "fields": {"code": "编号",
//             "hazard_type": {"column": "灾种", "values": {"滑坡体": "landslide"}},
//             "status": {"value": "identified"}}}
#include "store/Result.h"

#include <QMap>
#include <QStringList>

namespace onemap {

struct FieldSource
{
  QString column;                 //!< source column; empty with a constant
  QString constant;               //!< fixed value for every row
  QMap<QString, QString> values;  //!< cell value -> code
  bool isSet() const { return !column.isEmpty() || !constant.isEmpty(); }
};

struct ColumnMapping
{
  QString layer;
  QString encoding;  //!< empty: detect
  QString crs;       //!< empty: from the source, else EPSG:4490
  QString lonColumn; //!< x / longitude column (tables without geometry: none)
  QString latColumn;
  QMap<QString, FieldSource> fields; //!< ledger field -> source

  //! Suggests a mapping from the headers by field names and their Chinese aliases.
  static ColumnMapping suggest(const QString &layer, const QStringList &columns);
  static Result<ColumnMapping> load(const QString &path);
  Status save(const QString &path) const;
  QByteArray toJson() const;
  static Result<ColumnMapping> fromJson(const QByteArray &json, const QString &origin);

  //! Source columns this mapping reads.
  QStringList usedColumns() const;
};

} // namespace onemap
