#include "Store.h"

#include "Migrations.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlite3.h>
#include <spatialite.h>

namespace onemap {

namespace {


struct Probe
{
  bool exists = false;
  int applicationId = 0;
  int userVersion = 0;
  bool empty = false;
};

// Looks at an existing file strictly read-only, so a refused file stays untouched.
Result<Probe> probe(const QString &path)
{
  Probe p;
  QFileInfo info(path);
  if (!info.exists())
    return p;
  p.exists = true;
  if (!info.isFile())
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 is not a file").arg(path));
  if (!info.isReadable())
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot read store %1: permission denied").arg(path));
  if (info.size() == 0)
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 is not a OneMap store (the file is empty)").arg(path));

  sqlite3 *db = nullptr;
  const QByteArray uri = path.toUtf8();
  if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot open %1").arg(path));
  }
  SqlStatement appId(db, QStringLiteral("PRAGMA application_id"));
  if (!appId.next()) {
    const QString why = appId.error();
    sqlite3_close(db);
    Q_UNUSED(why)
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 is not a OneMap store (not an SQLite database)").arg(path));
  }
  p.applicationId = static_cast<int>(appId.int64(0));
  SqlStatement version(db, QStringLiteral("PRAGMA user_version"));
  if (version.next())
    p.userVersion = static_cast<int>(version.int64(0));
  sqlite3_close(db);
  if (p.applicationId != Store::kApplicationId)
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 is not a OneMap store (it is an SQLite database of another program)").arg(path));
  if (p.userVersion > Store::currentSchemaVersion())
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 has schema version %2, newer than this OneMap understands (%3); update OneMap")
                             .arg(path).arg(p.userVersion).arg(Store::currentSchemaVersion()));
  return p;
}

} // namespace

Store::Store(QString path, sqlite3 *db, void *spatialiteCache)
  : mPath(std::move(path)), mDb(db), mSpatialiteCache(spatialiteCache)
{
}

Store::~Store()
{
  if (mDb)
    sqlite3_close_v2(mDb);
  if (mSpatialiteCache)
    spatialite_cleanup_ex(mSpatialiteCache);
}

int Store::currentSchemaVersion() { return Migrations::latestVersion(); }

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
  return openAt(path, mode, currentSchemaVersion());
}

Result<std::unique_ptr<Store>> Store::createAtVersion(const QString &path, int version)
{
  if (QFileInfo::exists(path))
    return Status::failure(QCoreApplication::translate("onemap::Store", "%1 already exists").arg(path));
  return openAt(path, Mode::CreateIfMissing, version);
}

Result<std::unique_ptr<Store>> Store::openAt(const QString &path, Mode mode, int targetVersion)
{
  if (path.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::Store", "no store path given"));
  Result<Probe> probed = probe(path);
  if (!probed)
    return probed.status();
  if (!probed.value().exists) {
    if (mode == Mode::OpenExisting)
      return Status::failure(QCoreApplication::translate("onemap::Store", "store not found: %1").arg(path));
    QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
      return Status::failure(QCoreApplication::translate("onemap::Store", "cannot create store %1: folder missing or not writable").arg(path));
  } else if (!QFileInfo(path).isWritable()) {
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot write store %1: permission denied").arg(path));
  }

  sqlite3 *db = nullptr;
  const QByteArray file = path.toUtf8();
  const int flags = SQLITE_OPEN_READWRITE | (probed.value().exists ? 0 : SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(file.constData(), &db, flags, nullptr) != SQLITE_OK) {
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot open store %1: %2").arg(path, why));
  }
  sqlite3_busy_timeout(db, 5000);
  void *cache = spatialite_alloc_connection();
  spatialite_init_ex(db, cache, 0);
  std::unique_ptr<Store> store(new Store(path, db, cache));

  const QString pragmas = execSql(db, QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
  if (!pragmas.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot open store %1: %2").arg(path, pragmas));
  if (Status migrated = store->migrateTo(targetVersion); !migrated)
    return migrated;
  return store;
}

int Store::schemaVersion() const
{
  SqlStatement q(mDb, QStringLiteral("PRAGMA user_version"));
  return q.next() ? static_cast<int>(q.int64(0)) : -1;
}

Status Store::migrateTo(int version)
{
  const int from = schemaVersion();
  for (int v = from + 1; v <= version; ++v) {
    Status step = transaction([&]() -> Status {
      if (v == 1) {
        const QString err = execSql(mDb, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        if (!err.isEmpty())
          return Status::failure(err);
      }
      if (Status s = Migrations::apply(mDb, v); !s)
        return s;
      const QString err = execSql(mDb, QStringLiteral("PRAGMA user_version=%1").arg(v));
      return err.isEmpty() ? Status() : Status::failure(err);
    });
    if (!step)
      return Status::failure(QCoreApplication::translate("onemap::Store", "cannot migrate store %1 to schema %2: %3").arg(mPath).arg(v).arg(step.message()));
  }
  return Status();
}

Status Store::transaction(const std::function<Status()> &work)
{
  if (mTransactionDepth > 0) {
    ++mTransactionDepth;
    Status s = work();
    --mTransactionDepth;
    return s;
  }
  if (const QString err = execSql(mDb, QStringLiteral("BEGIN IMMEDIATE")); !err.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot start a transaction on %1: %2").arg(mPath, err));
  ++mTransactionDepth;
  Status s = work();
  --mTransactionDepth;
  if (!s) {
    execSql(mDb, QStringLiteral("ROLLBACK"));
    return s;
  }
  if (const QString err = execSql(mDb, QStringLiteral("COMMIT")); !err.isEmpty()) {
    execSql(mDb, QStringLiteral("ROLLBACK"));
    return Status::failure(QCoreApplication::translate("onemap::Store", "cannot commit to %1: %2").arg(mPath, err));
  }
  return s;
}

QString Store::meta(const QString &key) const
{
  SqlStatement q(mDb, QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
  q.bind(1, key);
  return q.next() ? q.text(0) : QString();
}

Status Store::setMeta(const QString &key, const QString &value)
{
  return transaction([&]() -> Status {
    SqlStatement q(mDb, QStringLiteral("INSERT INTO store_meta(key, value) VALUES(?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(1, key).bind(2, value);
    return q.exec() ? Status() : Status::failure(q.error());
  });
}

} // namespace onemap
