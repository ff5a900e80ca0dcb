#include "CapFolderWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace onemap {

namespace {
constexpr qint64 kRetryMs = 2000;
}

CapFolderWatcher::CapFolderWatcher(CapInbox &inbox, QString folder, QObject *parent)
  : QObject(parent), mInbox(inbox), mFolder(std::move(folder))
{
  mRescan.setInterval(2000);
  mSoon.setSingleShot(true);
  connect(&mRescan, &QTimer::timeout, this, [this]() { scan(true); });
  connect(&mSoon, &QTimer::timeout, this, [this]() { scan(true); });
  connect(&mWatcher, &QFileSystemWatcher::directoryChanged, this, &CapFolderWatcher::scheduleScan);
}

bool CapFolderWatcher::isCandidate(const QString &fileName)
{
  if (fileName.startsWith(QLatin1Char('.')) || fileName.startsWith(QLatin1Char('~')) || fileName.endsWith(QLatin1Char('~')))
    return false;
  // The last suffix decides: "a.xml.part" and "a.xml.tmp" are still being written.
  const QString suffix = QFileInfo(fileName).suffix().toLower();
  return suffix == QLatin1String("xml") || suffix == QLatin1String("cap");
}

Status CapFolderWatcher::start()
{
  if (!QFileInfo(mFolder).isDir())
    return Status::failure(QCoreApplication::translate("onemap::CapFolderWatcher", "%1 is not a folder").arg(mFolder));
  // Without inotify (or past its watch limit) the rescan alone still finds everything.
  mWatcher.addPath(mFolder);
  mRescan.start();
  mSoon.start(0);
  return {};
}

void CapFolderWatcher::stop()
{
  mRescan.stop();
  mSoon.stop();
  if (!mWatcher.directories().isEmpty())
    mWatcher.removePaths(mWatcher.directories());
}

int CapFolderWatcher::drain()
{
  int total = 0;
  for (int n = scan(false); n > 0; n = scan(false))
    total += n;
  return total;
}

void CapFolderWatcher::scheduleScan()
{
  // Events come in storms while files are written: one look shortly after.
  if (!mSoon.isActive())
    mSoon.start(200);
}

int CapFolderWatcher::scan(bool settled)
{
  const QDir dir(mFolder);
  if (!dir.exists()) {
    Q_EMIT problem(QCoreApplication::translate("onemap::CapFolderWatcher", "%1: the folder is gone").arg(mFolder));
    return 0;
  }
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  QHash<QString, Look> looks;
  struct Ready
  {
    qint64 modified;
    QString name;
    QString path;
  };
  QVector<Ready> ready;
  for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort)) {
    if (!isCandidate(fi.fileName()))
      continue;
    const QString path = fi.absoluteFilePath();
    Look look {fi.size(), fi.lastModified().toMSecsSinceEpoch(), now};
    if (const auto stuck = mStuck.constFind(path); stuck != mStuck.constEnd()) {
      if (stuck->size == look.size && stuck->modified == look.modified)
        continue;
      mStuck.remove(path);
    }
    // A file still being written is tried again when it changes, or after a
    // while: never in a tight loop that would hold up the files behind it.
    if (const auto waiting = mWaiting.constFind(path); waiting != mWaiting.constEnd()
        && waiting->size == look.size && waiting->modified == look.modified && now - waiting->seen < kRetryMs) {
      looks.insert(path, mLooks.value(path, look));
      continue;
    }
    const auto previous = mLooks.constFind(path);
    if (previous != mLooks.constEnd() && previous->size == look.size && previous->modified == look.modified)
      look.seen = previous->seen; // unchanged since then
    looks.insert(path, look);
    const bool quiet = now - look.modified >= mSettleMs || now - look.seen >= mSettleMs;
    if (!settled || quiet)
      ready.append({look.modified, fi.fileName(), path});
  }
  mLooks = looks;
  // Forget files that are gone.
  for (QHash<QString, Look> *h : {&mStuck, &mWaiting})
    for (auto it = h->begin(); it != h->end();)
      it = looks.contains(it.key()) || QFileInfo::exists(it.key()) ? std::next(it) : h->erase(it);

  // Oldest first, so that an Alert comes before the Update that follows it.
  std::sort(ready.begin(), ready.end(), [](const Ready &a, const Ready &b) {
    return a.modified != b.modified ? a.modified < b.modified : a.name < b.name;
  });
  QStringList batch;
  for (int i = 0; i < ready.size() && batch.size() < CapInbox::kBatchSize; ++i)
    batch << ready[i].path;

  int count = 0;
  bool failed = false;
  const QVector<CapInboxOutcome> outcomes = batch.isEmpty() ? QVector<CapInboxOutcome>() : mInbox.receiveFiles(batch, CapInbox::SourceFile::Take);
  for (const CapInboxOutcome &o : outcomes) {
    if (o.kind == CapInboxOutcome::Kind::NotReady) {
      Look tried = mLooks.value(o.origin);
      tried.seen = now;
      mWaiting.insert(o.origin, tried);
    } else {
      mWaiting.remove(o.origin);
    }
    if (o.kind == CapInboxOutcome::Kind::Failed)
      failed = true;
    else if (o.kind != CapInboxOutcome::Kind::NotReady)
      ++count;
    if (!o.problem.isEmpty() && QFileInfo::exists(o.origin)) {
      mStuck.insert(o.origin, mLooks.value(o.origin));
      Q_EMIT problem(o.problem);
    }
    Q_EMIT handled(o);
  }
  // More ready than one batch: go on after the event loop has had a turn (a
  // stop request is served between batches). After a failure the regular
  // rescan tries again.
  if (settled && !failed && ready.size() > batch.size())
    mSoon.start(0);
  Q_EMIT scanned(count);
  return count;
}

} // namespace onemap
