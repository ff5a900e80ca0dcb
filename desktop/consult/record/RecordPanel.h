#pragma once
// \brief The record tab of the consultation dock: the meeting's decisions
// (add, edit in place, delete, move) and tasks (No., task, owner, unit,
// deadline, status; add and edit through TaskDialog or in place, delete, mark
// done / open again, move). Everything goes through the ConsultationSession,
// so each change is one undo step and saved at once. Open tasks past their
// deadline are red with "overdue N days". A closed meeting is shown whole
// with every editing control disabled.
#include "consultation/ConsultationRecords.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace onemap {

class ConsultationSession;
class DecisionsModel;
class TasksModel;

class RecordPanel : public QWidget
{
  Q_OBJECT
public:
  RecordPanel(ConsultationSession *session, QWidget *parent = nullptr);

  //! The day overdue is counted against (tests; invalid: the system date).
  void setToday(const QDate &today);

  DecisionsModel *decisionsModel() const { return mDecisions; }
  TasksModel *tasksModel() const { return mTasks; }
  QListView *decisionsView() const { return mDecisionsView; }
  QLineEdit *decisionInput() const { return mDecisionInput; }
  QPushButton *addDecisionButton() const { return mAddDecision; }
  QPushButton *removeDecisionButton() const { return mRemoveDecision; }
  QPushButton *decisionUpButton() const { return mDecisionUp; }
  QPushButton *decisionDownButton() const { return mDecisionDown; }
  QTableView *tasksView() const { return mTasksView; }
  QPushButton *addTaskButton() const { return mAddTask; }
  QPushButton *editTaskButton() const { return mEditTask; }
  QPushButton *removeTaskButton() const { return mRemoveTask; }
  QPushButton *doneButton() const { return mDone; }
  QPushButton *taskUpButton() const { return mTaskUp; }
  QPushButton *taskDownButton() const { return mTaskDown; }
  //! Why the last action from this panel was refused; empty after a success.
  QString error() const { return mError; }

  // The panel's actions (the buttons call these); false with error().
  bool addDecision(const QString &text);
  bool removeDecision(int row);
  bool moveDecision(int row, int delta);
  bool addTask(const ConsultationTask &task);
  bool updateTask(int row, const ConsultationTask &task);
  bool removeTask(int row);
  bool setTaskDone(int row, bool done);
  bool moveTask(int row, int delta);

  //! Opens TaskDialog for a new task; added when accepted.
  void addTaskWithDialog();
  //! Opens TaskDialog on the selected task; changed when accepted.
  void editSelectedTask();

Q_SIGNALS:
  //! A task was selected (its row in the meeting), e.g. for the wall's tasks board.
  void taskSelected(int row);

private:
  bool act(const std::function<bool()> &change);
  void refused(const QString &message);
  void updateControls();
  int selectedDecision() const;
  int selectedTask() const;
  void selectTask(int row);
  void selectDecision(int row);
  QDate meetingDay() const;

  ConsultationSession *mSession;
  DecisionsModel *mDecisions = nullptr;
  TasksModel *mTasks = nullptr;
  QLabel *mReadOnly = nullptr;
  QListView *mDecisionsView = nullptr;
  QLineEdit *mDecisionInput = nullptr;
  QPushButton *mAddDecision = nullptr;
  QPushButton *mRemoveDecision = nullptr;
  QPushButton *mDecisionUp = nullptr;
  QPushButton *mDecisionDown = nullptr;
  QLabel *mTaskSummary = nullptr;
  QTableView *mTasksView = nullptr;
  QPushButton *mAddTask = nullptr;
  QPushButton *mEditTask = nullptr;
  QPushButton *mRemoveTask = nullptr;
  QPushButton *mDone = nullptr;
  QPushButton *mTaskUp = nullptr;
  QPushButton *mTaskDown = nullptr;
  QLabel *mErrorLabel = nullptr;
  QString mError;
  bool mActing = false;
};

} // namespace onemap
