#pragma once
// \brief Notices warnings written into the store by another process
// (`onemap cap ingest` / `cap watch`), so the board can show them at once.
//
// Polls rather than watching files: `PRAGMA data_version` on the watch's own
// connection changes exactly when another connection commits, costs no disk
// read, and keeps working across WAL checkpoints, a recreated -wal file and
// stores on network shares, where file-change notifications are lost or flood.
// Only when it moved is the warnings table asked for its fingerprint (count,
// newest id, rows in force), so ledger edits elsewhere do not reload the map.
#include "store/Result.h"

#include <QList>
#include <QObject>
#include <memory>

class QTimer;

namespace onemap {

class Store;

class WarningWatch : public QObject
{
  Q_OBJECT
public:
  static constexpr int kDefaultIntervalMs = 2000;

  //! Opens its own connection to \a storePath; check isValid(). Starts polling.
  explicit WarningWatch(const QString &storePath, QObject *parent = nullptr, int intervalMs = kDefaultIntervalMs);
  ~WarningWatch() override;

  bool isValid() const { return mStore != nullptr; }
  const QString &error() const { return mError; }
  //! The newest warnings row seen so far (rows above it are "new").
  qint64 lastId() const { return mLastId; }

  //! Polls now (the timer calls this); true when the warnings table changed.
  bool check();

Q_SIGNALS:
  //! The warnings table changed; \a arrived holds the ids of rows added since
  //! the last change, oldest first (empty for status changes only).
  void changed(const QList<qint64> &arrived);

private:
  struct Fingerprint
  {
    qint64 rows = -1, lastId = 0, inForce = 0;
    bool operator==(const Fingerprint &o) const { return rows == o.rows && lastId == o.lastId && inForce == o.inForce; }
  };
  qint64 dataVersion() const;
  Fingerprint fingerprint() const;

  std::unique_ptr<Store> mStore;
  QString mError;
  QTimer *mTimer = nullptr;
  qint64 mDataVersion = -1;
  qint64 mLastId = 0;
  Fingerprint mSeen;
};

} // namespace onemap
