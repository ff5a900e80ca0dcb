#include "DeferredSpatialIndex.h"

#include "SqlStatement.h"
#include "Store.h"

#include <QCoreApplication>

namespace onemap {

namespace {

Status failed(const QString &table, const QString &why)
{
  return Status::failure(QCoreApplication::translate("onemap::DeferredSpatialIndex", "spatial index of %1: %2").arg(table, why));
}

// Table names come from the catalog, never from users; quoted all the same.
QString quoted(const QString &name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); }

} // namespace

Status DeferredSpatialIndex::lift()
{
  if (!mStore.inTransaction())
    return failed(mTable, QStringLiteral("not inside a transaction"));
  SqlStatement enabled(mStore.handle(), QStringLiteral("SELECT spatial_index_enabled FROM geometry_columns "
                                                       "WHERE f_table_name = lower(?) AND f_geometry_column = 'geom'"));
  enabled.bind(1, mTable);
  mIndexed = enabled.next() && enabled.int64(0) == 1;
  if (!mIndexed)
    return Status();
  // The two AFTER INSERT triggers that do per-row index work; the geometry
  // constraint check (ggi_, BEFORE INSERT) stays on.
  const QStringList names {QStringLiteral("gii_%1_geom").arg(mTable), QStringLiteral("tmi_%1_geom").arg(mTable)};
  for (const QString &name : names) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.bind(1, name);
    if (!q.next())
      return failed(mTable, q.hasError() ? q.error() : QStringLiteral("trigger %1 is missing").arg(name));
    mTriggerSql << q.text(0);
    if (const QString err = execSql(mStore.handle(), QStringLiteral("DROP TRIGGER %1").arg(quoted(name))); !err.isEmpty())
      return failed(mTable, err);
  }
  return Status();
}

Status DeferredSpatialIndex::finish(qint64 firstId, qint64 lastId)
{
  if (!mIndexed || mFinished)
    return Status();
  mFinished = true;
  if (lastId >= firstId) {
    // As RTreeAlign: the MBR printed with %.12f and read back, NULL geometries skipped.
    const QString bound = QStringLiteral("CAST(printf('%.12f', %1(geom)) AS REAL)");
    SqlStatement fill(mStore.handle(), QStringLiteral("INSERT INTO %1 (pkid, xmin, ymin, xmax, ymax) SELECT id, %2, %3, %4, %5 FROM %6 "
                                                      "WHERE id BETWEEN ? AND ? AND geom IS NOT NULL ORDER BY id")
                                         .arg(quoted(QStringLiteral("idx_%1_geom").arg(mTable)), bound.arg(QStringLiteral("MbrMinX")),
                                              bound.arg(QStringLiteral("MbrMinY")), bound.arg(QStringLiteral("MbrMaxX")),
                                              bound.arg(QStringLiteral("MbrMaxY")), quoted(mTable)));
    fill.bind(1, firstId).bind(2, lastId);
    if (!fill.exec())
      return failed(mTable, fill.error());
    // What the tmi_ trigger would have left after the last row.
    SqlStatement stamp(mStore.handle(), QStringLiteral("UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                                       "WHERE Lower(f_table_name) = Lower(?) AND Lower(f_geometry_column) = 'geom'"));
    stamp.bind(1, mTable);
    if (!stamp.exec())
      return failed(mTable, stamp.error());
  }
  for (const QString &sql : mTriggerSql)
    if (const QString err = execSql(mStore.handle(), sql); !err.isEmpty())
      return failed(mTable, err);
  return Status();
}

} // namespace onemap
