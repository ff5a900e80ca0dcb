#include "LedgerColumns.h"

#include "catalog/Catalog.h"

namespace onemap {

LedgerColumns LedgerColumns::of(const TableSpec &spec)
{
  LedgerColumns c;
  // The most precise admin column wins: a village code also names its township.
  for (const char *name : {"village_code", "township_code", "admin_code"}) {
    if (spec.field(QLatin1String(name))) {
      c.adminField = QLatin1String(name);
      break;
    }
  }
  if (spec.field(QStringLiteral("status")))
    c.statusField = QStringLiteral("status");
  for (const FieldSpec &f : spec.fields) {
    if (c.statusField.isEmpty() && f.type == FieldType::Boolean)
      c.statusField = f.name;
    if (c.typeField.isEmpty() && !f.allowed.isEmpty() && f.name != QLatin1String("status"))
      c.typeField = f.name;
    if (c.parentField.isEmpty() && f.required && f.type == FieldType::Integer && f.name.endsWith(QLatin1String("_id"))) {
      // reserve_id -> reserves: the catalog has the plural table.
      const QString table = f.name.chopped(3) + QLatin1Char('s');
      if (Catalog::table(table)) {
        c.parentField = f.name;
        c.parentTable = table;
      }
    }
    if (f.type == FieldType::Text && f.allowed.isEmpty() && f.name != c.adminField)
      c.textFields << f.name;
    if (c.titleField.isEmpty() && f.name == QLatin1String("name"))
      c.titleField = f.name;
  }
  if (c.titleField.isEmpty())
    for (const FieldSpec &f : spec.fields)
      if (f.required && f.type == FieldType::Text) {
        c.titleField = f.name;
        break;
      }
  return c;
}

namespace Ledgers {

QVector<const TableSpec *> tables()
{
  static const char *const kNames[] = {"hidden_dangers", "shelters", "teams", "reserves", "reserve_items",
                                       "stations", "cameras", "responsible_persons"};
  QVector<const TableSpec *> out;
  for (const char *name : kNames)
    if (const TableSpec *spec = Catalog::table(QLatin1String(name)))
      out << spec;
  return out;
}

QString townshipOf(const QString &adminCode)
{
  const QString code = adminCode.trimmed();
  if (code.size() < 9)
    return QString();
  return code.left(9) + QStringLiteral("000");
}

} // namespace Ledgers

} // namespace onemap
