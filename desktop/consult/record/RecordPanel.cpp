#include "RecordPanel.h"

#include "DecisionsModel.h"
#include "TaskCheck.h"
#include "TaskDialog.h"
#include "TasksModel.h"
#include "consult/ConsultationSession.h"
#include "consultation/Consultations.h"

#include <QAction>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace onemap {

namespace {

// In-place deadline edits: a calendar, ISO dates, nothing before the meeting.
class DeadlineDelegate : public QStyledItemDelegate
{
public:
  DeadlineDelegate(std::function<QDate()> meetingDay, QObject *parent)
    : QStyledItemDelegate(parent), mMeetingDay(std::move(meetingDay))
  {
  }
  QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
  {
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate day = mMeetingDay();
    if (day.isValid())
      edit->setMinimumDate(day);
    return edit;
  }
  void setEditorData(QWidget *editor, const QModelIndex &index) const override
  {
    const QDate d = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(d.isValid() ? d : mMeetingDay());
  }
  void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
  {
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
  }

private:
  std::function<QDate()> mMeetingDay;
};

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
  auto *b = new QPushButton(text, parent);
  b->setToolTip(tip);
  b->setAutoDefault(false);
  return b;
}

} // namespace

RecordPanel::RecordPanel(ConsultationSession *session, QWidget *parent)
  : QWidget(parent), mSession(session)
{
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  mReadOnly = new QLabel(tr("This meeting is closed: the record is shown as kept. Reopen the meeting to change it."), this);
  mReadOnly->setWordWrap(true);
  mReadOnly->setStyleSheet(QStringLiteral("background: #fff4c2; color: #5a4500; padding: 4px;"));
  layout->addWidget(mReadOnly);

  auto *split = new QSplitter(Qt::Vertical, this);
  layout->addWidget(split, 1);

  // ---- decisions
  auto *decisionsBox = new QGroupBox(tr("Decisions"), split);
  auto *dl = new QVBoxLayout(decisionsBox);
  mDecisions = new DecisionsModel(mSession, this);
  mDecisionsView = new QListView(decisionsBox);
  mDecisionsView->setModel(mDecisions);
  mDecisionsView->setWordWrap(true);
  mDecisionsView->setSelectionMode(QAbstractItemView::SingleSelection);
  mDecisionsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  dl->addWidget(mDecisionsView, 1);
  auto *addRow = new QHBoxLayout;
  mDecisionInput = new QLineEdit(decisionsBox);
  mDecisionInput->setPlaceholderText(tr("Type a decision and press Enter"));
  addRow->addWidget(mDecisionInput, 1);
  mAddDecision = button(tr("Add"), tr("Add the decision typed on the left."), decisionsBox);
  addRow->addWidget(mAddDecision);
  dl->addLayout(addRow);
  auto *decisionButtons = new QHBoxLayout;
  mRemoveDecision = button(tr("Delete"), tr("Delete the selected decision (Undo brings it back)."), decisionsBox);
  mDecisionUp = button(tr("Up"), tr("Move the selected decision up."), decisionsBox);
  mDecisionDown = button(tr("Down"), tr("Move the selected decision down."), decisionsBox);
  decisionButtons->addWidget(mRemoveDecision);
  decisionButtons->addStretch(1);
  decisionButtons->addWidget(mDecisionUp);
  decisionButtons->addWidget(mDecisionDown);
  dl->addLayout(decisionButtons);

  // ---- tasks
  auto *tasksBox = new QGroupBox(tr("Tasks"), split);
  auto *tl = new QVBoxLayout(tasksBox);
  mTaskSummary = new QLabel(tasksBox);
  tl->addWidget(mTaskSummary);
  mTasks = new TasksModel(mSession, this);
  mTasksView = new QTableView(tasksBox);
  mTasksView->setModel(mTasks);
  mTasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTasksView->setSelectionMode(QAbstractItemView::SingleSelection);
  mTasksView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  mTasksView->setWordWrap(false);
  mTasksView->verticalHeader()->hide();
  mTasksView->verticalHeader()->setDefaultSectionSize(mTasksView->fontMetrics().height() + 8);
  mTasksView->setItemDelegateForColumn(TasksModel::Deadline, new DeadlineDelegate([this] { return meetingDay(); }, mTasksView));
  QHeaderView *header = mTasksView->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setSectionResizeMode(TasksModel::Task, QHeaderView::Stretch);
  tl->addWidget(mTasksView, 1);
  auto *taskButtons = new QHBoxLayout;
  mAddTask = button(tr("Add..."), tr("Add a task with its owner and deadline."), tasksBox);
  mEditTask = button(tr("Edit..."), tr("Change the selected task."), tasksBox);
  mRemoveTask = button(tr("Delete"), tr("Delete the selected task (Undo brings it back)."), tasksBox);
  mDone = button(tr("Mark done"), tr("Mark the selected task done, or open it again."), tasksBox);
  mTaskUp = button(tr("Up"), tr("Move the selected task up."), tasksBox);
  mTaskDown = button(tr("Down"), tr("Move the selected task down."), tasksBox);
  for (QPushButton *b : {mAddTask, mEditTask, mRemoveTask, mDone})
    taskButtons->addWidget(b);
  taskButtons->addStretch(1);
  taskButtons->addWidget(mTaskUp);
  taskButtons->addWidget(mTaskDown);
  tl->addLayout(taskButtons);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 2);

  mErrorLabel = new QLabel(this);
  mErrorLabel->setWordWrap(true);
  mErrorLabel->setStyleSheet(QStringLiteral("color: #c80000; font-weight: bold;"));
  mErrorLabel->hide();
  layout->addWidget(mErrorLabel);

  // Delete key on either list deletes its selected row.
  auto *deleteDecision = new QAction(mDecisionsView);
  deleteDecision->setShortcut(QKeySequence::Delete);
  deleteDecision->setShortcutContext(Qt::WidgetShortcut);
  mDecisionsView->addAction(deleteDecision);
  auto *deleteTask = new QAction(mTasksView);
  deleteTask->setShortcut(QKeySequence::Delete);
  deleteTask->setShortcutContext(Qt::WidgetShortcut);
  mTasksView->addAction(deleteTask);

  auto addTyped = [this] {
    if (addDecision(mDecisionInput->text()))
      mDecisionInput->clear();
  };
  connect(mDecisionInput, &QLineEdit::returnPressed, this, addTyped);
  connect(mAddDecision, &QPushButton::clicked, this, addTyped);
  connect(mRemoveDecision, &QPushButton::clicked, this, [this] { removeDecision(selectedDecision()); });
  connect(deleteDecision, &QAction::triggered, this, [this] { removeDecision(selectedDecision()); });
  connect(mDecisionUp, &QPushButton::clicked, this, [this] { moveDecision(selectedDecision(), -1); });
  connect(mDecisionDown, &QPushButton::clicked, this, [this] { moveDecision(selectedDecision(), 1); });
  connect(mAddTask, &QPushButton::clicked, this, &RecordPanel::addTaskWithDialog);
  connect(mEditTask, &QPushButton::clicked, this, &RecordPanel::editSelectedTask);
  connect(mRemoveTask, &QPushButton::clicked, this, [this] { removeTask(selectedTask()); });
  connect(deleteTask, &QAction::triggered, this, [this] { removeTask(selectedTask()); });
  connect(mDone, &QPushButton::clicked, this, [this] {
    const int row = selectedTask();
    if (row >= 0)
      setTaskDone(row, !mTasks->data(mTasks->index(row, 0), TasksModel::DoneRole).toBool());
  });
  connect(mTaskUp, &QPushButton::clicked, this, [this] { moveTask(selectedTask(), -1); });
  connect(mTaskDown, &QPushButton::clicked, this, [this] { moveTask(selectedTask(), 1); });
  connect(mTasksView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
    // Cells that are not edited in place (No., status) open the dialog.
    if (!(mTasks->flags(index) & Qt::ItemIsEditable) && !mSession->isReadOnly())
      editSelectedTask();
  });
  connect(mTasksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
    updateControls();
    if (current.isValid())
      Q_EMIT taskSelected(current.row());
  });
  // The current row can change before the selection does (selectRow): follow both.
  connect(mTasksView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPanel::updateControls);
  connect(mDecisionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPanel::updateControls);
  connect(mDecisionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPanel::updateControls);
  connect(mDecisions, &DecisionsModel::refused, this, &RecordPanel::refused);
  connect(mTasks, &TasksModel::refused, this, &RecordPanel::refused);
  connect(mDecisions, &QAbstractItemModel::modelReset, this, &RecordPanel::updateControls);
  connect(mTasks, &QAbstractItemModel::modelReset, this, &RecordPanel::updateControls);
  connect(mTasks, &QAbstractItemModel::dataChanged, this, &RecordPanel::updateControls);
  connect(mSession, &ConsultationSession::meetingChanged, this, [this] {
    mError.clear();
    mErrorLabel->hide();
    updateControls();
  });
  connect(mSession, &ConsultationSession::failed, this, [this](const QString &message) {
    if (mActing)
      refused(message);
  });
  updateControls();
}

