#include "DailyStatistics.h"

#include "StatisticSuggestions.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <cmath>

namespace onemap {

namespace {


const QString kWhereCell = QStringLiteral("report_date = ? AND stat_set = ? AND township_code = ? AND field = ?");

} // namespace

DailyStatistics::DailyStatistics(Store &store, StatisticFields fields, std::function<QDate()> today)
  : mStore(store), mFields(std::move(fields)), mToday(today ? std::move(today) : &DailyStatistics::countyToday)
{
}

QDate DailyStatistics::countyToday() { return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date(); }

QVector<StatisticTownship> DailyStatistics::townships() const
{
  QVector<StatisticTownship> out;
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township' ORDER BY code"));
  while (q.next())
    out << StatisticTownship {q.text(0), q.text(1)};
  return out;
}

StatisticTownship DailyStatistics::township(const QString &codeOrName) const
{
  const QString wanted = codeOrName.trimmed();
  for (const StatisticTownship &t : townships())
    if (t.code == wanted || t.name == wanted)
      return t;
  return {};
}

QVector<DailyStatistic> DailyStatistics::entries(const QDate &date, const QString &set) const
{
  return TypedTable<DailyStatistic>(mStore).where(QStringLiteral("report_date = ? AND stat_set = ?"), {date.toString(Qt::ISODate), set});
}

std::optional<DailyStatistic> DailyStatistics::entry(const QDate &date, const QString &set, const QString &township, const QString &field) const
{
  const QVector<DailyStatistic> rows = TypedTable<DailyStatistic>(mStore).where(kWhereCell, {date.toString(Qt::ISODate), set, township, field});
  if (rows.isEmpty())
    return std::nullopt;
  return rows.first();
}

Status DailyStatistics::validate(const StatisticEdit &e) const
{
  if (!StatisticFields::sets().contains(e.set))
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "set: \"%1\" is not one of %2").arg(e.set, StatisticFields::sets().join(QLatin1Char('/'))));
  const StatisticField *f = mFields.field(e.set, e.field);
  if (!f) {
    QStringList known;
    for (const StatisticField &k : mFields.fields(e.set))
      known << k.name;
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "field: \"%1\" is not a field of the %2 set (fields: %3)").arg(e.field, e.set, known.join(QStringLiteral(", "))));
  }
  // From here on every message starts with the field, its label and the cell.
  const StatisticTownship t = township(e.townshipCode);
  const QString where = QCoreApplication::translate("onemap::Statistics", "%1 (%2), township %3, %4")
                          .arg(f->name, f->label, t.code.isEmpty() ? e.townshipCode : t.name + QLatin1Char(' ') + t.code, e.date.toString(Qt::ISODate));
  if (!e.date.isValid())
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: report_date is not a valid date").arg(where));
  const QDate today = mToday();
  if (e.date > today)
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: report_date %2 is in the future (today is %3)").arg(where, e.date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
  if (t.code.isEmpty() || t.code != e.townshipCode)
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: township_code \"%2\" is not a township of this county").arg(where, e.townshipCode));
  if (e.value) {
    const double v = *e.value;
    if (!std::isfinite(v))
      return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: value is not a number").arg(where));
    if (v < 0)
      return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: value %2 is below 0").arg(where).arg(v));
    if (f->decimals == 0 && v != std::floor(v))
      return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: value %2 is not a whole number (it is a count)").arg(where).arg(v));
  }
  if (!DailyStatistic::sources().contains(e.source))
    return Status::failure(QCoreApplication::translate("onemap::Statistics", "%1: source \"%2\" is not one of %3").arg(where, e.source, DailyStatistic::sources().join(QLatin1Char('/'))));
  return Status();
}

Status DailyStatistics::apply(const StatisticEdit &e, const QString &actor)
{
  if (Status s = validate(e); !s)
    return s;
  return mStore.transaction([&]() -> Status {
    TypedTable<DailyStatistic> table(mStore);
    const std::optional<DailyStatistic> old = entry(e.date, e.set, e.townshipCode, e.field);
    if (!e.value)
      return old ? table.remove(old->id, actor) : Status();
    DailyStatistic row = old.value_or(DailyStatistic());
    row.reportDate = e.date.toString(Qt::ISODate);
    row.set = e.set;
    row.townshipCode = e.townshipCode;
    row.field = e.field;
    row.value = *e.value;
    row.note = e.note;
    row.source = e.source;
    if (old) {
      if (old->value == row.value && old->note == row.note && old->source == row.source)
        return Status(); // nothing changes: no audit row either
      return table.update(row, actor);
    }
    Result<qint64> id = table.add(row, actor);
    return id ? Status() : id.status();
  });
}

