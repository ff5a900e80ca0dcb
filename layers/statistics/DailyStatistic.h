#pragma once
// \brief One stored value of the daily statistics (daily_statistics, schema 5):
// a day, a statistic set, a township, a field, its value and a note.
#include "store/TypedTable.h"

namespace onemap {

struct DailyStatistic
{
  qint64 id = 0;
  QString reportDate;   //!< YYYY-MM-DD, county time
  QString set;          //!< rain, drought, fire, snow, other (column stat_set)
  QString townshipCode; //!< 12 digits
  QString field;        //!< StatisticField::name
  double value = 0;
  QString note;
  QString source = QStringLiteral("manual"); //!< manual, suggested (accepted), copied (from the day before)

  static const TypedSpec<DailyStatistic> &schema();
  static const QStringList &sources();
};

} // namespace onemap
