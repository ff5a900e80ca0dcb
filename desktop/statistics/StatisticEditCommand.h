#pragma once
// \brief One undoable change of the daily statistics: a single cell, or a batch
// (copy the day before, accept the suggestions) undone as one step. Redo and
// undo both write through DailyStatistics, so each direction is validated
// and audited like any other edit.
#include "statistics/DailyStatistics.h"

#include <QUndoCommand>

namespace onemap {

class StatisticEditCommand : public QUndoCommand
{
public:
  //! Remembers each cell's current content so undo can put it back.
  StatisticEditCommand(DailyStatistics &stats, QVector<StatisticEdit> edits, const QString &actor, const QString &text,
                       std::function<void()> changed);

  void redo() override;
  void undo() override;
  //! The message of the last failed write (empty when it went through).
  const QString &error() const { return mError; }

private:
  void run(const QVector<StatisticEdit> &edits);

  DailyStatistics &mStats;
  QVector<StatisticEdit> mAfter;
  QVector<StatisticEdit> mBefore;
  QString mActor;
  std::function<void()> mChanged;
  QString mError;
};

} // namespace onemap