Status DailyStatistics::applyAll(const QVector<StatisticEdit> &edits, const QString &actor)
{
  for (int i = 0; i < edits.size(); ++i)
    if (Status s = validate(edits[i]); !s)
      return edits.size() == 1 ? s : Status::failure(QCoreApplication::translate("onemap::Statistics", "value %1: %2").arg(i + 1).arg(s.message()));
  return mStore.transaction([&]() -> Status {
    for (int i = 0; i < edits.size(); ++i)
      if (Status s = apply(edits[i], actor); !s)
        return edits.size() == 1 ? s : Status::failure(QCoreApplication::translate("onemap::Statistics", "value %1: %2").arg(i + 1).arg(s.message()));
    return Status();
  });
}

QVector<StatisticEdit> DailyStatistics::copyEdits(const QDate &from, const QDate &to, const QString &set) const
{
  QVector<StatisticEdit> out;
  QSet<QString> filled;
  for (const DailyStatistic &d : entries(to, set))
    filled.insert(StatisticSuggestions::key(d.townshipCode, d.field));
  for (const DailyStatistic &d : entries(from, set)) {
    if (filled.contains(StatisticSuggestions::key(d.townshipCode, d.field)) || !mFields.field(set, d.field))
      continue;
    out << StatisticEdit {to, set, d.townshipCode, d.field, d.value, d.note, QStringLiteral("copied")};
  }
  return out;
}

QVector<StatisticEdit> DailyStatistics::suggestionEdits(const QDate &date, const QString &set) const
{
  QVector<StatisticEdit> out;
  QSet<QString> filled;
  for (const DailyStatistic &d : entries(date, set))
    filled.insert(StatisticSuggestions::key(d.townshipCode, d.field));
  QSet<QString> known;
  for (const StatisticTownship &t : townships())
    known.insert(t.code);
  for (const StatisticSuggestion &s : StatisticSuggestions::derive(mStore, date, set, mFields))
    if (known.contains(s.townshipCode) && !filled.contains(StatisticSuggestions::key(s.townshipCode, s.field)))
      out << StatisticEdit {date, set, s.townshipCode, s.field, s.value, QString(), QStringLiteral("suggested")};
  return out;
}

DailyReport DailyStatistics::report(const QDate &date, const QString &set) const
{
  DailyReport r;
  r.date = date;
  r.set = set;
  r.countyName = mStore.meta(QStringLiteral("county_name"));
  if (r.countyName.isEmpty())
    r.countyName = QCoreApplication::translate("onemap::Statistics", "County");
  r.fields = mFields.fields(set);
  r.townships = townships();
  const int nt = r.townships.size(), nf = r.fields.size();
  r.values = QVector<QVector<std::optional<double>>>(nt, QVector<std::optional<double>>(nf));
  r.sources = QVector<QVector<QString>>(nt, QVector<QString>(nf));
  r.notes = QVector<QStringList>(nt);
  r.totals = QVector<std::optional<double>>(nf);
  QHash<QString, int> townshipIndex, fieldIndex;
  for (int t = 0; t < nt; ++t)
    townshipIndex.insert(r.townships[t].code, t);
  for (int f = 0; f < nf; ++f)
    fieldIndex.insert(r.fields[f].name, f);
  for (const DailyStatistic &d : entries(date, set)) {
    const int t = townshipIndex.value(d.townshipCode, -1), f = fieldIndex.value(d.field, -1);
    if (t < 0 || f < 0)
      continue; // a field of a plugin no longer loaded: kept in the store, not shown
    r.values[t][f] = d.value;
    r.sources[t][f] = d.source;
    if (!d.note.isEmpty())
      r.notes[t] << QStringLiteral("%1: %2").arg(r.fields[f].label, d.note);
    r.totals[f] = !r.totals[f] ? d.value : r.fields[f].totalIsMax ? std::max(*r.totals[f], d.value) : *r.totals[f] + d.value;
  }
  return r;
}

} // namespace onemap
