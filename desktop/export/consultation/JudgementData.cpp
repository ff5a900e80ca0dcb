#include "JudgementData.h"

#include "consultation/Consultations.h"
#include "plugins/BoardPlugins.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "warnings/WarningStage.h"

#include <QCoreApplication>

namespace onemap {

namespace {

// Active warnings whose time window holds asOf (an open end counts as in force).
QVector<JudgementWarning> warningsInForce(Store &store, const QDate &asOf)
{
  // Stages are judged at the end of asOf (or now, when that is today).
  const QDateTime now = asOf == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : QDateTime(asOf, QTime(12, 0), Qt::UTC);
  QVector<JudgementWarning> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT id, level, hazard, coalesce(headline, ''), coalesce(stage, ''), coalesce(onset, ''), coalesce(effective, ''), "
                                                "coalesce(expires, '') FROM warnings WHERE status = 'active' "
                                                "AND (effective IS NULL OR substr(effective, 1, 10) <= ?) AND (expires IS NULL OR substr(expires, 1, 10) >= ?) "
                                                "ORDER BY CASE level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 ELSE 3 END, id"));
  const QString day = asOf.toString(Qt::ISODate);
  q.bind(1, day).bind(2, day);
  while (q.next())
    out << JudgementWarning {q.int64(0), q.text(1), q.text(2), q.text(3), WarningStage::at(q.text(4), q.text(5), q.text(6), now), q.text(7)};
  return out;
}

QVector<TeamCount> teamCounts(Store &store)
{
  QVector<TeamCount> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT status, count(*), coalesce(sum(members), 0) FROM teams GROUP BY status ORDER BY status DESC"));
  while (q.next())
    out << TeamCount {q.text(0), q.int64(1), q.int64(2)};
  return out;
}

QVector<MaterialSum> materialSums(Store &store)
{
  QVector<MaterialSum> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT item, unit, sum(quantity), count(DISTINCT reserve_id) FROM reserve_items GROUP BY item, unit ORDER BY item, unit"));
  while (q.next())
    out << MaterialSum {q.text(0), q.text(1), q.real(2), q.int64(3)};
  return out;
}

} // namespace

Result<JudgementData> JudgementData::gather(Store &store, qint64 consultationId, const QDate &asOf)
{
  Result<Consultation> loaded = Consultations(store).load(consultationId);
  if (!loaded)
    return loaded.status();
  return gather(store, loaded.value(), asOf);
}

JudgementData JudgementData::gather(Store &store, const Consultation &meeting, const QDate &asOf)
{
  JudgementData d;
  d.asOf = asOf;
  d.county = store.meta(QStringLiteral("county_name"));
  if (d.county.isEmpty())
    d.county = QCoreApplication::translate("onemap::JudgementSheet", "Sample County");
  d.warnings = warningsInForce(store, asOf);

  // The meeting's warning, else each one in force.
  QVector<qint64> warningIds;
  if (meeting.warningId > 0)
    warningIds << meeting.warningId;
  else
    for (const JudgementWarning &w : d.warnings)
      warningIds << w.id;
  for (qint64 id : warningIds) {
    Result<Impact> impact = WarningImpact::of(store, id, asOf);
    if (!impact) {
      d.impactErrors << impact.message();
      continue;
    }
    JudgementImpact ji;
    ji.impact = impact.value();
    ji.pluginParts = PluginImpact::forWarning(BoardPlugins::registry(), store.handle(), id, ji.impact.warning.hazard, ji.impact.warning.level);
    d.impacts << ji;
  }

  d.teams = teamCounts(store);
  d.materials = materialSums(store);
  d.setMeeting(meeting);
  return d;
}

void JudgementData::setMeeting(const Consultation &m)
{
  meeting = m;
  tasks.clear();
  for (const ConsultationTask &t : m.tasks) {
    JudgementTask jt;
    jt.task = t;
    const QDate deadline = QDate::fromString(t.deadline.left(10), Qt::ISODate);
    if (t.status != QLatin1String("done") && deadline.isValid() && deadline < asOf)
      jt.overdueDays = int(deadline.daysTo(asOf));
    tasks << jt;
  }
}

} // namespace onemap
