#include "Table.h"

#include "AuditLog.h"
#include "DeferredSpatialIndex.h"
#include "SqlStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <sqlite3.h>

namespace onemap {

namespace {

QString columnList(const TableSpec &spec, const QString &geomExpr)
{
  QStringList cols = spec.fieldNames();
  if (spec.hasGeometry())
    cols << geomExpr;
  return cols.join(QStringLiteral(", "));
}
} // namespace

QString Table::geometryValueSql() const
{
  const QString fromText = QStringLiteral("GeomFromText(?, %1)").arg(Store::kSrid);
  // MULTIPOLYGON columns also take a plain POLYGON.
  return mSpec.geometry == GeometryType::MultiPolygon ? QStringLiteral("CastToMulti(%1)").arg(fromText) : fromText;
}

QString Table::insertSql(bool withId) const
{
  QStringList marks;
  for (int i = 0; i < mSpec.fields.size(); ++i)
    marks << QStringLiteral("?");
  if (mSpec.hasGeometry())
    marks << geometryValueSql();
  QString columns = columnList(mSpec, QStringLiteral("geom"));
  if (withId) {
    // bindAndRun binds the id last.
    columns += QStringLiteral(", id");
    marks << QStringLiteral("?");
  }
  return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(mSpec.name, columns, marks.join(QStringLiteral(", ")));
}

Status Table::bindAndRun(SqlStatement &q, const Record &record, bool withId) const
{
  int i = 1;
  for (const FieldSpec &f : mSpec.fields) {
    QVariant v = record.values.value(f.name);
    if (f.type == FieldType::Boolean && v.isValid() && !v.isNull())
      v = v.toBool() ? 1 : 0;
    q.bind(i++, v);
  }
  if (mSpec.hasGeometry())
    q.bind(i++, record.wkt);
  if (withId)
    q.bind(i++, record.id);
  if (!q.exec())
    return Status::failure(QCoreApplication::translate("onemap::Table", "%1: %2").arg(mSpec.name, q.error()));
  return Status();
}

Result<qint64> Table::insert(const Record &record, const QString &actor)
{
  if (Status s = mSpec.validate(record); !s)
    return s;
  qint64 id = 0;
  Status s = mStore.transaction([&]() -> Status {
    SqlStatement q(mStore.handle(), insertSql());
    if (Status run = bindAndRun(q, record, false); !run)
      return run;
    id = sqlite3_last_insert_rowid(mStore.handle());
    const QJsonObject after = rowJson(id);
    if (mSpec.hasGeometry() && after.value(QStringLiteral("geom")).toString().isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1, field geom: \"%2\" is not a valid %3").arg(mSpec.name, record.wkt.left(80), mSpec.geometryTypeName()));
    return AuditLog(mStore).record(mSpec.name, id, QStringLiteral("insert"), actor, {}, after);
  });
  if (!s)
    return s;
  return id;
}

