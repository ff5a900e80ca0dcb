#pragma once
// \brief What a store table holds: fields with their types and rules.
//
// Used to validate every write before it reaches SQL, so the user gets a
// message naming the field rather than a constraint name.
#include "Record.h"
#include "Result.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace onemap {

enum class FieldType { Integer, Real, Text, Boolean, Date, DateTime };
enum class GeometryType { None, Point, LineString, MultiPolygon };

struct FieldSpec
{
  QString name;
  FieldType type = FieldType::Text;
  bool required = false;
  QStringList allowed;          //!< codes the field may take; empty = any
  std::optional<double> min;
  std::optional<double> max;
};

struct TableSpec
{
  QString name;
  GeometryType geometry = GeometryType::None;
  QVector<FieldSpec> fields;

  const FieldSpec *field(const QString &fieldName) const;
  QStringList fieldNames() const;
  bool hasGeometry() const { return geometry != GeometryType::None; }
  //! Spatialite type name, e.g. "POINT"; empty without geometry.
  QString geometryTypeName() const;

  //! Checks a record against the rules; the message names table and field.
  Status validate(const Record &record) const;
  //! The same rules for one value of one field (importers report per field).
  Status validateField(const FieldSpec &f, const QVariant &value) const;
};

} // namespace onemap
