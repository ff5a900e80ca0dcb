#include "TransferTracking.h"

#include "TransferSql.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace onemap {

// "Four 100%": a village lags while fewer people are reported moved than
// planned, fewer responsible persons are at post than expected, or people
// went back before their homes were assessed. The current state of a village
// is its latest report (by reported_at, then id); a village never reported
// lags when anyone is planned to move. personsExpected, when a report leaves
// it 0, is the number of responsible persons registered for the village
// (responsible_persons.admin_code, every role).

bool VillageTransferStatus::lagging() const
{
  return transferred < planned || personsAtPost < personsExpected || (returned > 0 && !returnsAssessed);
}

namespace {

qint64 responsibleCount(Store &store, const QString &villageCode)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT count(*) FROM responsible_persons WHERE admin_code = ?1"));
  q.bind(1, villageCode);
  return q.next() ? q.int64(0) : 0;
}

bool earlier(const TransferReport &a, const TransferReport &b)
{
  const QDateTime ta = QDateTime::fromString(a.reportedAt, Qt::ISODate);
  const QDateTime tb = QDateTime::fromString(b.reportedAt, Qt::ISODate);
  if (ta.isValid() && tb.isValid() && ta != tb)
    return ta < tb;
  return a.id < b.id;
}

} // namespace

Result<qint64> TransferTracking::report(TransferReport report, const QString &actor)
{
  SqlStatement plan(mStore.handle(), QStringLiteral("SELECT count(*) FROM transfer_plans WHERE id = ?1"));
  plan.bind(1, report.planId);
  if (!plan.next() || plan.int64(0) == 0)
    return Status::failure(QCoreApplication::translate("onemap::TransferTracking", "no transfer plan with id %1").arg(report.planId));
  SqlStatement inPlan(mStore.handle(), QStringLiteral("SELECT count(*) FROM transfer_assignments WHERE plan_id = ?1 AND village_code = ?2"));
  inPlan.bind(1, report.planId).bind(2, report.villageCode);
  if (!inPlan.next() || inPlan.int64(0) == 0)
    return Status::failure(QCoreApplication::translate("onemap::TransferTracking", "village \"%1\" is not in transfer plan %2")
                             .arg(report.villageCode).arg(report.planId));
  const struct { qint64 value; const char *field; } numbers[] = {
    {report.transferred, "transferred"}, {report.personsAtPost, "persons_at_post"},
    {report.personsExpected, "persons_expected"}, {report.returned, "returned"}};
  for (const auto &n : numbers)
    if (n.value < 0)
      return Status::failure(QCoreApplication::translate("onemap::TransferTracking", "village %1: %2 cannot be negative (%3)")
                               .arg(report.villageCode, QLatin1String(n.field))
                               .arg(n.value));
  report.id = 0;
  if (report.reportedAt.isEmpty()) {
    const QDateTime now = QDateTime::currentDateTime();
    report.reportedAt = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate); // local time with its offset
  }
  if (report.reportedBy.isEmpty())
    report.reportedBy = actor;
  if (report.personsExpected == 0)
    report.personsExpected = responsibleCount(mStore, report.villageCode);
  return TransferReportTable(mStore).add(report, actor);
}

QVector<VillageTransferStatus> TransferTracking::status(qint64 planId) const
{
  const QHash<QString, TransferSql::Village> villages = TransferSql::villages(mStore);
  QMap<QString, VillageTransferStatus> byVillage;
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT village_code, sum(people), min(township_code) FROM transfer_assignments "
                                                 "WHERE plan_id = ?1 AND village_code IS NOT NULL GROUP BY village_code"));
  q.bind(1, planId);
  while (q.next()) {
    VillageTransferStatus s;
    s.villageCode = q.text(0);
    s.planned = q.int64(1);
    s.townshipCode = q.text(2);
    s.villageName = villages.value(s.villageCode).name;
    s.personsExpected = responsibleCount(mStore, s.villageCode);
    byVillage.insert(s.villageCode, s);
  }
  QHash<QString, TransferReport> latest;
  for (const TransferReport &r : TransferReportTable(mStore).where(QStringLiteral("plan_id = ?"), {planId}))
    if (!latest.contains(r.villageCode) || earlier(latest.value(r.villageCode), r))
      latest.insert(r.villageCode, r);
  for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
    if (!byVillage.contains(it.key()))
      continue;
    VillageTransferStatus &s = byVillage[it.key()];
    const TransferReport &r = it.value();
    s.transferred = r.transferred;
    s.personsAtPost = r.personsAtPost;
    if (r.personsExpected > 0)
      s.personsExpected = r.personsExpected;
    s.returned = r.returned;
    s.returnsAssessed = r.returnsAssessed;
    s.lastReportAt = r.reportedAt;
    s.lastReportBy = r.reportedBy;
  }
  QVector<VillageTransferStatus> out(byVillage.begin(), byVillage.end());
  std::stable_sort(out.begin(), out.end(), [](const VillageTransferStatus &a, const VillageTransferStatus &b) {
    return a.lagging() && !b.lagging();
  });
  return out;
}

QVector<TransferReport> TransferTracking::history(qint64 planId, const QString &villageCode) const
{
  QVector<TransferReport> out = TransferReportTable(mStore).where(QStringLiteral("plan_id = ? AND village_code = ?"), {planId, villageCode});
  std::stable_sort(out.begin(), out.end(), earlier);
  return out;
}

} // namespace onemap
