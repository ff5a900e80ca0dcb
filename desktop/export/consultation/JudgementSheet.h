#pragma once
// \brief The one-sheet judgement (研判一张单) of a consultation meeting as PDF:
// situation (warnings in force and their stage), threatened objects by
// township, forces and materials at hand, decisions, tasks (overdue marked)
// and a county map with the warning's area.
#include "store/Result.h"

#include <QDate>
#include <QString>

namespace onemap {

class Store;

//! Writes the sheet of meeting \a consultationId to \a outPath (.pdf);
//! \a asOf decides which warnings are in force and which tasks are overdue.
//! Fails naming the meeting when it is not in the store; writes nothing then.
Status writeJudgementSheet(Store &store, qint64 consultationId, const QString &outPath, const QDate &asOf = QDate::currentDate());

} // namespace onemap
