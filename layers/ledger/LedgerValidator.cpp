#include "LedgerValidator.h"

#include "LedgerColumns.h"
#include "catalog/Catalog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap {

namespace {
bool isBlank(const QVariant &v) { return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty(); }

// Which admin level a code column must name.
QString levelFor(const QString &field)
{
  if (field == QLatin1String("village_code"))
    return QStringLiteral("village");
  if (field == QLatin1String("township_code"))
    return QStringLiteral("township");
  return QString(); // admin_code, parent_code: any level
}
} // namespace

QString LedgerValidator::adminLevel(const QString &code) const
{
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT level FROM admin_units WHERE code = ?"));
  q.bind(1, code.trimmed());
  return q.next() ? q.text(0) : QString();
}

bool LedgerValidator::insideCounty(const QString &pointWkt) const
{
  SqlStatement any(mStore.handle(), QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'county'"));
  if (!any.next() || any.int64(0) == 0)
    return true;
  // ST_Intersects rather than ST_Within so a point on the boundary line counts as inside.
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT count(*) FROM admin_units WHERE level = 'county' "
                                                 "AND ST_Intersects(geom, GeomFromText(?, %1)) = 1").arg(Store::kSrid));
  q.bind(1, pointWkt);
  return q.next() && q.int64(0) > 0;
}

Status LedgerValidator::checkField(const TableSpec &spec, const Record &record, const FieldSpec &field) const
{
  const QVariant value = record.values.value(field.name);
  if (isBlank(value))
    return Status();
  const QString text = value.toString().trimmed();
  const bool adminCode = field.name == QLatin1String("village_code") || field.name == QLatin1String("township_code")
                         || field.name == QLatin1String("admin_code") || field.name == QLatin1String("parent_code");
  if (adminCode) {
    const QString level = adminLevel(text);
    const QString wanted = levelFor(field.name);
    if (level.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is not an administrative unit code in admin_units").arg(spec.name, field.name, text));
    if (!wanted.isEmpty() && level != wanted)
      return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is a %4, not a %5").arg(spec.name, field.name, text, level, wanted));
  }
  const LedgerColumns columns = LedgerColumns::of(spec);
  if (field.name == columns.parentField) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(columns.parentTable));
    q.bind(1, value.toLongLong());
    if (!q.next() || q.int64(0) == 0)
      return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: there is no row %3 in %4").arg(spec.name, field.name, text, columns.parentTable));
  }
  if (field.name == QLatin1String("covers_table") && !Catalog::table(text))
    return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is not a table of the store").arg(spec.name, field.name, text));
  // Codes are UNIQUE in the schema: say which row holds it instead of a constraint name.
  if (field.name == QLatin1String("code") || field.name == QLatin1String("channel_id")) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(spec.name, field.name));
    q.bind(1, text).bind(2, record.id);
    if (q.next())
      return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field %2: \"%3\" is already used by row %4").arg(spec.name, field.name, text).arg(q.int64(0)));
  }
  return Status();
}

Status LedgerValidator::checkGeometry(const TableSpec &spec, const Record &record) const
{
  if (spec.geometry != GeometryType::Point || record.wkt.trimmed().isEmpty())
    return Status();
  GeoPoint p;
  if (!GeoPoint::fromWkt(record.wkt, p))
    return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field geom: \"%2\" is not a point").arg(spec.name, record.wkt.left(80)));
  if (p.lon < -180 || p.lon > 180 || p.lat < -90 || p.lat > 90)
    return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field geom: %2, %3 is not a longitude/latitude").arg(spec.name).arg(p.lon).arg(p.lat));
  if (!insideCounty(record.wkt))
    return Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field geom: the point %2, %3 lies outside the county").arg(spec.name).arg(p.lon, 0, 'f', 6).arg(p.lat, 0, 'f', 6));
  return Status();
}

Status LedgerValidator::validate(const TableSpec &spec, const Record &record) const
{
  if (Status s = spec.validate(record); !s)
    return s;
  for (const FieldSpec &field : spec.fields)
    if (Status s = checkField(spec, record, field); !s)
      return s;
  return checkGeometry(spec, record);
}

QVector<QPair<QString, QString>> LedgerValidator::fieldErrors(const TableSpec &spec, const Record &record) const
{
  QVector<QPair<QString, QString>> errors;
  for (const FieldSpec &field : spec.fields) {
    // One field at a time through the spec's own rules, then the store checks.
    TableSpec single;
    single.name = spec.name;
    single.fields = {field};
    Record one;
    one.values.insert(field.name, record.values.value(field.name));
    Status s = single.validate(one);
    if (s)
      s = checkField(spec, record, field);
    if (!s)
      errors << qMakePair(field.name, s.message());
  }
  Status geometry = spec.hasGeometry() && record.wkt.trimmed().isEmpty()
                      ? Status::failure(QCoreApplication::translate("onemap::LedgerValidator", "%1, field geom: a geometry is required").arg(spec.name))
                      : checkGeometry(spec, record);
  if (!geometry)
    errors << qMakePair(QStringLiteral("geom"), geometry.message());
  return errors;
}

} // namespace onemap
