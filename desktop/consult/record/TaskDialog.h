#pragma once
// \brief Enter or change one task of the meeting: what is to be done, the
// owner, the unit and the deadline (a date on or after the meeting; it starts
// unset so it is chosen, never taken by default). OK is refused, with a line
// naming the field, until the task passes checkTask; the dialog itself writes
// nothing, the caller hands task() to the session.
#include "consultation/ConsultationRecords.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace onemap {

class TaskDialog : public QDialog
{
  Q_OBJECT
public:
  //! \a meetingDay: the meeting's date, the earliest deadline (invalid: today).
  explicit TaskDialog(const QDate &meetingDay, QWidget *parent = nullptr);

  //! Fills the fields from \a task (to change it); its id and status are kept.
  void setTask(const ConsultationTask &task);
  //! The task as entered.
  ConsultationTask task() const;
  //! Names offered while typing the owner and the unit (those used before).
  void setSuggestions(const QStringList &owners, const QStringList &units);

  void accept() override;

  QPlainTextEdit *taskEdit() const { return mTask; }
  QLineEdit *ownerEdit() const { return mOwner; }
  QLineEdit *unitEdit() const { return mUnit; }
  QDateEdit *deadlineEdit() const { return mDeadline; }
  QPushButton *okButton() const { return mOk; }
  //! The refusal shown under the fields; empty when there is none.
  QString error() const;
  //! The date the deadline editor shows when no deadline is chosen.
  QDate unsetDate() const;

private:
  QDate mMeetingDay;
  ConsultationTask mOriginal;
  QPlainTextEdit *mTask = nullptr;
  QLineEdit *mOwner = nullptr;
  QLineEdit *mUnit = nullptr;
  QDateEdit *mDeadline = nullptr;
  QLabel *mError = nullptr;
  QPushButton *mOk = nullptr;
};

} // namespace onemap