Status Table::update(const Record &record, const QString &actor)
{
  if (Status s = mSpec.validate(record); !s)
    return s;
  return mStore.transaction([&]() -> Status {
    const QJsonObject before = rowJson(record.id);
    if (before.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1: no row with id %2").arg(mSpec.name).arg(record.id));
    QStringList sets;
    for (const FieldSpec &f : mSpec.fields)
      sets << QStringLiteral("%1 = ?").arg(f.name);
    if (mSpec.hasGeometry())
      sets << QStringLiteral("geom = ") + geometryValueSql();
    SqlStatement q(mStore.handle(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(mSpec.name, sets.join(QStringLiteral(", "))));
    if (Status run = bindAndRun(q, record, true); !run)
      return run;
    const QJsonObject after = rowJson(record.id);
    if (mSpec.hasGeometry() && after.value(QStringLiteral("geom")).toString().isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1, field geom: \"%2\" is not a valid %3").arg(mSpec.name, record.wkt.left(80), mSpec.geometryTypeName()));
    return AuditLog(mStore).record(mSpec.name, record.id, QStringLiteral("update"), actor, before, after);
  });
}

Status Table::remove(qint64 id, const QString &actor)
{
  return mStore.transaction([&]() -> Status {
    const QJsonObject before = rowJson(id);
    if (before.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1: no row with id %2").arg(mSpec.name).arg(id));
    SqlStatement q(mStore.handle(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(mSpec.name));
    q.bind(1, id);
    if (!q.exec())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1: %2").arg(mSpec.name, q.error()));
    return AuditLog(mStore).record(mSpec.name, id, QStringLiteral("delete"), actor, before, {});
  });
}

Status Table::restore(const Record &record, const QString &actor)
{
  if (record.id <= 0)
    return Status::failure(QCoreApplication::translate("onemap::Table", "%1: cannot restore a row without an id").arg(mSpec.name));
  if (Status s = mSpec.validate(record); !s)
    return s;
  return mStore.transaction([&]() -> Status {
    if (!rowJson(record.id).isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1: row %2 already exists").arg(mSpec.name).arg(record.id));
    SqlStatement q(mStore.handle(), insertSql(true));
    if (Status run = bindAndRun(q, record, true); !run)
      return run;
    const QJsonObject after = rowJson(record.id);
    if (mSpec.hasGeometry() && after.value(QStringLiteral("geom")).toString().isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Table", "%1, field geom: \"%2\" is not a valid %3").arg(mSpec.name, record.wkt.left(80), mSpec.geometryTypeName()));
    return AuditLog(mStore).record(mSpec.name, record.id, QStringLiteral("insert"), actor, {}, after);
  });
}

Result<int> Table::insertMany(const QVector<Record> &records, const QString &actor, const std::function<void(int)> &progress)
{
  // Each row is validated as it comes; a bad one rolls back the whole insert.
  return insertMany(records.size(), [&](int row) { return records[row]; }, actor, progress);
}

Result<int> Table::insertMany(int count, const std::function<Record(int)> &recordAt, const QString &actor,
                              const std::function<void(int)> &progress, SpatialIndexing indexing)
{
  qint64 firstId = 0, lastId = 0;
  Status s = mStore.transaction([&]() -> Status {
    DeferredSpatialIndex deferred(mStore, mSpec.name);
    if (indexing == SpatialIndexing::AfterRows && mSpec.hasGeometry())
      if (Status lifted = deferred.lift(); !lifted)
        return lifted;
    SqlStatement q(mStore.handle(), insertSql());
    for (int row = 0; row < count; ++row) {
      const Record record = recordAt(row);
      if (Status valid = mSpec.validate(record); !valid)
        return Status::failure(QCoreApplication::translate("onemap::Table", "row %1: %2").arg(row + 1).arg(valid.message()));
      q.reset();
      if (Status run = bindAndRun(q, record, false); !run)
        return Status::failure(QCoreApplication::translate("onemap::Table", "row %1: %2").arg(row + 1).arg(run.message()));
      lastId = sqlite3_last_insert_rowid(mStore.handle());
      if (row == 0)
        firstId = lastId;
      if (progress && (row + 1) % 1000 == 0)
        progress(row + 1);
    }
    if (mSpec.hasGeometry()) {
      SqlStatement bad(mStore.handle(), QStringLiteral("SELECT min(id) FROM %1 WHERE id BETWEEN ? AND ? AND geom IS NULL").arg(mSpec.name));
      bad.bind(1, firstId).bind(2, lastId);
      if (bad.next() && !bad.isNull(0))
        return Status::failure(QCoreApplication::translate("onemap::Table", "row %1: %2, field geom: not a valid %3")
                                 .arg(bad.int64(0) - firstId + 1).arg(mSpec.name, mSpec.geometryTypeName()));
    }
    if (Status indexed = deferred.finish(firstId, count > 0 ? lastId : firstId - 1); !indexed)
      return indexed;
    QJsonObject summary {{QStringLiteral("rows"), count},
                         {QStringLiteral("first_id"), firstId},
                         {QStringLiteral("last_id"), lastId}};
    return AuditLog(mStore).record(mSpec.name, 0, QStringLiteral("bulk_insert"), actor, {}, summary);
  });
  if (!s)
    return s;
  if (progress)
    progress(count);
  return count;
}

Result<Record> Table::get(qint64 id) const
{
  const QVector<Record> rows = select(QStringLiteral("id = ?"), {id});
  if (rows.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::Table", "%1: no row with id %2").arg(mSpec.name).arg(id));
  return rows.first();
}

QVector<Record> Table::select(const QString &where, const QVariantList &params) const
{
  QString sql = QStringLiteral("SELECT id, %1 FROM %2").arg(columnList(mSpec, QStringLiteral("AsText(geom)")), mSpec.name);
  if (!where.isEmpty())
    sql += QStringLiteral(" WHERE ") + where;
  sql += QStringLiteral(" ORDER BY id");
  SqlStatement q(mStore.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  QVector<Record> rows;
  while (q.next()) {
    Record r;
    r.id = q.int64(0);
    int col = 1;
    for (const FieldSpec &f : mSpec.fields)
      r.values.insert(f.name, q.value(col++));
    if (mSpec.hasGeometry())
      r.wkt = q.text(col);
    rows << r;
  }
  return rows;
}

qint64 Table::count(const QString &where, const QVariantList &params) const
{
  QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(mSpec.name);
  if (!where.isEmpty())
    sql += QStringLiteral(" WHERE ") + where;
  SqlStatement q(mStore.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  return q.next() ? q.int64(0) : 0;
}

QJsonObject Table::rowJson(qint64 id) const
{
  const QVector<Record> rows = select(QStringLiteral("id = ?"), {id});
  if (rows.isEmpty())
    return {};
  QJsonObject o = QJsonObject::fromVariantMap(rows.first().values);
  o.insert(QStringLiteral("id"), rows.first().id);
  if (mSpec.hasGeometry())
    o.insert(QStringLiteral("geom"), rows.first().wkt);
  return o;
}

} // namespace onemap
