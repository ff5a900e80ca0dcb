#include "TasksBoard.h"

#include "WallTheme.h"
#include "export/consultation/JudgementData.h"

#include <QLabel>

namespace onemap {

void TasksBoard::fill(const JudgementData &data)
{
  int overdue = 0;
  for (const JudgementTask &t : data.tasks)
    overdue += t.overdueDays > 0 ? 1 : 0;
  setHeading(tr("Decisions and tasks"));
  setNote(overdue > 0 ? tr("%n tasks overdue", nullptr, overdue) : QString());
  note()->setStyleSheet(overdue > 0 ? QStringLiteral("color: %1;").arg(WallTheme::alarm().name()) : QString());
  setColumns({tr("Task"), tr("Owner"), tr("Deadline"), tr("Status")});
  for (int i = 0; i < data.meeting.decisions.size(); ++i)
    addSpanRow(QStringLiteral("%1. %2").arg(i + 1).arg(data.meeting.decisions[i].text), true);
  for (const JudgementTask &t : data.tasks) {
    const ConsultationTask &task = t.task;
    const QString owner = task.unit.isEmpty() ? task.owner : QStringLiteral("%1 (%2)").arg(task.owner, task.unit);
    QString status = task.status == QLatin1String("done") ? tr("done") : tr("open");
    if (t.overdueDays > 0)
      status = tr("%n days overdue", nullptr, t.overdueDays);
    const int row = addRow({task.task, owner, task.deadline, status});
    if (t.overdueDays > 0)
      colourRow(row, WallTheme::alarm());
    else if (task.status == QLatin1String("done"))
      colourRow(row, WallTheme::mutedText());
  }
}

} // namespace onemap
