#include "StatisticSuggestions.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

namespace onemap {

namespace {

constexpr int kCountyOffsetSeconds = 8 * 3600;

QString townshipOf(const QString &adminCode) { return adminCode.left(9) + QStringLiteral("000"); }

// A cheap prefilter on the text before the exact county date: a day either side.
QVariantList aroundDay(const QDate &date)
{
  return {date.addDays(-1).toString(Qt::ISODate), date.addDays(2).toString(Qt::ISODate)};
}

struct Tally
{
  int n = 0;
  int over = 0;
  double max = 0;
};

void stations(Store &store, const QDate &date, const QStringList &kinds, QMap<QString, Tally> &out)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT village_code, latest_value, threshold, latest_time, kind FROM stations "
                                                "WHERE village_code IS NOT NULL AND latest_value IS NOT NULL AND latest_time >= ? AND latest_time < ?"));
  const QVariantList around = aroundDay(date);
  q.bind(1, around[0]).bind(2, around[1]);
  while (q.next()) {
    if (!kinds.contains(q.text(4)) || StatisticSuggestions::countyDate(q.text(3)) != date)
      continue;
    Tally &t = out[townshipOf(q.text(0))];
    ++t.n;
    const double value = q.real(1);
    if (!q.isNull(2) && value >= q.real(2))
      ++t.over;
    t.max = t.n == 1 ? value : std::max(t.max, value);
  }
}

QMap<QString, int> dangerSteps(Store &store, const QDate &date, const QString &step)
{
  QMap<QString, int> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT d.village_code, e.at, d.id FROM danger_events e JOIN hidden_dangers d ON d.id = e.danger_id "
                                                "WHERE e.step = ? AND d.village_code IS NOT NULL AND e.at >= ? AND e.at < ? ORDER BY d.id"));
  const QVariantList around = aroundDay(date);
  q.bind(1, step).bind(2, around[0]).bind(3, around[1]);
  QSet<qint64> seen; // a danger counts once a day
  while (q.next())
    if (StatisticSuggestions::countyDate(q.text(1)) == date && !seen.contains(q.int64(2))) {
      seen.insert(q.int64(2));
      ++out[townshipOf(q.text(0))];
    }
  return out;
}

QMap<QString, int> answeredCalls(Store &store, const QDate &date, const QString &set)
{
  QMap<QString, int> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT c.admin_code, c.answered_at, w.hazard FROM warning_calls c JOIN warnings w ON w.id = c.warning_id "
                                                "WHERE c.answered_at IS NOT NULL"));
  while (q.next())
    if (StatisticFields::setOfHazard(q.text(2)) == set && StatisticSuggestions::countyDate(q.text(1)) == date)
      ++out[townshipOf(q.text(0))];
  return out;
}

} // namespace

QDate StatisticSuggestions::countyDate(const QString &text)
{
  QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
  if (!t.isValid())
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
  if (t.timeSpec() == Qt::LocalTime) // no offset written: county time already
    return t.date();
  return t.toOffsetFromUtc(kCountyOffsetSeconds).date();
}

QHash<QString, StatisticSuggestion> StatisticSuggestions::byCell(const QVector<StatisticSuggestion> &list)
{
  QHash<QString, StatisticSuggestion> out;
  for (const StatisticSuggestion &s : list)
    out.insert(key(s.townshipCode, s.field), s);
  return out;
}

QVector<StatisticSuggestion> StatisticSuggestions::derive(Store &store, const QDate &date, const QString &set, const StatisticFields &fields)
{
  QVector<StatisticSuggestion> out;
  const auto has = [&](const char *name) { return fields.field(set, QLatin1String(name)) != nullptr; };
  const auto add = [&](const QString &township, const char *field, double value, const QString &basis) {
    out << StatisticSuggestion {township, QString::fromLatin1(field), value, basis};
  };
  const QString day = date.toString(Qt::ISODate);

  if (has("rain_gauges_over")) {
    QMap<QString, Tally> rain;
    stations(store, date, {QStringLiteral("rain_gauge"), QStringLiteral("weather")}, rain);
    for (auto it = rain.cbegin(); it != rain.cend(); ++it)
      add(it.key(), "rain_gauges_over", it->over,
          QCoreApplication::translate("onemap::Statistics", "%1 of %2 rain and weather stations reporting on %3 are at or over their threshold").arg(it->over).arg(it->n).arg(day));
  }
  if (has("rain_max_mm")) {
    QMap<QString, Tally> gauges;
    stations(store, date, {QStringLiteral("rain_gauge")}, gauges);
    for (auto it = gauges.cbegin(); it != gauges.cend(); ++it)
      add(it.key(), "rain_max_mm", it->max,
          QCoreApplication::translate("onemap::Statistics", "largest 24 h reading of %1 rain gauge(s) reporting on %2").arg(it->n).arg(day));
  }
  if (has("rivers_over_warning")) {
    QMap<QString, Tally> rivers;
    stations(store, date, {QStringLiteral("river_level")}, rivers);
    for (auto it = rivers.cbegin(); it != rivers.cend(); ++it)
      add(it.key(), "rivers_over_warning", it->over,
          QCoreApplication::translate("onemap::Statistics", "%1 of %2 river gauges reporting on %3 are at or over their warning level").arg(it->over).arg(it->n).arg(day));
  }
  const auto steps = [&](const char *field, const QString &step, const char *basis) {
    if (!fields.field(set, QLatin1String(field)))
      return;
    const QMap<QString, int> counts = dangerSteps(store, date, step);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
      add(it.key(), field, it.value(), QCoreApplication::translate("onemap::Statistics", basis).arg(it.value()).arg(day));
  };
  steps("dangers_reported", QStringLiteral("identified"), QT_TRANSLATE_NOOP("onemap::Statistics", "%1 hidden danger(s) recorded as identified on %2"));
  steps("dangers_reopened", QStringLiteral("reopened"), QT_TRANSLATE_NOOP("onemap::Statistics", "%1 hidden danger(s) reopened on %2"));
  if (has("calls_answered")) {
    const QMap<QString, int> calls = answeredCalls(store, date, set);
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
      add(it.key(), "calls_answered", it.value(),
          QCoreApplication::translate("onemap::Statistics", "%1 warning call(s) answered on %2 for warnings of this set's hazards").arg(it.value()).arg(day));
  }
  return out;
}

} // namespace onemap
