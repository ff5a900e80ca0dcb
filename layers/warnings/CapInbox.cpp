#include "CapInbox.h"

#include "CapIngest.h"
#include "CapParser.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace onemap {

namespace {

//! A file name that cannot climb out of the folder or clash with reserved characters.
QString safeName(const QString &text)
{
  static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
  QString s = QString(text).replace(bad, QStringLiteral("_"));
  while (s.startsWith(QLatin1Char('.')))
    s.remove(0, 1);
  return s.left(120);
}

//! \a name in \a dir for i = 1, with -2, -3... before the suffix after.
QString candidate(const QDir &dir, const QString &name, int i)
{
  if (i <= 1)
    return dir.filePath(name);
  const QFileInfo fi(name);
  const QString suffix = fi.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + fi.completeSuffix();
  return dir.filePath(fi.baseName() + QStringLiteral("-%1").arg(i) + suffix);
}

//! The first candidate of \a name in \a dir that is free (no .reason beside it either).
QString freePath(const QDir &dir, const QString &name)
{
  for (int i = 1;; ++i) {
    const QString path = candidate(dir, name, i);
    if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".reason")))
      return path;
  }
}

//! Whether one of the archive's copies named like \a name holds exactly \a bytes.
bool archivedAlready(const QDir &dir, const QString &name, const QByteArray &bytes)
{
  for (int i = 1;; ++i) {
    QFile f(candidate(dir, name, i));
    if (!f.exists())
      return false;
    if (f.size() == bytes.size() && f.open(QIODevice::ReadOnly) && f.readAll() == bytes)
      return true;
  }
}

//! Writes \a bytes whole or not at all: a reader of the folder never sees half a file.
bool writeWhole(const QString &path, const QByteArray &bytes)
{
  QSaveFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

//! Moves \a from to \a to, copying and removing across file systems.
bool moveFile(const QString &from, const QString &to)
{
  if (QFile::rename(from, to))
    return true;
  if (!QFile::copy(from, to))
    return false;
  if (!QFile::remove(from)) {
    QFile::remove(to); // still at its origin: better than two copies
    return false;
  }
  return true;
}

QString archiveName(const CapMessage &m)
{
  // Named by identifier and sent; another sender's message of the same name gets -2, -3...
  return safeName(m.identifier) + QLatin1Char('_') + safeName(m.sent) + QStringLiteral(".xml");
}

} // namespace

struct CapInbox::Item
{
  CapInboxOutcome outcome;
  QString path;         //!< the file, when the bytes came from one
  SourceFile mode = SourceFile::Keep;
  QString nameHint;     //!< quarantine name for bytes without a file
  QByteArray bytes;
  Result<CapMessage> message = Status::failure(QString());
};

CapInbox::CapInbox(Store &store, QString archiveDir, QString quarantineDir)
  : mStore(store), mArchiveDir(std::move(archiveDir)), mQuarantineDir(std::move(quarantineDir))
{
}

Status CapInbox::prepare() const
{
  if (!QDir().mkpath(mArchiveDir) || !QDir().mkpath(mQuarantineDir))
    return Status::failure(QCoreApplication::translate("onemap::CapCommand", "cannot create %1 or %2").arg(mArchiveDir, mQuarantineDir));
  return {};
}

QDateTime CapInbox::now() const
{
  return mNow.isValid() ? mNow : QDateTime::currentDateTimeUtc();
}

CapInboxOutcome CapInbox::receiveFile(const QString &path, SourceFile mode)
{
  return receiveFiles({path}, mode).value(0);
}

QVector<CapInboxOutcome> CapInbox::receiveFiles(const QStringList &paths, SourceFile mode)
{
  QVector<CapInboxOutcome> outcomes;
  outcomes.reserve(paths.size());
  for (int start = 0; start < paths.size(); start += kBatchSize) {
    QVector<Item> items;
    for (const QString &path : paths.mid(start, kBatchSize)) {
      Item it;
      it.path = path;
      it.mode = mode;
      it.outcome.origin = path;
      const QString name = QFileInfo(path).fileName();
      QFile f(path);
      if (!f.open(QIODevice::ReadOnly)) {
        // Gone or locked: nothing to move; a watched folder looks again later.
        it.outcome.kind = mode == SourceFile::Take ? CapInboxOutcome::Kind::Failed : CapInboxOutcome::Kind::Rejected;
        it.outcome.reason = QCoreApplication::translate("onemap::CapParser", "%1: cannot read: %2").arg(path, f.errorString());
        it.message = Status::failure(it.outcome.reason);
      } else if (f.size() > CapParser::kMaxBytes) {
        it.message = Status::failure(QCoreApplication::translate("onemap::CapParser", "%1: %2 bytes is larger than the %3 MB a CAP message may have").arg(path).arg(f.size()).arg(CapParser::kMaxBytes / (1024 * 1024)));
      } else {
        it.bytes = f.readAll();
        it.message = CapParser::parse(it.bytes);
        if (!it.message)
          it.message = Status::failure(name + QStringLiteral(": ") + it.message.message());
      }
      items << it;
    }
    receiveBatch(items);
    for (const Item &it : items)
      outcomes << it.outcome;
  }
  return outcomes;
}

CapInboxOutcome CapInbox::receiveBytes(const QByteArray &bytes, const QString &origin, const QString &nameHint)
{
  QVector<Item> items(1);
  Item &it = items.first();
  it.outcome.origin = origin;
  it.nameHint = nameHint;
  it.bytes = bytes;
  it.message = CapParser::parse(bytes);
  receiveBatch(items);
  return items.first().outcome;
}

