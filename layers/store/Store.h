#pragma once
// \brief The situation store: one SpatiaLite file in WAL mode.
//
// Opening checks, read-only, that the file is a OneMap store of a schema this
// build understands before anything is written: a foreign file or a newer
// schema is refused and left byte-for-byte untouched.
#include "Result.h"

#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

namespace onemap {

class Store
{
public:
  //! 'OMAP': marks a SQLite file as a OneMap store (PRAGMA application_id).
  static constexpr int kApplicationId = 0x4F4D4150;
  static constexpr int kSrid = 4490; // CGCS2000

  enum class Mode { OpenExisting, CreateIfMissing };

  ~Store();
  Store(const Store &) = delete;
  Store &operator=(const Store &) = delete;

  //! Opens (or creates) a store and migrates it forward to the current schema.
  static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::OpenExisting);
  //! Test hook: creates a new store migrated only up to \a version.
  static Result<std::unique_ptr<Store>> createAtVersion(const QString &path, int version);

  static int currentSchemaVersion();

  const QString &path() const { return mPath; }
  int schemaVersion() const;
  sqlite3 *handle() const { return mDb; }

  //! Runs \a work inside BEGIN IMMEDIATE .. COMMIT; any failure rolls back all of it.
  //! Nested calls join the outer transaction.
  Status transaction(const std::function<Status()> &work);
  bool inTransaction() const { return mTransactionDepth > 0; }

  //! Value from the store_meta key/value table (county name, code, seed...).
  QString meta(const QString &key) const;
  Status setMeta(const QString &key, const QString &value);

private:
  Store(QString path, sqlite3 *db, void *spatialiteCache);
  static Result<std::unique_ptr<Store>> openAt(const QString &path, Mode mode, int targetVersion);
  Status migrateTo(int version);

  QString mPath;
  sqlite3 *mDb = nullptr;
  void *mSpatialiteCache = nullptr;
  int mTransactionDepth = 0;
};

} // namespace onemap
