#pragma once
// \brief The rules a task entered during a meeting must meet before it goes to
// the session: task text, owner and a deadline, not before the meeting day.
// The dialog and the in-place table edits check the same way, so both name
// the field that is wrong.
#include "consultation/ConsultationRecords.h"
#include "store/Result.h"

#include <QDate>

namespace onemap {

//! Fails with one line naming the field (task, owner, unit, deadline) that is
//! missing, too long or not a date on or after \a meetingDay (ignored when invalid).
Status checkTask(const ConsultationTask &task, const QDate &meetingDay);

//! Days \a task is past its deadline as of \a today; 0 when done, not yet due or undated.
int taskDaysOverdue(const ConsultationTask &task, const QDate &today);

} // namespace onemap