void CapInbox::receiveBatch(QVector<Item> &items)
{
  const QDateTime at = now();
  const QDateTime wall = QDateTime::currentDateTimeUtc();
  bool anyParsed = false;
  for (Item &it : items) {
    if (it.outcome.kind == CapInboxOutcome::Kind::Failed)
      continue;
    if (it.message) {
      anyParsed = true;
      continue;
    }
    it.outcome.kind = CapInboxOutcome::Kind::Rejected;
    it.outcome.reason = it.message.message();
    // Half a file now may be a whole message in a moment: wait for the writer.
    if (it.mode == SourceFile::Take && !it.path.isEmpty() && CapParser::isIncomplete(it.bytes)
        && QFileInfo(it.path).lastModified().toUTC().secsTo(wall) < mGraceSeconds)
      it.outcome.kind = CapInboxOutcome::Kind::NotReady;
  }

  if (anyParsed) {
    sqlite3 *db = mStore.handle();
    const Status committed = mStore.transaction([&]() -> Status {
      for (Item &it : items) {
        if (!it.message || it.outcome.kind == CapInboxOutcome::Kind::Failed)
          continue;
        const CapMessage &m = it.message.value();
        it.outcome.identifier = m.identifier;
        it.outcome.msgType = m.msgType;
        if (const QString err = execSql(db, QStringLiteral("SAVEPOINT cap_message")); !err.isEmpty())
          return Status::failure(err);
        const Result<CapIngestOutcome> r = CapIngest::ingest(mStore, m, at);
        if (!r) {
          // Only this message's writes are undone; the batch goes on.
          execSql(db, QStringLiteral("ROLLBACK TO cap_message"));
          execSql(db, QStringLiteral("RELEASE cap_message"));
          it.outcome.kind = CapInboxOutcome::Kind::Rejected;
          it.outcome.reason = r.message();
          continue;
        }
        if (const QString err = execSql(db, QStringLiteral("RELEASE cap_message")); !err.isEmpty())
          return Status::failure(err);
        it.outcome.kind = r.value().duplicate ? CapInboxOutcome::Kind::Duplicate : CapInboxOutcome::Kind::Accepted;
        it.outcome.warningId = r.value().id;
        it.outcome.status = r.value().status;
        it.outcome.notes = r.value().notes;
      }
      return {};
    });
    if (!committed) {
      // Nothing of this batch is in the store: every message bound for it is tried again later.
      for (Item &it : items) {
        if (!it.message)
          continue;
        it.outcome.kind = CapInboxOutcome::Kind::Failed;
        it.outcome.reason = committed.message();
        it.outcome.warningId = 0;
        it.outcome.notes.clear();
      }
    }
  }
  for (Item &it : items)
    dispose(it);
}

void CapInbox::dispose(Item &it)
{
  CapInboxOutcome &o = it.outcome;
  const bool fromFile = !it.path.isEmpty();
  const QDir archive(mArchiveDir);
  switch (o.kind) {
  case CapInboxOutcome::Kind::NotReady:
  case CapInboxOutcome::Kind::Failed:
    return;
  case CapInboxOutcome::Kind::Accepted: {
    const QString target = freePath(archive, archiveName(it.message.value()));
    const bool kept = !fromFile ? writeWhole(target, it.bytes)
                    : it.mode == SourceFile::Take ? moveFile(it.path, target) : QFile::copy(it.path, target);
    if (kept)
      o.keptAt = target;
    else
      o.problem = QCoreApplication::translate("onemap::CapCommand", "%1: ingested but cannot archive to %2").arg(o.origin, target);
    return;
  }
  case CapInboxOutcome::Kind::Duplicate: {
    if (fromFile && it.mode == SourceFile::Keep)
      return;
    // The same bytes are archived already: this copy adds nothing. Different
    // bytes under the same key are kept for whoever asks why.
    const QString name = archiveName(it.message.value());
    if (archivedAlready(archive, name, it.bytes)) {
      if (fromFile && !QFile::remove(it.path))
        o.problem = QCoreApplication::translate("onemap::CapInbox", "%1: cannot remove the duplicate").arg(o.origin);
      return;
    }
    const QDir dups(archive.filePath(duplicatesFolder()));
    QDir().mkpath(dups.path());
    const QString target = freePath(dups, name);
    if (fromFile ? moveFile(it.path, target) : writeWhole(target, it.bytes))
      o.keptAt = target;
    else
      o.problem = QCoreApplication::translate("onemap::CapInbox", "%1: cannot keep the duplicate in %2").arg(o.origin, dups.path());
    return;
  }
  case CapInboxOutcome::Kind::Rejected: {
    const QDir quarantine(mQuarantineDir);
    QString name = fromFile ? QFileInfo(it.path).fileName() : safeName(it.nameHint.isEmpty() ? o.origin.section(QLatin1Char('/'), -1) : it.nameHint);
    if (name.isEmpty())
      name = QStringLiteral("message");
    if (!fromFile && !name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && !name.endsWith(QLatin1String(".cap"), Qt::CaseInsensitive))
      name += QStringLiteral(".xml");
    const QString target = freePath(quarantine, name);
    // Moved so it is not picked up again; copied when the source cannot be removed.
    const bool kept = !fromFile ? writeWhole(target, it.bytes) : (moveFile(it.path, target) || (it.mode == SourceFile::Keep && QFile::copy(it.path, target)));
    if (!kept) {
      o.problem = QCoreApplication::translate("onemap::CapCommand", "%1: cannot put into quarantine %2").arg(o.origin, quarantine.path());
      return;
    }
    o.keptAt = target;
    if (!writeWhole(target + QStringLiteral(".reason"), (o.reason + QLatin1Char('\n')).toUtf8()))
      o.problem = QCoreApplication::translate("onemap::CapCommand", "%1: cannot write %2").arg(o.origin, target + QStringLiteral(".reason"));
    return;
  }
  }
}

} // namespace onemap
