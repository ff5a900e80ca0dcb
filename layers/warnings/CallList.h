#pragma once
// \brief Call-and-answer (叫应) of one warning: every responsible person of
// every township and village the warning covers is called, and each answer is
// recorded with its time and who answered.
//
// - prepare() builds the list from AffectedUnits x responsible_persons (the
//   unit's admin_code): townships first, each followed by its villages; within
//   a unit by role (disaster_responsible, emergency_manager, info_officer,
//   grid_member, monitor). It adds only the rows still missing, so running it
//   again (or after the person ledger grew) never duplicates a call.
// - A call is due from the moment the warning was sent, or from when it was
//   called; it is overdue when it still has no answer N minutes later.
// - Times are stored as ISO 8601 with their offset; a time given without one
//   is county time (UTC+8), like the CAP messages of the county's issuers.
// - Every write goes through Table (validated, one audit_log row each).
#include "WarningCall.h"
#include "Warning.h"
#include "store/Result.h"

#include <QDateTime>
#include <QVector>
#include <functional>

namespace onemap {

class Store;

//! One line of the call sheet: the call, its unit and whether it is late.
struct CallRow
{
  WarningCall call;
  QString townshipCode;
  QString townshipName;
  QString unitName;          //!< the township or village name
  QString unitLevel;         //!< township or village
  bool overdue = false;      //!< no answer although the limit has passed
  qint64 waitingMinutes = 0; //!< since due (sent or called) until now; 0 once answered
  qint64 overdueMinutes = 0; //!< minutes beyond the limit; 0 unless overdue
};

//! Counts of one township (its own calls and its villages'), or of all.
struct CallTally
{
  QString townshipCode;
  QString townshipName;
  int calls = 0;
  int called = 0;
  int answered = 0;
  int overdue = 0;
};

struct CallSheet
{
  Warning warning;           //!< without its geometry
  QDateTime now;             //!< the moment overdue is judged at
  int minutes = 0;           //!< the answer limit
  QVector<CallRow> rows;     //!< sheet order
  QVector<CallTally> townships;
  CallTally total;
};

//! What `onemap cap ack` names a call by; empty / 0 = not used. All given must match.
struct CallQuery
{
  qint64 callId = 0;
  QString personName;
  QString adminCode;
};

class CallList
{
public:
  using Clock = std::function<QDateTime()>;
  static constexpr int kDefaultMinutes = 30;
  static constexpr int kCountyOffsetSeconds = 8 * 3600;

  //! \a clock gives "now" (default: the current time).
  explicit CallList(Store &store, Clock clock = {});

  static const QStringList &roleOrder();

  //! The calls prepare() would make for \a warningId, in sheet order (ids 0).
  Result<QVector<WarningCall>> expected(qint64 warningId) const;
  //! Inserts the calls still missing; returns how many were added.
  Result<int> prepare(qint64 warningId, const QString &actor);

  Result<WarningCall> call(qint64 callId) const;
  //! The calls of \a warningId that \a query names; fails naming the field that matches nothing.
  Result<QVector<WarningCall>> find(qint64 warningId, const CallQuery &query) const;

  //! Records the call as made at \a at (invalid = now) by \a by.
  Status markCalled(qint64 callId, const QDateTime &at, const QString &by);
  //! Records the answer; a call never marked as called is called at the same time.
  //! \a actor is who records it (the audit log's actor).
  Status markAnswered(qint64 callId, const QDateTime &at, const QString &answeredBy, const QString &note, const QString &actor);
  enum class Undone { Answer, Call };
  //! Clears the answer if there is one, else the call.
  Result<Undone> undo(qint64 callId, const QString &actor);

  //! The call sheet at \a now (invalid = the clock) with the limit \a minutes.
  Result<CallSheet> sheet(qint64 warningId, const QDateTime &now = QDateTime(), int minutes = kDefaultMinutes) const;
  //! The rows of the sheet still without an answer \a minutes after they fell due.
  Result<QVector<CallRow>> overdue(qint64 warningId, const QDateTime &now = QDateTime(), int minutes = kDefaultMinutes) const;

  QDateTime now() const { return mClock(); }

  //! As stored: ISO 8601 in county time with its offset.
  static QString formatTime(const QDateTime &at);
  //! ISO 8601; without an offset the time is county time. Invalid when unreadable.
  static QDateTime parseTime(const QString &text);
  //! "MM-dd HH:mm" in county time, for the sheet; empty for empty.
  static QString shortTime(const QString &stored);

private:
  //! A call about to be marked: the row, its warning's sent time, and the
  //! moment recorded (\a at, or now when invalid) beside now.
  struct Marking
  {
    WarningCall call;
    QDateTime sent;
    QDateTime when;
    QDateTime now;
  };
  Result<Marking> marking(qint64 callId, const QDateTime &at) const;
  Result<Warning> warning(qint64 warningId) const;
  Status write(const WarningCall &after, const QString &actor);

  Store &mStore;
  Clock mClock;
};

} // namespace onemap
