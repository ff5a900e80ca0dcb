#include "DailyStatistic.h"

#include "StatisticFields.h"

namespace onemap {

const QStringList &DailyStatistic::sources()
{
  static const QStringList s {QStringLiteral("manual"), QStringLiteral("suggested"), QStringLiteral("copied")};
  return s;
}

const TypedSpec<DailyStatistic> &DailyStatistic::schema()
{
  static const TypedSpec<DailyStatistic> s = TypedSpec<DailyStatistic>("daily_statistics", GeometryType::None)
    .field("report_date", &DailyStatistic::reportDate).required().date()
    .field("stat_set", &DailyStatistic::set).required().oneOf(StatisticFields::sets())
    .field("township_code", &DailyStatistic::townshipCode).required()
    .field("field", &DailyStatistic::field).required()
    .field("value", &DailyStatistic::value).required().atLeast(0)
    .field("note", &DailyStatistic::note)
    .field("source", &DailyStatistic::source).required().oneOf(sources());
  return s;
}

} // namespace onemap
