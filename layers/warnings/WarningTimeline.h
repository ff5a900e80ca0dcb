#pragma once
// \brief When warnings were in force, for replaying them (回放): each row runs
// from effective (else sent) to expires, as the map's temporal filter reads it.
#include <QDateTime>

namespace onemap {

class Store;

struct TimeWindow
{
  QDateTime begin, end;
  bool isValid() const { return begin.isValid() && end.isValid() && begin < end; }
};

class WarningTimeline
{
public:
  //! Earliest start and latest end over every warnings row; invalid when none.
  static TimeWindow span(Store &store);
  //! The \a days before \a now (reaching on to the latest expiry when that is
  //! later), on whole hours; when every warning ended before that window,
  //! the \a days up to the last one's end, so an archive still replays.
  static TimeWindow replayWindow(const TimeWindow &span, const QDateTime &now, int days = 3);
};

} // namespace onemap
