#pragma once
// \brief Writes converted rows into one ledger inside the caller's transaction:
// rows whose key is already in the store update that object (through Table,
// with a before/after audit entry); new rows go through one prepared INSERT
// and are audited together as one bulk_insert entry, as Table::insertMany does.
//
// Like ogr2ogr, the spatial index of new rows is filled once at the end: the
// per-row SpatiaLite insert triggers are dropped inside the import's own
// transaction and put back by finish(), so a rollback (or a killed process)
// restores them with everything else.
#include "ImportTarget.h"
#include "RowConverter.h"

#include <QHash>

struct sqlite3_stmt;

namespace onemap {

class Store;

class ImportWriter
{
public:
  enum class Outcome { Inserted, Updated };

  ImportWriter(Store &store, const ImportTarget &target, QVector<bool> mapped, QString actor);
  ~ImportWriter();
  ImportWriter(const ImportWriter &) = delete;
  ImportWriter &operator=(const ImportWriter &) = delete;

  //! Loads the keys already in the store and prepares the INSERT. When the
  //! file brings more rows (\a expectedRows) than the table holds, secondary
  //! indexes are dropped and rebuilt by finish() (one sort beats a million
  //! B-tree inserts), in the same transaction.
  Status prepare(qint64 expectedRows = 0);
  //! The store object \a key names, or 0.
  qint64 existingId(const QString &key) const { return key.isEmpty() ? 0 : mExisting.value(key); }
  Result<Outcome> write(const ConvertedRow &row);
  //! Writes the bulk_insert audit entry for the inserted rows (if any).
  Status finish(const QString &sourceFile);

  qint64 inserted() const { return mInserted; }
  qint64 updated() const { return mUpdated; }

private:
  Status insert(const ConvertedRow &row);
  Status deferSpatialIndex();
  Status restoreSpatialIndex();
  Status update(qint64 id, const ConvertedRow &row);

  Store &mStore;
  const ImportTarget &mTarget;
  QVector<bool> mMapped;
  QString mActor;
  QHash<QString, qint64> mExisting;
  sqlite3_stmt *mInsert = nullptr;
  qint64 mInserted = 0, mUpdated = 0, mFirstId = 0, mLastId = 0;
  QStringList mDeferredTriggers; //!< CREATE TRIGGER statements to put back
  QStringList mDeferredIndexes;  //!< CREATE INDEX statements to put back
  QVector<QByteArray> mText;     //!< UTF-8 of the row being bound (SQLITE_STATIC)
  QByteArray mPoint;
};

} // namespace onemap
