#pragma once
// \brief Bulk inserts without SpatiaLite's per-row spatial-index work.
//
// SpatiaLite keeps a table's R*Tree current with AFTER INSERT triggers: per
// row, gii_ calls RTreeAlign(), which formats an INSERT and parses it afresh,
// and tmi_ rewrites the geometry_columns_time row. For a bulk insert into a
// table this lifts both triggers (inside the caller's transaction), and
// finish() fills the index for the new rows with one INSERT .. SELECT in id
// order, stamps last_insert once and puts the triggers back from their own
// SQL text: the same index entries (the same %.12f rounding RTreeAlign uses)
// and the same schema as row-by-row inserts. A rollback undoes all of it.
#include "Result.h"

#include <QString>
#include <QStringList>

namespace onemap {

class Store;

class DeferredSpatialIndex
{
public:
  DeferredSpatialIndex(Store &store, QString table) : mStore(store), mTable(std::move(table)) {}

  //! Must run inside a transaction; a table without an enabled spatial index
  //! on geom is left alone (finish() is then a no-op).
  Status lift();
  //! Indexes the rows with ids firstId..lastId (none if lastId < firstId) and
  //! restores the triggers.
  Status finish(qint64 firstId, qint64 lastId);

private:
  Store &mStore;
  QString mTable;
  QStringList mTriggerSql; //!< CREATE TRIGGER statements dropped by lift()
  bool mIndexed = false;   //!< the table has an enabled spatial index on geom
  bool mFinished = false;
};

} // namespace onemap
