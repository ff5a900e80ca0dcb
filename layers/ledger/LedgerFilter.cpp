#include "LedgerFilter.h"

#include "LedgerColumns.h"
#include "hidden_dangers/HiddenDanger.h"

namespace onemap {

namespace {
// LIKE treats % and _ as wildcards: escape them so the user's text is literal.
QString likePattern(const QString &text)
{
  QString escaped = text;
  escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
  escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
  escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
  return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

bool LedgerFilter::isEmpty() const
{
  return township.trimmed().isEmpty() && type.isEmpty() && status.isEmpty() && text.trimmed().isEmpty() && parentId == 0;
}

LedgerFilter::Sql LedgerFilter::toSql(const TableSpec &spec) const
{
  const LedgerColumns columns = LedgerColumns::of(spec);
  QStringList conditions;
  Sql sql;
  const QString never = QStringLiteral("0");

  if (!township.trimmed().isEmpty()) {
    if (columns.adminField.isEmpty()) {
      conditions << never;
    } else {
      // Column names come from the TableSpec, never from the user.
      conditions << QStringLiteral("substr(%1, 1, 9) = ?").arg(columns.adminField);
      sql.params << township.trimmed().left(9);
    }
  }
  if (!type.isEmpty()) {
    if (columns.typeField.isEmpty()) {
      conditions << never;
    } else {
      conditions << QStringLiteral("%1 = ?").arg(columns.typeField);
      sql.params << type;
    }
  }
  if (status == QLatin1String(kOverdue)) {
    if (spec.name == HiddenDanger::schema().spec().name) {
      conditions << HiddenDanger::overdueSql();
      sql.params << today.toString(Qt::ISODate);
    } else {
      conditions << never;
    }
  } else if (status == QLatin1String(kSupervised)) {
    if (spec.field(QStringLiteral("supervised")))
      conditions << QStringLiteral("supervised = 1");
    else
      conditions << never;
  } else if (!status.isEmpty()) {
    const FieldSpec *field = spec.field(columns.statusField);
    if (!field) {
      conditions << never;
    } else {
      conditions << QStringLiteral("%1 = ?").arg(field->name);
      if (field->type == FieldType::Boolean)
        sql.params << (status == QLatin1String("1") || status.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? 1 : 0);
      else
        sql.params << status;
    }
  }
  if (const QString t = text.trimmed(); !t.isEmpty()) {
    QStringList any;
    for (const QString &field : columns.textFields) {
      any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(field);
      sql.params << likePattern(t);
    }
    // Codes of the admin unit count as text too (people paste them).
    if (!columns.adminField.isEmpty()) {
      any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(columns.adminField);
      sql.params << likePattern(t);
    }
    conditions << (any.isEmpty() ? never : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
  }
  if (parentId > 0) {
    if (columns.parentField.isEmpty()) {
      conditions << never;
    } else {
      conditions << QStringLiteral("%1 = ?").arg(columns.parentField);
      sql.params << parentId;
    }
  }
  sql.where = conditions.join(QStringLiteral(" AND "));
  return sql;
}

} // namespace onemap
