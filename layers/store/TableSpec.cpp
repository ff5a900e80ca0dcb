#include "TableSpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace onemap {

namespace {

bool isBlank(const QVariant &v)
{
  if (!v.isValid() || v.isNull())
    return true;
  // Numbers are never blank: skip the string conversion (importers check millions).
  const int t = v.userType();
  if (t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Double || t == QMetaType::Bool)
    return false;
  return v.toString().trimmed().isEmpty();
}
} // namespace

QString GeoPoint::toWkt() const
{
  return QStringLiteral("POINT(%1 %2)").arg(lon, 0, 'f', 7).arg(lat, 0, 'f', 7);
}

bool GeoPoint::fromWkt(const QString &wkt, GeoPoint &out)
{
  static const QRegularExpression re(QStringLiteral("^\\s*POINT\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*$"),
                                     QRegularExpression::CaseInsensitiveOption);
  const QRegularExpressionMatch m = re.match(wkt);
  if (!m.hasMatch())
    return false;
  bool okLon = false, okLat = false;
  out.lon = m.captured(1).toDouble(&okLon);
  out.lat = m.captured(2).toDouble(&okLat);
  return okLon && okLat;
}

const FieldSpec *TableSpec::field(const QString &fieldName) const
{
  for (const FieldSpec &f : fields)
    if (f.name == fieldName)
      return &f;
  return nullptr;
}

QStringList TableSpec::fieldNames() const
{
  QStringList names;
  for (const FieldSpec &f : fields)
    names << f.name;
  return names;
}

QString TableSpec::geometryTypeName() const
{
  switch (geometry) {
  case GeometryType::Point: return QStringLiteral("POINT");
  case GeometryType::LineString: return QStringLiteral("LINESTRING");
  case GeometryType::MultiPolygon: return QStringLiteral("MULTIPOLYGON");
  case GeometryType::None: break;
  }
  return QString();
}

Status TableSpec::validateField(const FieldSpec &f, const QVariant &v) const
{
  if (isBlank(v)) {
    if (f.required)
      return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field %2: a value is required").arg(name, f.name));
    return Status();
  }
  bool ok = true;
  double number = 0;
  switch (f.type) {
  case FieldType::Integer:
    number = static_cast<double>(v.toLongLong(&ok));
    break;
  case FieldType::Real:
    number = v.toDouble(&ok);
    break;
  case FieldType::Boolean:
    ok = v.userType() == QMetaType::Bool || v.toString() == QLatin1String("0") || v.toString() == QLatin1String("1");
    break;
  case FieldType::Date:
    ok = QDate::fromString(v.toString(), Qt::ISODate).isValid();
    break;
  case FieldType::DateTime:
    ok = QDateTime::fromString(v.toString(), Qt::ISODate).isValid();
    break;
  case FieldType::Text:
    break;
  }
  if (!ok)
    return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field %2: \"%3\" is not a valid value").arg(name, f.name, v.toString()));
  if (f.min && number < *f.min)
    return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field %2: %3 is below the minimum %4").arg(name, f.name, v.toString()).arg(*f.min));
  if (f.max && number > *f.max)
    return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field %2: %3 is above the maximum %4").arg(name, f.name, v.toString()).arg(*f.max));
  if (!f.allowed.isEmpty() && !f.allowed.contains(v.toString()))
    return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field %2: \"%3\" is not one of %4").arg(name, f.name, v.toString(), f.allowed.join(QLatin1Char('/'))));
  return Status();
}

Status TableSpec::validate(const Record &record) const
{
  for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
    if (!field(it.key()))
      return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1: unknown field %2").arg(name, it.key()));

  for (const FieldSpec &f : fields)
    if (Status s = validateField(f, record.values.value(f.name)); !s)
      return s;
  if (hasGeometry() && record.wkt.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TableSpec", "%1, field geom: a geometry is required").arg(name));
  return Status();
}

} // namespace onemap
