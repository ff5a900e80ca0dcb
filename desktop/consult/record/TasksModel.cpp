#include "TasksModel.h"

#include "TaskCheck.h"
#include "consult/ConsultationSession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace onemap {

TasksModel::TasksModel(ConsultationSession *session, QObject *parent)
  : QAbstractTableModel(parent), mSession(session)
{
  connect(mSession, &ConsultationSession::recordChanged, this, &TasksModel::refresh);
  connect(mSession, &ConsultationSession::meetingChanged, this, &TasksModel::refresh);
  refresh();
}

void TasksModel::setToday(const QDate &today)
{
  mToday = today;
  if (!mTasks.isEmpty())
    Q_EMIT dataChanged(index(0, 0), index(mTasks.size() - 1, ColumnCount - 1));
}

QDate TasksModel::today() const
{
  return mToday.isValid() ? mToday : QDate::currentDate();
}

int TasksModel::overdueCount() const
{
  const QDate day = today();
  return static_cast<int>(std::count_if(mTasks.begin(), mTasks.end(), [&](const ConsultationTask &t) { return taskDaysOverdue(t, day) > 0; }));
}

void TasksModel::refresh()
{
  const QVector<ConsultationTask> tasks = mSession->hasMeeting() ? mSession->meeting().tasks : QVector<ConsultationTask>();
  // Same number of rows: change in place, so an open editor and the selection survive.
  if (tasks.size() == mTasks.size()) {
    mTasks = tasks;
    if (!mTasks.isEmpty())
      Q_EMIT dataChanged(index(0, 0), index(mTasks.size() - 1, ColumnCount - 1));
    return;
  }
  beginResetModel();
  mTasks = tasks;
  endResetModel();
}

int TasksModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : mTasks.size();
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mTasks.size())
    return {};
  const ConsultationTask &t = mTasks[index.row()];
  const bool done = t.status == QLatin1String("done");
  const int overdue = taskDaysOverdue(t, today());
  switch (role) {
  case DaysOverdueRole:
    return overdue;
  case TaskIdRole:
    return t.id;
  case DoneRole:
    return done;
  case Qt::ForegroundRole:
    if (overdue > 0)
      return QBrush(overdueColour());
    if (done)
      return QBrush(QColor(110, 110, 110));
    return {};
  case Qt::FontRole:
    if (overdue > 0 && index.column() == Status) {
      QFont f;
      f.setBold(true);
      return f;
    }
    return {};
  case Qt::TextAlignmentRole:
    if (index.column() == Number)
      return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  case Qt::ToolTipRole:
    if (index.column() == Task)
      return t.task;
    if (index.column() == Status && done)
      return tr("Done at %1").arg(t.doneAt);
    return {};
  case Qt::EditRole:
    if (index.column() == Deadline)
      return QDate::fromString(t.deadline, Qt::ISODate);
    Q_FALLTHROUGH();
  case Qt::DisplayRole:
    switch (index.column()) {
    case Number:
      return index.row() + 1;
    case Task:
      return role == Qt::DisplayRole ? t.task.simplified() : t.task;
    case Owner:
      return t.owner;
    case Unit:
      return t.unit;
    case Deadline:
      return t.deadline;
    case Status:
      if (done)
        return tr("Done");
      if (overdue > 0)
        return tr("Overdue %n day(s)", nullptr, overdue);
      return tr("Open");
    default:
      return {};
    }
  default:
    return {};
  }
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
  case Number:
    return tr("No.");
  case Task:
    return tr("Task");
  case Owner:
    return tr("Owner");
  case Unit:
    return tr("Unit");
  case Deadline:
    return tr("Deadline");
  case Status:
    return tr("Status");
  default:
    return {};
  }
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
  Qt::ItemFlags f = QAbstractTableModel::flags(index);
  if (index.isValid() && !mSession->isReadOnly() && index.column() >= Task && index.column() <= Deadline)
    f |= Qt::ItemIsEditable;
  return f;
}

bool TasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
  if (role != Qt::EditRole || !index.isValid() || index.row() >= mTasks.size())
    return false;
  ConsultationTask t = mTasks[index.row()];
  switch (index.column()) {
  case Task:
    t.task = value.toString().trimmed();
    break;
  case Owner:
    t.owner = value.toString().trimmed();
    break;
  case Unit:
    t.unit = value.toString().trimmed();
    break;
  case Deadline: {
    const QDate d = value.toDate();
    t.deadline = d.isValid() ? d.toString(Qt::ISODate) : value.toString().trimmed();
    break;
  }
  default:
    return false;
  }
  if (t.task == mTasks[index.row()].task && t.owner == mTasks[index.row()].owner && t.unit == mTasks[index.row()].unit &&
      t.deadline == mTasks[index.row()].deadline)
    return true; // nothing changed: no undo step
  if (onemap::Status s = checkTask(t, QDate::fromString(mSession->meeting().heldOn, Qt::ISODate)); !s) {
    Q_EMIT refused(s.message());
    return false;
  }
  return mSession->updateTask(index.row(), t);
}

QColor TasksModel::overdueColour()
{
  return QColor(200, 0, 0);
}

} // namespace onemap
