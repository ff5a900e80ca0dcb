#include "StoreWatch.h"

#include "SqlStatement.h"
#include "Store.h"

#include <QTimer>
#include <utility>

namespace onemap {

QSet<QString> StoreChange::tables() const
{
  QSet<QString> all = wholeTables;
  for (auto it = rows.cbegin(); it != rows.cend(); ++it)
    all.insert(it.key());
  return all;
}

StoreWatch::StoreWatch(const QString &storePath, QObject *parent, int intervalMs)
  : QObject(parent)
{
  qRegisterMetaType<onemap::StoreChange>();
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  readFollowers();
  // The version and the starting row from one snapshot: a commit landing
  // between the two reads would otherwise come back as an "unknown" change.
  execSql(mStore->handle(), QStringLiteral("BEGIN"));
  mDataVersion = dataVersion();
  mLastAuditId = qMax<qint64>(0, newestAuditId());
  execSql(mStore->handle(), QStringLiteral("COMMIT"));
  mTimer = new QTimer(this);
  connect(mTimer, &QTimer::timeout, this, &StoreWatch::check);
  mTimer->start(intervalMs);
}

StoreWatch::~StoreWatch() = default;

bool StoreWatch::isValid() const { return mStore != nullptr; }

const QString &StoreWatch::error() const { return mError; }

void StoreWatch::setCaps(int rowCap, int readCap)
{
  mRowCap = qMax(1, rowCap);
  mReadCap = qMax(1, readCap);
}

QSet<QString> StoreWatch::followersOnDelete(const QString &table) const { return mFollowers.value(table); }

qint64 StoreWatch::dataVersion() const
{
  SqlStatement q(mStore->handle(), QStringLiteral("PRAGMA data_version"));
  return q.next() ? q.int64(0) : -1;
}

qint64 StoreWatch::newestAuditId() const
{
  SqlStatement q(mStore->handle(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
  return q.next() ? q.int64(0) : -1;
}

void StoreWatch::readFollowers()
{
  QHash<QString, QSet<QString>> direct;
  SqlStatement tables(mStore->handle(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
  while (tables.next()) {
    const QString child = tables.text(0);
    SqlStatement keys(mStore->handle(), QStringLiteral("SELECT \"table\", upper(on_delete) FROM pragma_foreign_key_list(?1)"));
    keys.bind(1, child);
    while (keys.next())
      if (keys.text(1) != QLatin1String("NO ACTION") && keys.text(1) != QLatin1String("RESTRICT"))
        direct[keys.text(0)].insert(child);
  }
  // Transitively: deleting a plan takes its assignments and whatever follows those.
  for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
    QSet<QString> all;
    QList<QString> todo = it.value().values();
    while (!todo.isEmpty()) {
      const QString t = todo.takeLast();
      if (all.contains(t))
        continue;
      all.insert(t);
      todo += direct.value(t).values();
    }
    mFollowers.insert(it.key(), all);
  }
}

void StoreWatch::readAudit(StoreChange &change, qint64 newest)
{
  SqlStatement q(mStore->handle(), QStringLiteral("SELECT id, table_name, row_id, action FROM audit_log "
                                                  "WHERE id > ?1 AND id <= ?2 ORDER BY id LIMIT ?3"));
  q.bind(1, mLastAuditId).bind(2, newest).bind(3, mReadCap);
  qint64 read = mLastAuditId;
  while (q.next()) {
    read = q.int64(0);
    const QString table = q.text(1);
    if (q.isNull(2)) {
      change.wholeTables.insert(table);
    } else if (!change.wholeTables.contains(table)) {
      QSet<qint64> &ids = change.rows[table];
      ids.insert(q.int64(2));
      if (ids.size() > mRowCap)
        change.wholeTables.insert(table);
    }
    if (q.text(3) == QLatin1String("delete"))
      change.wholeTables.unite(mFollowers.value(table));
  }
  // Rows not read (an error) may name any table.
  if (q.hasError() || read < newest)
    change.unknown = true;
  for (const QString &table : std::as_const(change.wholeTables))
    change.rows.remove(table);
  mLastAuditId = newest;
}

StoreChange StoreWatch::check()
{
  StoreChange change;
  if (!mStore || dataVersion() == mDataVersion)
    return change;
  // The version and the audit rows from one read snapshot, so a commit landing
  // mid-poll is either wholly in this poll or wholly in the next.
  const bool snapshot = execSql(mStore->handle(), QStringLiteral("BEGIN")).isEmpty();
  mDataVersion = dataVersion();
  const qint64 newest = newestAuditId();
  if (newest < 0 || newest <= mLastAuditId) {
    // Written without an audit row, or the log went back (the file was
    // restored from a copy): nothing says what changed.
    change.unknown = true;
    if (newest >= 0)
      mLastAuditId = newest;
  } else if (newest - mLastAuditId > mReadCap) {
    // Too many to read in one poll (the log only grows, so its ids have no
    // gaps and the difference is the row count): say so rather than stall.
    change.unknown = true;
    mLastAuditId = newest;
  } else {
    readAudit(change, newest);
  }
  if (snapshot)
    execSql(mStore->handle(), QStringLiteral("COMMIT"));
  else
    change.unknown = true;
  if (!change.isEmpty())
    Q_EMIT changed(change);
  return change;
}

} // namespace onemap
