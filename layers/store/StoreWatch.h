#pragma once
// \brief Notices every change any connection commits to the store and says
// which tables (and, where the audit log names them, which rows) changed, so
// the board redraws only those layers and features.
//
// Polls `PRAGMA data_version` on the watch's own connection: it moves exactly
// when another connection commits (never for this connection's own commits,
// hence the private connection), costs no disk read (about 8 us a poll), and
// works on network shares where file notifications get lost. Only when it
// moved are the new audit_log rows read, in one read transaction with the
// version, so a commit landing mid-poll is never half seen. (Another
// connection's wal_checkpoint(TRUNCATE) moves it too: one spurious "unknown".)
//
// What the audit log cannot say is reported conservatively:
// - a row with no row id (a bulk insert, a plan's rows deleted at once) puts
//   its table in wholeTables;
// - a delete also puts the tables that follow it by ON DELETE CASCADE / SET
//   NULL in wholeTables (SQLite writes no audit row for those);
// - a commit with no audit row at all (store_meta, plugin tables written with
//   plain SQL, schema changes) sets unknown;
// - more new audit rows than one poll reads (setCaps) sets unknown too.

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class QTimer;

namespace onemap {

class Store;

struct StoreChange
{
  QHash<QString, QSet<qint64>> rows; //!< table -> row ids inserted, updated or deleted
  QSet<QString> wholeTables;         //!< tables changed in bulk (row ids unknown)
  bool unknown = false;              //!< the store changed but the audit log says nothing: refresh all
  bool isEmpty() const { return rows.isEmpty() && wholeTables.isEmpty() && !unknown; }
  QSet<QString> tables() const;      //!< rows' keys plus wholeTables
};

class StoreWatch : public QObject
{
  Q_OBJECT
public:
  static constexpr int kDefaultIntervalMs = 250;
  //! More changed rows than this in one table in one poll: the table goes to
  //! wholeTables (a reload is cheaper than a huge id set).
  static constexpr int kDefaultRowCap = 20000;
  //! At most this many audit rows are read in one poll (about 65 ms); more
  //! new rows than this are not read at all and the change is unknown (a
  //! million audited edits call for a full refresh, not a second-long poll).
  static constexpr int kDefaultReadCap = 50000;

  //! Opens its own connection to \a storePath; check isValid(). Starts polling. The last
  //! audit row at construction is the starting point (earlier rows are not reported).
  explicit StoreWatch(const QString &storePath, QObject *parent = nullptr, int intervalMs = kDefaultIntervalMs);
  ~StoreWatch() override;
  bool isValid() const;
  const QString &error() const;
  //! Polls now (the timer calls this); returns what changed since the last poll (empty when nothing).
  //! Emits changed() when the result is not empty.
  StoreChange check();

  //! The newest audit_log row already reported.
  qint64 lastAuditId() const { return mLastAuditId; }
  //! Per-table id cap (default kDefaultRowCap) and per-poll read cap (default kDefaultReadCap).
  void setCaps(int rowCap, int readCap);
  //! Tables that change with \a table's deletes through ON DELETE CASCADE / SET NULL
  //! (transitively), as read from the schema when the watch opened.
  QSet<QString> followersOnDelete(const QString &table) const;

Q_SIGNALS:
  void changed(const onemap::StoreChange &change);

private:
  qint64 dataVersion() const;
  qint64 newestAuditId() const; //!< -1 when the log cannot be read
  void readFollowers();
  void readAudit(StoreChange &change, qint64 newest);

  std::unique_ptr<Store> mStore;
  QString mError;
  QTimer *mTimer = nullptr;
  qint64 mDataVersion = -1;
  qint64 mLastAuditId = 0;
  int mRowCap = kDefaultRowCap;
  int mReadCap = kDefaultReadCap;
  QHash<QString, QSet<QString>> mFollowers; //!< parent table -> child tables changed by its deletes
};

} // namespace onemap

Q_DECLARE_METATYPE(onemap::StoreChange)