void RecordPanel::setToday(const QDate &today)
{
  mTasks->setToday(today);
  updateControls();
}

QDate RecordPanel::meetingDay() const
{
  return mSession->hasMeeting() ? QDate::fromString(mSession->meeting().heldOn, Qt::ISODate) : QDate();
}

bool RecordPanel::act(const std::function<bool()> &change)
{
  mError.clear();
  mErrorLabel->hide();
  mActing = true;
  const bool ok = change();
  mActing = false;
  if (!ok && mError.isEmpty())
    refused(tr("The change was not made."));
  updateControls();
  return ok;
}

void RecordPanel::refused(const QString &message)
{
  mError = message;
  mErrorLabel->setText(message);
  mErrorLabel->show();
}

bool RecordPanel::addDecision(const QString &text)
{
  const QString t = text.trimmed();
  return act([&] {
    if (t.isEmpty()) {
      refused(tr("Decision: type the text first."));
      return false;
    }
    if (t.size() > Consultations::kMaxTextChars) {
      refused(tr("Decision: longer than %1 characters.").arg(Consultations::kMaxTextChars));
      return false;
    }
    if (!mSession->addDecision(t))
      return false;
    selectDecision(mDecisions->rowCount() - 1);
    return true;
  });
}

bool RecordPanel::removeDecision(int row)
{
  if (row < 0 || row >= mDecisions->rowCount())
    return false;
  return act([&] { return mSession->removeDecision(row); });
}

