#include "NoticeData.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace onemap {

namespace {

AdminUnit unitByCode(Store &store, const QString &code)
{
  const QVector<AdminUnit> found = AdminUnits(store).where(QStringLiteral("code = ?"), {code});
  return found.isEmpty() ? AdminUnit() : found.first();
}

QVector<DangerStep> stepsOf(Store &store, qint64 dangerId)
{
  QVector<DangerStep> steps;
  SqlStatement q(store.handle(), QStringLiteral("SELECT step, at, actor, note FROM danger_events WHERE danger_id = ? ORDER BY at, id"));
  q.bind(1, dangerId);
  while (q.next())
    steps << DangerStep {q.text(0), q.text(1), q.text(2), q.text(3)};
  return steps;
}

} // namespace

int DangerNoticeData::overdueDays() const
{
  if (!danger.isOverdue(today))
    return 0;
  return static_cast<int>(QDate::fromString(danger.deadline, Qt::ISODate).daysTo(today));
}

int TownshipNoticeData::overdueCount() const
{
  return static_cast<int>(std::count_if(open.cbegin(), open.cend(), [this](const HiddenDanger &d) { return d.isOverdue(today); }));
}

int TownshipNoticeData::supervisedCount() const
{
  return static_cast<int>(std::count_if(open.cbegin(), open.cend(), [](const HiddenDanger &d) { return d.supervised; }));
}

qint64 TownshipNoticeData::threatenedPeople() const
{
  qint64 sum = 0;
  for (const HiddenDanger &d : open)
    sum += d.threatenedPeople;
  return sum;
}

namespace NoticeData {

Result<DangerNoticeData> danger(const QString &storePath, const QString &code, const QDate &today)
{
  auto opened = Store::open(storePath);
  if (!opened)
    return opened.status();
  Store &store = *opened.value();
  const QVector<HiddenDanger> found = HiddenDangers(store).where(QStringLiteral("code = ?"), {code.trimmed()});
  if (found.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::NoticeData", "no hidden danger with code %1 in %2").arg(code, storePath));
  DangerNoticeData data;
  data.countyName = store.meta(QStringLiteral("county_name"));
  data.danger = found.first();
  data.village = unitByCode(store, data.danger.villageCode);
  data.township = unitByCode(store, AdminUnit::parentOf(data.danger.villageCode));
  data.steps = stepsOf(store, data.danger.id);
  data.today = today;
  return data;
}

Result<TownshipNoticeData> township(const QString &storePath, const QString &code, const QDate &today)
{
  auto opened = Store::open(storePath);
  if (!opened)
    return opened.status();
  Store &store = *opened.value();
  const QString key = code.trimmed();
  const QVector<AdminUnit> found = AdminUnits(store).where(QStringLiteral("level = 'township' AND (code = ? OR name = ?)"), {key, key});
  if (found.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::NoticeData", "no township with code %1 in %2").arg(code, storePath));
  TownshipNoticeData data;
  data.countyName = store.meta(QStringLiteral("county_name"));
  data.township = found.first();
  data.today = today;
  // Villages of a township share its first 9 digits (GB/T 2260 layout).
  const QString prefix = data.township.code.left(9) + QLatin1Char('%');
  data.open = HiddenDangers(store).where(QStringLiteral("village_code LIKE ? AND status <> 'signed_off'"), {prefix});
  for (const AdminUnit &v : AdminUnits(store).where(QStringLiteral("level = 'village' AND code LIKE ?"), {prefix}))
    data.villageNames.insert(v.code, v.name);
  // Riskiest first: overdue, then most people threatened, then supervised; code breaks ties.
  std::sort(data.open.begin(), data.open.end(), [&today](const HiddenDanger &a, const HiddenDanger &b) {
    const bool ao = a.isOverdue(today), bo = b.isOverdue(today);
    if (ao != bo)
      return ao;
    if (a.threatenedPeople != b.threatenedPeople)
      return a.threatenedPeople > b.threatenedPeople;
    if (a.supervised != b.supervised)
      return a.supervised;
    return a.code < b.code;
  });
  return data;
}

int serialOf(const QString &code, qint64 fallback)
{
  static const QRegularExpression trailingDigits(QStringLiteral("(\\d{1,6})$"));
  const QRegularExpressionMatch m = trailingDigits.match(code);
  const int n = m.hasMatch() ? m.captured(1).toInt() : 0;
  return n > 0 ? n : static_cast<int>(fallback);
}

} // namespace NoticeData
} // namespace onemap
