#include "TaskCheck.h"

#include "consultation/Consultations.h"

#include <QCoreApplication>

namespace onemap {

Status checkTask(const ConsultationTask &task, const QDate &meetingDay)
{
  if (task.task.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Task: enter what is to be done."));
  if (task.task.size() > Consultations::kMaxTextChars)
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Task: longer than %1 characters.").arg(Consultations::kMaxTextChars));
  if (task.owner.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Owner: enter who is responsible."));
  if (task.owner.size() > Consultations::kMaxTitleChars)
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Owner: longer than %1 characters.").arg(Consultations::kMaxTitleChars));
  if (task.unit.size() > Consultations::kMaxTitleChars)
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Unit: longer than %1 characters.").arg(Consultations::kMaxTitleChars));
  const QDate deadline = QDate::fromString(task.deadline, Qt::ISODate);
  if (task.deadline.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Deadline: choose a date."));
  if (!deadline.isValid())
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Deadline: \"%1\" is not a date.").arg(task.deadline.left(40)));
  // A deadline before the meeting that set it is a typing slip, not a task.
  if (meetingDay.isValid() && deadline < meetingDay)
    return Status::failure(QCoreApplication::translate("onemap::TaskCheck", "Deadline: %1 is before the meeting (%2).")
                             .arg(deadline.toString(Qt::ISODate), meetingDay.toString(Qt::ISODate)));
  return Status();
}

int taskDaysOverdue(const ConsultationTask &task, const QDate &today)
{
  if (task.status == QLatin1String("done"))
    return 0;
  const QDate deadline = QDate::fromString(task.deadline, Qt::ISODate);
  if (!deadline.isValid() || !today.isValid() || deadline >= today)
    return 0;
  return static_cast<int>(deadline.daysTo(today));
}

} // namespace onemap
