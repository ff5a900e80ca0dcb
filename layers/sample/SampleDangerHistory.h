#pragma once
// \brief A plausible closed-loop history for each sample hidden danger,
// consistent with its status and dated on or before the register date.
#include "danger_loop/DangerEvent.h"
#include "hidden_dangers/HiddenDanger.h"
#include "Rng.h"

#include <QDate>
#include <QVector>

namespace onemap::sample {

struct DangerHistories
{
  QVector<DangerEvent> events; //!< oldest first per danger
  QVector<int> eventDanger;    //!< events[i] belongs to points[eventDanger[i]]; danger_id is set once ids exist
};

//! Gives every point its steps and sets its deadline to match: 'identified'
//! points have none yet; about a third of the open assigned ones are already
//! overdue on \a registerDate, the rest fall due after it; a tenth of the
//! signed-off ones were reopened once on the way.
DangerHistories buildDangerHistories(QVector<HiddenDanger> &points, const QStringList &townshipNames, const QDate &registerDate, Rng &rng);

} // namespace onemap::sample
