#include "DailyReport.h"

#include <QCoreApplication>
#include <cmath>

namespace onemap {

QString DailyReport::formatValue(double value, int decimals)
{
  QString text = QString::number(value, 'f', std::max(0, decimals));
  if (text.contains(QLatin1Char('.'))) {
    while (text.endsWith(QLatin1Char('0')))
      text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
      text.chop(1);
  }
  return text;
}

QString DailyReport::cellText(int township, int field) const
{
  const std::optional<double> &v = values.value(township).value(field);
  return v ? formatValue(*v, fields.value(field).decimals) : QString();
}

QString DailyReport::totalText(int field) const
{
  const std::optional<double> v = totals.value(field);
  return v ? formatValue(*v, fields.value(field).decimals) : QString();
}

int DailyReport::entered() const
{
  int n = 0;
  for (const auto &row : values)
    for (const auto &v : row)
      n += v ? 1 : 0;
  return n;
}

QString DailyReport::title() const
{
  return QCoreApplication::translate("onemap::Statistics", "%1 daily statistics report (%2), %3")
    .arg(countyName, StatisticFields::setLabel(set), date.toString(Qt::ISODate));
}

QStringList DailyReport::headers() const
{
  QStringList h {QCoreApplication::translate("onemap::Statistics", "Township")};
  for (const StatisticField &f : fields)
    h << f.label;
  return h;
}

} // namespace onemap
