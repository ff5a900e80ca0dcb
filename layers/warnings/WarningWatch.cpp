#include "WarningWatch.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QTimer>

namespace onemap {

WarningWatch::WarningWatch(const QString &storePath, QObject *parent, int intervalMs)
  : QObject(parent)
{
  auto opened = Store::open(storePath);
  if (!opened) {
    mError = opened.message();
    return;
  }
  mStore = opened.take();
  mDataVersion = dataVersion();
  mSeen = fingerprint();
  mLastId = mSeen.lastId;
  mTimer = new QTimer(this);
  connect(mTimer, &QTimer::timeout, this, &WarningWatch::check);
  mTimer->start(intervalMs);
}

WarningWatch::~WarningWatch() = default;

qint64 WarningWatch::dataVersion() const
{
  SqlStatement q(mStore->handle(), QStringLiteral("PRAGMA data_version"));
  return q.next() ? q.int64(0) : -1;
}

WarningWatch::Fingerprint WarningWatch::fingerprint() const
{
  SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(sum(status = 'active'), 0) FROM warnings"));
  Fingerprint f;
  if (q.next()) {
    f.rows = q.int64(0);
    f.lastId = q.int64(1);
    f.inForce = q.int64(2);
  }
  return f;
}

bool WarningWatch::check()
{
  if (!mStore)
    return false;
  const qint64 version = dataVersion();
  if (version == mDataVersion)
    return false;
  mDataVersion = version;
  const Fingerprint now = fingerprint();
  if (now == mSeen)
    return false;
  mSeen = now;
  QList<qint64> arrived;
  SqlStatement q(mStore->handle(), QStringLiteral("SELECT id FROM warnings WHERE id > ? ORDER BY id"));
  q.bind(1, mLastId);
  while (q.next())
    arrived << q.int64(0);
  if (!arrived.isEmpty())
    mLastId = arrived.last();
  Q_EMIT changed(arrived);
  return true;
}

} // namespace onemap
