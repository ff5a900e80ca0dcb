#pragma once
// \brief Validated, audited access to one store table described by a TableSpec.
//
// Every write runs in a transaction that also writes its audit_log row; a
// failure anywhere rolls the whole write back.
#include "Record.h"
#include "Result.h"
#include "TableSpec.h"

#include <QJsonObject>
#include <QVariantList>
#include <functional>

namespace onemap {

class Store;

class Table
{
public:
  Table(Store &store, const TableSpec &spec) : mStore(store), mSpec(spec) {}

  const TableSpec &spec() const { return mSpec; }

  Result<qint64> insert(const Record &record, const QString &actor);
  Status update(const Record &record, const QString &actor);
  Status remove(qint64 id, const QString &actor);
  //! Puts a deleted row back under its old id (undo of a delete); audited as an insert
  //! (the audit_log schema allows no other action name).
  Status restore(const Record &record, const QString &actor);

  //! Inserts all rows or none; the error names the 1-based row. Writes one
  //! bulk_insert audit row with the count and id range, not one per row.
  //! \a progress (optional) gets the number of rows done so far.
  Result<int> insertMany(const QVector<Record> &records, const QString &actor,
                         const std::function<void(int)> &progress = {});

  //! How a bulk insert keeps the table's spatial index.
  enum class SpatialIndexing {
    PerRow,   //!< SpatiaLite's triggers, row by row
    AfterRows //!< lifted for the insert, filled once after it (DeferredSpatialIndex): same index, far faster
  };
  //! The same for \a count rows made one at a time by \a recordAt(0 .. count-1),
  //! so a caller need not hold them all as Records at once. Each row is
  //! validated just before it is written: a bad row fails the call with
  //! nothing of it kept by this call's transaction (inside a caller's
  //! transaction, the caller rolls back as after any failed write).
  Result<int> insertMany(int count, const std::function<Record(int)> &recordAt, const QString &actor,
                         const std::function<void(int)> &progress = {}, SpatialIndexing indexing = SpatialIndexing::PerRow);

  Result<Record> get(qint64 id) const;
  //! \a where is a fixed SQL condition with ? placeholders bound from \a params.
  QVector<Record> select(const QString &where = QString(), const QVariantList &params = {}) const;
  qint64 count(const QString &where = QString(), const QVariantList &params = {}) const;

  //! The row as the audit log stores it (fields plus geometry as WKT).
  QJsonObject rowJson(qint64 id) const;

private:
  QString insertSql(bool withId = false) const;
  QString geometryValueSql() const;
  Status bindAndRun(class SqlStatement &q, const Record &record, bool withId) const;

  Store &mStore;
  const TableSpec &mSpec;
};

} // namespace onemap