bool RecordPanel::moveDecision(int row, int delta)
{
  const int to = row + delta;
  if (row < 0 || row >= mDecisions->rowCount() || to < 0 || to >= mDecisions->rowCount())
    return false;
  return act([&] {
    if (!mSession->edit(tr("Move decision"), [&](Consultation &c) { c.decisions.move(row, to); }))
      return false;
    selectDecision(to);
    return true;
  });
}

bool RecordPanel::addTask(const ConsultationTask &task)
{
  return act([&] {
    if (Status s = checkTask(task, meetingDay()); !s) {
      refused(s.message());
      return false;
    }
    ConsultationTask t = task;
    t.status = QStringLiteral("open");
    t.doneAt.clear();
    if (!mSession->addTask(t))
      return false;
    selectTask(mTasks->rowCount() - 1);
    return true;
  });
}

bool RecordPanel::updateTask(int row, const ConsultationTask &task)
{
  if (row < 0 || row >= mTasks->rowCount())
    return false;
  return act([&] {
    if (Status s = checkTask(task, meetingDay()); !s) {
      refused(s.message());
      return false;
    }
    return mSession->updateTask(row, task);
  });
}

bool RecordPanel::removeTask(int row)
{
  if (row < 0 || row >= mTasks->rowCount())
    return false;
  return act([&] { return mSession->removeTask(row); });
}

bool RecordPanel::setTaskDone(int row, bool done)
{
  if (row < 0 || row >= mTasks->rowCount())
    return false;
  return act([&] { return mSession->setTaskDone(row, done); });
}

