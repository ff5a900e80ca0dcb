#pragma once
// \brief Watches a drop folder for CAP files and feeds them to a CapInbox.
//
// QFileSystemWatcher says when to look; a rescan every two seconds catches
// whatever it missed (inotify drops events when a burst overflows its queue).
// Files already there at start are taken too. Only *.xml and *.cap files are
// taken (no dotfiles, *.part, *.tmp), and only once they are settled: not
// modified for a second, or the same size and time as a look a second ago
// (clocks of network shares may disagree). A writer that pauses longer still
// leaves a truncated file, which the inbox leaves in place for 30 s.
//
// Every handled file leaves the folder: accepted ones into the archive,
// rejected ones into quarantine, duplicates removed when the archive holds
// the same bytes and otherwise kept in the archive's duplicates/ folder.
#include "CapInbox.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace onemap {

class CapFolderWatcher : public QObject
{
  Q_OBJECT
public:
  CapFolderWatcher(CapInbox &inbox, QString folder, QObject *parent = nullptr);

  //! Whether a file of this name is a message to take (not a temporary or hidden file).
  static bool isCandidate(const QString &fileName);

  //! Starts watching and scans at once; fails when the folder is missing.
  Status start();
  void stop();
  //! Handles every file that looks complete now, scanning again until a scan
  //! finds nothing to take; returns how many were handled (`--once`).
  int drain();

  void setRescanMs(int ms) { mRescan.setInterval(ms); }
  void setSettleMs(int ms) { mSettleMs = ms; }

Q_SIGNALS:
  void handled(const onemap::CapInboxOutcome &outcome);
  //! The folder cannot be read, or a file cannot be moved out of it.
  void problem(const QString &message);
  //! After every scan, with the number of files it handled.
  void scanned(int handled);

private:
  struct Look
  {
    qint64 size = -1;
    qint64 modified = 0; //!< ms since the epoch (converted once: QDateTime compares are slow in bulk)
    qint64 seen = 0;     //!< when this size and time were first seen
  };
  void scheduleScan();
  //! One scan: up to one batch of ready files; schedules itself again while more are ready.
  int scan(bool settled);

  CapInbox &mInbox;
  QString mFolder;
  QFileSystemWatcher mWatcher;
  QTimer mRescan;
  QTimer mSoon;
  int mSettleMs = 1000;
  QHash<QString, Look> mLooks;
  QHash<QString, Look> mStuck;   //!< files that could not be moved: skipped until they change
  QHash<QString, Look> mWaiting; //!< files not ready yet: seen = when last tried
};

} // namespace onemap
