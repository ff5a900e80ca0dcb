#include "StatisticEditCommand.h"

namespace onemap {

StatisticEditCommand::StatisticEditCommand(DailyStatistics &stats, QVector<StatisticEdit> edits, const QString &actor, const QString &text,
                                           std::function<void()> changed)
  : mStats(stats), mAfter(std::move(edits)), mActor(actor), mChanged(std::move(changed))
{
  setText(text);
  for (const StatisticEdit &e : mAfter) {
    StatisticEdit before = e;
    before.value.reset();
    before.note.clear();
    before.source = QStringLiteral("manual");
    if (const std::optional<DailyStatistic> old = mStats.entry(e.date, e.set, e.townshipCode, e.field)) {
      before.value = old->value;
      before.note = old->note;
      before.source = old->source;
    }
    mBefore << before;
  }
}

void StatisticEditCommand::run(const QVector<StatisticEdit> &edits)
{
  const Status s = mStats.applyAll(edits, mActor);
  mError = s ? QString() : s.message();
  // A write the store refused leaves nothing to undo.
  if (!s)
    setObsolete(true);
  if (mChanged)
    mChanged();
}

void StatisticEditCommand::redo() { run(mAfter); }

void StatisticEditCommand::undo()
{
  QVector<StatisticEdit> reversed(mBefore.crbegin(), mBefore.crend());
  run(reversed);
}

} // namespace onemap
