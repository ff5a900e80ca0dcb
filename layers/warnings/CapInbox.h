#pragma once
// \brief Where every CAP message enters the store, whatever brought it: a file
// named on the command line, a file dropped into a watched folder, or bytes
// fetched from a feed.
//
// Accepted messages are archived exactly as received; rejected ones go to the
// quarantine folder beside a <name>.reason file; a message already in the
// store (identifier+sender+sent) is not written again. Several messages share
// one transaction for speed, each inside its own SAVEPOINT so that one bad
// message never takes the others down. Files are moved only after the commit:
// a crash in between leaves the file to be seen again as a duplicate, never a
// message that is archived but not stored.
#include "store/Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace onemap {

class Store;

struct CapInboxOutcome
{
  enum class Kind {
    Accepted,  //!< stored and archived
    Duplicate, //!< already in the store; nothing written to it
    Rejected,  //!< not a message the board can take; quarantined with its reason
    NotReady,  //!< a file still being written: left where it is for a later look
    Failed,    //!< the store could not be written: left where it is to try again
  };
  Kind kind = Kind::Rejected;
  QString origin;     //!< file path, or URL (#entry) the bytes came from
  qint64 warningId = 0;
  QString identifier;
  QString msgType;
  QString status;     //!< status the warnings row got (or has, for a duplicate)
  QString reason;     //!< why it was rejected, not ready or failed
  QStringList notes;  //!< unknown codes, references not found, area problems
  QString keptAt;     //!< where the bytes now are (archive, quarantine), if written
  QString problem;    //!< archiving or quarantining failed: the bytes may still be at origin
};

class CapInbox
{
public:
  //! What becomes of a file once its message is handled.
  enum class SourceFile {
    Keep, //!< `cap ingest`: accepted and duplicate files stay, a copy is archived; rejected ones are moved
    Take, //!< watched folder: every handled file leaves it (archive, duplicates/, quarantine or removed)
  };
  //! Messages per transaction in receiveFiles().
  static constexpr int kBatchSize = 200;

  CapInbox(Store &store, QString archiveDir, QString quarantineDir);

  //! Creates the archive and quarantine folders.
  Status prepare() const;
  const QString &archiveDir() const { return mArchiveDir; }
  const QString &quarantineDir() const { return mQuarantineDir; }
  //! Subfolder of the archive for duplicates whose bytes differ from the archived copy.
  static QString duplicatesFolder() { return QStringLiteral("duplicates"); }

  //! "Now" for expiry decisions; an invalid value (the default) means the clock.
  void setNow(const QDateTime &now) { mNow = now; }
  //! A truncated file younger than this is taken as still being written (Take only).
  void setIncompleteGraceSeconds(int seconds) { mGraceSeconds = seconds; }

  CapInboxOutcome receiveFile(const QString &path, SourceFile mode);
  //! In order, up to kBatchSize messages per transaction; one outcome per path.
  QVector<CapInboxOutcome> receiveFiles(const QStringList &paths, SourceFile mode);
  //! Bytes from the network, archived byte for byte when accepted. \a origin
  //! names them in messages; \a nameHint (an entry id, a URL's file name) names
  //! the quarantine file.
  CapInboxOutcome receiveBytes(const QByteArray &bytes, const QString &origin, const QString &nameHint = QString());

private:
  struct Item;
  void receiveBatch(QVector<Item> &items);
  void dispose(Item &item);
  QDateTime now() const;

  Store &mStore;
  QString mArchiveDir;
  QString mQuarantineDir;
  QDateTime mNow;
  int mGraceSeconds = 30;
};

} // namespace onemap

Q_DECLARE_METATYPE(onemap::CapInboxOutcome)
