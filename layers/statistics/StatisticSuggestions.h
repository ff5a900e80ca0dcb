#pragma once
// \brief Values of the daily statistics the store can derive by itself, offered
// to the person filling the table, who accepts or overrides each one:
// - 雨情 rain stations over threshold and the day's largest 24 h rainfall
//   (stations whose latest reading is of that day);
// - 水情 river gauges over their warning level (the same);
// - 险情 hidden dangers reported ('identified') or reopened that day (danger_events);
// - 工情 warning calls answered that day (warning_calls), counted in the set of
//   the warning's hazard.
// A suggestion is given only where the store holds evidence for the day.
#include "StatisticFields.h"

#include <QDate>
#include <QHash>

namespace onemap {

class Store;

struct StatisticSuggestion
{
  QString townshipCode;
  QString field;
  double value = 0;
  QString basis; //!< what it was derived from, for the tooltip
};

class StatisticSuggestions
{
public:
  //! The suggestions of \a date for the fields \a fields gives \a set.
  static QVector<StatisticSuggestion> derive(Store &store, const QDate &date, const QString &set, const StatisticFields &fields);
  //! The date, in county time (UTC+8), of a stored ISO time; a time without an
  //! offset is county time already. Invalid when \a text is not a time.
  static QDate countyDate(const QString &text);
  //! "township|field": the key of the maps below.
  static QString key(const QString &township, const QString &field) { return township + QLatin1Char('|') + field; }
  static QHash<QString, StatisticSuggestion> byCell(const QVector<StatisticSuggestion> &list);
};

} // namespace onemap
