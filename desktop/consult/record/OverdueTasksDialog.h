#pragma once
// \brief Task follow-up across all meetings: every task past its deadline and
// not done (Consultations::overdueTasks), oldest deadline first, with the
// meeting it came from and the days overdue; "Mark done" (audited) and export
// to CSV for Excel. overdueCount() is the number for a status-bar badge.
//
// When a session is given, tasks of its open meeting are marked done through
// it (one undo step), so the meeting on the board and the store stay one.
#include "consultation/Consultations.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace onemap {

class ConsultationSession;
class Store;

class OverdueTasksDialog : public QDialog
{
  Q_OBJECT
public:
  enum Column { Meeting, HeldOn, Task, Owner, Unit, Deadline, DaysOverdue, ColumnCount };

  //! \a actor is recorded in the audit log for "Mark done".
  OverdueTasksDialog(Store &store, const QString &actor, QWidget *parent = nullptr);

  //! Tasks of \a session's open meeting go through it; reloads when it saves.
  void setSession(ConsultationSession *session);
  //! The day tasks are overdue against (default today); reloads.
  void setAsOf(const QDate &asOf);
  QDate asOf() const;

  //! Number of overdue tasks in \a store as of \a asOf (for a badge).
  static int overdueCount(Store &store, const QDate &asOf);

  const QVector<OverdueTask> &tasks() const { return mTasks; }
  QTableWidget *table() const { return mTable; }
  QPushButton *markDoneButton() const { return mMarkDone; }
  QPushButton *exportButton() const { return mExport; }
  QString error() const { return mError; }

  void reload();
  //! Marks task \a taskId done now (audited); false with error().
  bool markDone(qint64 taskId);
  //! Marks every selected row done; false when one failed (error()).
  bool markSelectedDone();
  //! Writes the list as CSV (UTF-8 with BOM, formula-looking cells guarded).
  Status exportCsv(const QString &path) const;

Q_SIGNALS:
  //! A task was marked done here (the badge changes).
  void tasksChanged();

private:
  void exportWithDialog();
  void updateControls();

  Store &mStore;
  QString mActor;
  ConsultationSession *mSession = nullptr;
  QVector<OverdueTask> mTasks;
  QDateEdit *mAsOf = nullptr;
  QLabel *mSummary = nullptr;
  QTableWidget *mTable = nullptr;
  QPushButton *mMarkDone = nullptr;
  QPushButton *mExport = nullptr;
  QLabel *mErrorLabel = nullptr;
  QString mError;
};

} // namespace onemap
