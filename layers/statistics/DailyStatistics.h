#pragma once
// \brief The daily statistics in the store: read a day, set and change values
// (validated, each write audited through the Table API), copy the day before,
// accept the values the store can derive, and build the day's report.
//
// Nothing here overwrites a value someone entered: copying the day before and
// accepting suggestions fill only empty cells; changing an entered value is
// always an explicit setValue().
#include "DailyReport.h"
#include "DailyStatistic.h"
#include "StatisticFields.h"
#include "store/Result.h"

#include <functional>

namespace onemap {

class Store;

//! One value to write; an empty value clears the cell.
struct StatisticEdit
{
  QDate date;
  QString set;
  QString townshipCode;
  QString field;
  std::optional<double> value;
  QString note;
  QString source = QStringLiteral("manual");
};

class DailyStatistics
{
public:
  //! \a today: the county's date (UTC+8) unless a test fixes it.
  DailyStatistics(Store &store, StatisticFields fields, std::function<QDate()> today = {});

  static QDate countyToday();
  const StatisticFields &fields() const { return mFields; }
  Store &store() const { return mStore; }

  //! The county's townships, by code.
  QVector<StatisticTownship> townships() const;
  //! Finds a township by 12-digit code or by name; empty code when none.
  StatisticTownship township(const QString &codeOrName) const;

  //! The stored values of a day and set.
  QVector<DailyStatistic> entries(const QDate &date, const QString &set) const;
  std::optional<DailyStatistic> entry(const QDate &date, const QString &set, const QString &township, const QString &field) const;

  //! Checks \a edit without writing: the message names the field, the township and the day.
  Status validate(const StatisticEdit &edit) const;
  //! Writes (inserts, updates or, for an empty value, removes) one cell.
  Status apply(const StatisticEdit &edit, const QString &actor);
  //! All or none, in one transaction; the error names the 1-based edit.
  Status applyAll(const QVector<StatisticEdit> &edits, const QString &actor);

  //! The cells of \a from that are empty on \a to, as edits (source "copied").
  QVector<StatisticEdit> copyEdits(const QDate &from, const QDate &to, const QString &set) const;
  //! The suggestions for cells still empty on \a date, as edits (source "suggested").
  QVector<StatisticEdit> suggestionEdits(const QDate &date, const QString &set) const;

  DailyReport report(const QDate &date, const QString &set) const;

private:
  Store &mStore;
  StatisticFields mFields;
  std::function<QDate()> mToday;
};

} // namespace onemap