bool RecordPanel::moveTask(int row, int delta)
{
  const int to = row + delta;
  if (row < 0 || row >= mTasks->rowCount() || to < 0 || to >= mTasks->rowCount())
    return false;
  return act([&] {
    if (!mSession->edit(tr("Move task"), [&](Consultation &c) { c.tasks.move(row, to); }))
      return false;
    selectTask(to);
    return true;
  });
}

void RecordPanel::addTaskWithDialog()
{
  if (!mSession->hasMeeting() || mSession->isReadOnly())
    return;
  TaskDialog dialog(meetingDay(), this);
  QStringList owners, units;
  for (const ConsultationTask &t : mSession->meeting().tasks) {
    owners << t.owner;
    units << t.unit;
  }
  owners.removeDuplicates();
  units.removeDuplicates();
  units.removeAll(QString());
  dialog.setSuggestions(owners, units);
  if (dialog.exec() == QDialog::Accepted)
    addTask(dialog.task());
}

void RecordPanel::editSelectedTask()
{
  const int row = selectedTask();
  if (row < 0 || !mSession->hasMeeting() || mSession->isReadOnly())
    return;
  TaskDialog dialog(meetingDay(), this);
  dialog.setTask(mTasks->tasks().at(row));
  if (dialog.exec() == QDialog::Accepted)
    updateTask(row, dialog.task());
}

int RecordPanel::selectedDecision() const
{
  const QModelIndex i = mDecisionsView->currentIndex();
  return i.isValid() && mDecisionsView->selectionModel()->isSelected(i) ? i.row() : -1;
}

int RecordPanel::selectedTask() const
{
  const QModelIndex i = mTasksView->currentIndex();
  return i.isValid() && mTasksView->selectionModel()->isRowSelected(i.row(), QModelIndex()) ? i.row() : -1;
}

void RecordPanel::selectTask(int row)
{
  if (row >= 0 && row < mTasks->rowCount())
    mTasksView->selectionModel()->setCurrentIndex(mTasks->index(row, TasksModel::Task),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordPanel::selectDecision(int row)
{
  if (row >= 0 && row < mDecisions->rowCount())
    mDecisionsView->selectionModel()->setCurrentIndex(mDecisions->index(row), QItemSelectionModel::ClearAndSelect);
}

void RecordPanel::updateControls()
{
  const bool editable = mSession->hasMeeting() && !mSession->isReadOnly();
  mReadOnly->setVisible(mSession->isReadOnly());
  const int decision = selectedDecision();
  mDecisionInput->setEnabled(editable);
  mAddDecision->setEnabled(editable);
  mRemoveDecision->setEnabled(editable && decision >= 0);
  mDecisionUp->setEnabled(editable && decision > 0);
  mDecisionDown->setEnabled(editable && decision >= 0 && decision + 1 < mDecisions->rowCount());
  const int task = selectedTask();
  mAddTask->setEnabled(editable);
  mEditTask->setEnabled(editable && task >= 0);
  mRemoveTask->setEnabled(editable && task >= 0);
  mDone->setEnabled(editable && task >= 0);
  const bool done = task >= 0 && mTasks->data(mTasks->index(task, 0), TasksModel::DoneRole).toBool();
  mDone->setText(done ? tr("Open again") : tr("Mark done"));
  mTaskUp->setEnabled(editable && task > 0);
  mTaskDown->setEnabled(editable && task >= 0 && task + 1 < mTasks->rowCount());
  const QAbstractItemView::EditTriggers triggers =
    editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed : QAbstractItemView::NoEditTriggers;
  mDecisionsView->setEditTriggers(triggers);
  mTasksView->setEditTriggers(triggers);
  for (QAction *a : mDecisionsView->actions() + mTasksView->actions())
    a->setEnabled(editable);

  int open = 0;
  for (const ConsultationTask &t : mTasks->tasks())
    open += t.status != QLatin1String("done");
  const int overdue = mTasks->overdueCount();
  mTaskSummary->setText(tr("%1 tasks: %2 open, %3 overdue").arg(mTasks->rowCount()).arg(open).arg(overdue));
  mTaskSummary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #c80000; font-weight: bold;") : QString());
}

} // namespace onemap
