#include "WarningTimeline.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

namespace onemap {

namespace {
QDateTime hourFloor(const QDateTime &t)
{
  const QDateTime u = t.toUTC();
  return QDateTime(u.date(), QTime(u.time().hour(), 0), Qt::UTC);
}
QDateTime hourCeil(const QDateTime &t)
{
  const QDateTime f = hourFloor(t);
  return f == t.toUTC() ? f : f.addSecs(3600);
}
} // namespace

TimeWindow WarningTimeline::span(Store &store)
{
  // Offsets differ between senders, so compare as instants, not as text.
  TimeWindow w;
  SqlStatement q(store.handle(), QStringLiteral("SELECT coalesce(effective, sent), expires FROM warnings"));
  while (q.next()) {
    const QDateTime begin = QDateTime::fromString(q.text(0), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(q.text(1), Qt::ISODate);
    if (begin.isValid() && (!w.begin.isValid() || begin < w.begin))
      w.begin = begin;
    if (end.isValid() && (!w.end.isValid() || end > w.end))
      w.end = end;
  }
  return w;
}

TimeWindow WarningTimeline::replayWindow(const TimeWindow &span, const QDateTime &now, int days)
{
  QDateTime end = now;
  if (span.end.isValid() && span.end > end)
    end = span.end;
  if (span.end.isValid() && span.end < now.addDays(-days))
    end = span.end;
  TimeWindow w;
  w.end = hourCeil(end);
  w.begin = hourFloor(end.addDays(-days));
  return w;
}

} // namespace onemap
