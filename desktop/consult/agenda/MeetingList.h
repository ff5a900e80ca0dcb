#pragma once
// \brief The stored consultation meetings, newest first, to open (review or
// carry on), close, reopen, delete (after a question) and export as the
// one-sheet judgement PDF.
#include "store/Result.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace onemap {

class ConsultationSession;

class MeetingList : public QWidget
{
  Q_OBJECT
public:
  explicit MeetingList(ConsultationSession *session, QWidget *parent = nullptr);

  //! Reads the meetings again, keeping the selection.
  void reload();
  QTreeWidget *view() const { return mView; }
  qint64 selectedId() const;
  //! Selects the row of meeting \a id; false when it is not listed.
  bool selectMeeting(qint64 id);

  //! Opens the selected meeting on the board.
  Status openSelected();
  //! Closes / reopens the selected meeting (the one on the board through the session).
  Status closeSelected();
  Status reopenSelected();
  //! Deletes meeting \a id without asking (leaving it first when it is on the board).
  Status removeMeeting(qint64 id);
  //! Writes the one-sheet judgement of meeting \a id to \a pdfPath, as of
  //! the day the meeting was held (the warnings in force then).
  Status exportSheet(qint64 id, const QString &pdfPath);

signals:
  void newMeetingRequested();
  //! A meeting is about to be opened, closed, reopened or deleted: what is
  //! being typed for the one on the board should be saved now.
  void aboutToChange();
  //! A step failed; one line for the dock's message line.
  void problem(const QString &message);
  //! Something was done that the operator should see (e.g. the sheet's path).
  void done(const QString &message);

private:
  void deleteSelected();
  void exportSelected();
  void updateButtons();
  void report(const Status &status);

  ConsultationSession *mSession;
  QTreeWidget *mView = nullptr;
  QPushButton *mOpen = nullptr;
  QPushButton *mClose = nullptr;
  QPushButton *mReopen = nullptr;
  QPushButton *mDelete = nullptr;
  QPushButton *mExport = nullptr;
};

} // namespace onemap
