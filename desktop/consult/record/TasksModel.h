#pragma once
// \brief The meeting's tasks as a table (No., task, owner, unit, deadline,
// status) over a ConsultationSession. Open tasks past their deadline are red
// and say how many days overdue; in-place edits go through the session (one
// undo step each, saved at once) and are refused on a read-only meeting.
#include "consultation/ConsultationRecords.h"

#include <QAbstractTableModel>
#include <QDate>

namespace onemap {

class ConsultationSession;

class TasksModel : public QAbstractTableModel
{
  Q_OBJECT
public:
  enum Column { Number, Task, Owner, Unit, Deadline, Status, ColumnCount };
  enum Role {
    DaysOverdueRole = Qt::UserRole + 1, //!< int; 0 when not overdue
    TaskIdRole,                         //!< qint64 consultation_tasks.id
    DoneRole                            //!< bool
  };

  explicit TasksModel(ConsultationSession *session, QObject *parent = nullptr);

  //! The day overdue is counted against; invalid (the default): the system date, read each time.
  void setToday(const QDate &today);
  QDate today() const;

  const QVector<ConsultationTask> &tasks() const { return mTasks; }
  int overdueCount() const;
  //! Re-reads the session's meeting (connected to its recordChanged and meetingChanged).
  void refresh();

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex &index) const override;
  bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

  //! The red of an overdue row.
  static QColor overdueColour();

Q_SIGNALS:
  //! An in-place edit was not taken (the field named in \a message).
  void refused(const QString &message);

private:
  ConsultationSession *mSession;
  QVector<ConsultationTask> mTasks;
  QDate mToday;
};

} // namespace onemap
