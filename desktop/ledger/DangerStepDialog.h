#pragma once
// \brief Advances one hidden danger one step along its closed loop (推进):
// offers only the legal next steps (DangerLoop::nextSteps), asks who did it
// and why, and for 'assigned' (optionally 'reopened') the responsible unit,
// person, measure and deadline. The write goes through DangerLoop::advance,
// whose refusal is shown inside the dialog; nothing is written then.
#include "danger_loop/DangerLoop.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace onemap {

class Store;

class DangerStepDialog : public QDialog
{
  Q_OBJECT
public:
  //! \a code is hidden_dangers.code; \a clock as DangerLoop's (tests fix "now").
  DangerStepDialog(Store &store, const QString &code, QWidget *parent = nullptr, DangerLoop::Clock clock = {});

  //! False when the danger is unknown or the loop has no next step; error() says why.
  bool isValid() const { return !mSteps.isEmpty(); }
  const QString &error() const { return mError; }
  const QString &code() const { return mCode; }
  //! The steps offered, as codes, in the combo's order.
  const QStringList &steps() const { return mSteps; }

  QComboBox *stepBox() const { return mStep; }
  QLineEdit *actorEdit() const { return mActor; }
  QPlainTextEdit *noteEdit() const { return mNote; }
  QLineEdit *unitEdit() const { return mUnit; }
  QLineEdit *personEdit() const { return mPerson; }
  QLineEdit *measuresEdit() const { return mMeasures; }
  QDateEdit *deadlineEdit() const { return mDeadline; }
  QGroupBox *assignmentBox() const { return mAssignment; }
  //! The refusal shown in the dialog; empty if none.
  QString errorText() const;

  //! Selects \a step (a code of steps()); false if it is not offered.
  bool setStep(const QString &step);
  //! The step as the dialog holds it now.
  DangerStep step() const;

  //! Records the step; on failure shows the loop's message and writes nothing.
  Result<qint64> apply();
  qint64 eventId() const { return mEventId; }

  void accept() override;

  //! The actor offered by default: the last one used on this computer, else the OS user.
  static QString defaultActor();

Q_SIGNALS:
  //! After a step was recorded (danger_events row \a eventId).
  void stepRecorded(const QString &code, qint64 eventId);

private:
  void stepChanged();

  Store &mStore;
  DangerLoop::Clock mClock;
  QString mCode;
  QString mError;
  QStringList mSteps;
  qint64 mEventId = 0;
  QComboBox *mStep = nullptr;
  QLineEdit *mActor = nullptr;
  QPlainTextEdit *mNote = nullptr;
  QGroupBox *mAssignment = nullptr;
  QLineEdit *mUnit = nullptr;
  QLineEdit *mPerson = nullptr;
  QLineEdit *mMeasures = nullptr;
  QDateEdit *mDeadline = nullptr;
  QLabel *mAssignmentHint = nullptr;
  QLabel *mMessage = nullptr;
  // The danger's current responsibility, shown as placeholders on a reopen.
  QString mCurrentUnit, mCurrentPerson, mCurrentMeasures;
};

} // namespace onemap
