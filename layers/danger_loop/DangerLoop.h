#pragma once
// \brief The hidden-danger closed loop (隐患清单闭环): advancing a danger step by
// step, its dated history, the filtered ledger and the per-township summary.
//
// The loop:
//
//   identified -> assigned -> rectifying -> checked -> signed_off (销号)
//                     ^                         |            |
//                     +------- reopened <-------+------------+
//
// - 'identified' is recorded once, for a danger that has no history yet (a
//   register row imported without one); later steps follow the arrows only.
// - 'assigned' names the responsible unit and person, the measure and the
//   deadline; they are copied onto hidden_dangers as well.
// - 'reopened' is allowed from 'checked' (the check found the work not done)
//   and from 'signed_off' (the danger came back). It stays in the history as
//   its own step; hidden_dangers.status, which holds only the five loop
//   statuses, goes back to 'assigned': the same unit, person and measure carry
//   on unless the reopen names new ones, and the deadline may be moved.
//   The next step after a reopen is therefore 'rectifying'.
//
// Every step writes its danger_events row and the updated hidden_dangers row,
// each with its audit_log row, in one Store::transaction: all or nothing.
// Times come from an injectable clock so tests fix "now".
#include "DangerEvent.h"
#include "store/Result.h"

#include <QDate>
#include <QDateTime>
#include <functional>

namespace onemap {

class Store;

//! What one step asks for. Only 'assigned' needs the responsibility fields.
struct DangerStep
{
  QString code;               //!< hidden_dangers.code
  QString to;                 //!< requested step (one of DangerEvent::steps())
  QString actor;              //!< who did it; required
  QString note;
  QString responsibleUnit;    //!< 'assigned': required; 'reopened': optional change
  QString responsiblePerson;  //!< 'assigned': required; 'reopened': optional change
  QString measures;           //!< 'assigned': required; 'reopened': optional change
  QDate deadline;             //!< 'assigned': required; 'reopened': optional new deadline
  QDateTime at;               //!< when; invalid = the loop's clock
};

//! Filters of the ledger; empty / false = no filter.
struct DangerFilter
{
  QString townshipCode;       //!< 12-digit township code (first 9 digits + "000")
  QString hazardType;
  QString status;
  bool overdueOnly = false;
  bool supervisedOnly = false;
};

//! One line of the ledger.
struct DangerRow
{
  qint64 id = 0;
  QString code;
  QString name;
  QString hazardType;
  QString villageCode;
  QString townshipCode;
  QString townshipName;
  QString status;
  QString responsibleUnit;
  QString responsiblePerson;
  QString measures;
  QString deadline;
  bool supervised = false;
  bool overdue = false;       //!< HiddenDanger::overdueSql() on the list's date
};

//! Counts of one township x hazard type (or a total when those are empty).
struct DangerCounts
{
  QString townshipCode;
  QString townshipName;
  QString hazardType;
  qint64 found = 0;           //!< every danger on the register
  qint64 pending = 0;         //!< identified, not yet assigned
  qint64 inRectification = 0; //!< assigned, rectifying or checked
  qint64 overdue = 0;         //!< deadline passed, not signed off
  qint64 signedOff = 0;
  qint64 supervised = 0;      //!< listed for supervision (挂牌督办)
};

struct DangerSummary
{
  QVector<DangerCounts> rows;     //!< by township code, then hazard type in HiddenDanger::hazardTypes() order
  QVector<DangerCounts> byTownship;
  QVector<DangerCounts> byHazardType;
  DangerCounts total;
};

class DangerLoop
{
public:
  using Clock = std::function<QDateTime()>;

  //! \a clock defaults to the current local time.
  explicit DangerLoop(Store &store, Clock clock = {});

  //! The step that may follow \a current, or an empty list at the end of the loop.
  //! \a current empty means "no history yet" (only 'identified' is allowed).
  static QStringList nextSteps(const QString &current);
  //! hidden_dangers.status after \a step ('reopened' -> 'assigned').
  static QString statusAfter(const QString &step);

  //! The danger's current step as nextSteps() takes it: empty for a danger
  //! still 'identified' without any history, otherwise its status.
  //! Unknown code -> failure naming it.
  Result<QString> currentStep(const QString &code) const;

  //! Validates and records one step; returns the new danger_events id.
  //! Errors name the danger code, its current and the requested step.
  Result<qint64> advance(const DangerStep &step);

  //! The danger's steps, oldest first. Unknown code -> failure naming it.
  Result<QVector<DangerEvent>> history(const QString &code) const;

  //! The ledger, filtered, by danger code. Overdue is judged on \a today
  //! (invalid = the clock's date).
  Result<QVector<DangerRow>> list(const DangerFilter &filter, const QDate &today = QDate()) const;

  //! Counts per township x hazard type with subtotals and totals, on \a today.
  Result<DangerSummary> summary(const QDate &today = QDate()) const;

  QDateTime now() const { return mClock(); }
  QDate today() const { return mClock().date(); }

  //! Timestamps as stored in danger_events.at.
  static QString formatTime(const QDateTime &at);

private:
  Store &mStore;
  Clock mClock;
};

} // namespace onemap
