#include "WarningImpact.h"

#include "AffectedUnits.h"
#include "ImpactQueries.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace onemap {

namespace {

Status queryFailed(qint64 warningId, const QString &what, const SqlStatement &q)
{
  return Status::failure(QCoreApplication::translate("onemap::WarningImpact", "warning %1: cannot read the %2 inside its area: %3").arg(warningId).arg(what, q.error()));
}

// Township rows are made on first use, so a township appears when anything
// of it is affected, even if the share rule left the township itself out.
class TownshipSums
{
public:
  explicit TownshipSums(const QMap<QString, ImpactTownship> &all) : mAll(all) {}

  ImpactTownship &at(const QString &code)
  {
    auto it = mRows.find(code);
    if (it == mRows.end()) {
      ImpactTownship t = mAll.value(code);
      t.code = code;
      if (t.name.isEmpty() && code.isEmpty())
        t.name = QCoreApplication::translate("onemap::WarningImpact", "(outside any township)");
      it = mRows.insert(code, t);
    }
    return it.value();
  }
  QString name(const QString &code) const { return mAll.value(code).name; }
  QVector<ImpactTownship> rows() const
  {
    QVector<ImpactTownship> r;
    for (const ImpactTownship &t : mRows)
      r << t;
    return r;
  }

private:
  const QMap<QString, ImpactTownship> &mAll;
  QMap<QString, ImpactTownship> mRows; // code order
};

Result<QMap<QString, ImpactTownship>> allTownships(Store &store)
{
  SqlStatement q(store.handle(), ImpactQueries::townships());
  QMap<QString, ImpactTownship> all;
  while (q.next()) {
    ImpactTownship t;
    t.code = q.text(0);
    t.name = q.text(1);
    t.population = q.int64(2);
    t.households = q.int64(3);
    all.insert(t.code, t);
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::WarningImpact", "cannot read the townships of %1: %2").arg(store.path(), q.error()));
  return all;
}

bool dangerBefore(const ImpactDanger &a, const ImpactDanger &b)
{
  if (a.escalated != b.escalated)
    return a.escalated;
  if (a.escalated && a.overdue != b.overdue)
    return a.overdue;
  if (a.threatenedPeople != b.threatenedPeople)
    return a.threatenedPeople > b.threatenedPeople;
  return a.code < b.code;
}

} // namespace

bool WarningImpact::escalates(const QString &level)
{
  return level == QLatin1String("orange") || level == QLatin1String("red");
}

Result<Impact> WarningImpact::of(Store &store, qint64 warningId, const QDate &today, const Options &options)
{
  for (const QString &type : options.hazardFilter)
    if (!HiddenDanger::hazardTypes().contains(type))
      return Status::failure(QCoreApplication::translate("onemap::WarningImpact", "unknown hazard type %1 (types: %2)")
                               .arg(type, HiddenDanger::hazardTypes().join(QStringLiteral(", "))));
  Impact impact;
  impact.asOf = today;
  {
    SqlStatement q(store.handle(), ImpactQueries::warning());
    q.bind(1, warningId);
    if (!q.next())
      return Status::failure(q.hasError() ? QCoreApplication::translate("onemap::WarningImpact", "cannot read warning %1: %2").arg(warningId).arg(q.error())
                                          : QCoreApplication::translate("onemap::WarningImpact", "no warning with id %1 in %2").arg(warningId).arg(store.path()));
    ImpactWarning &w = impact.warning;
    w.id = q.int64(0);
    w.identifier = q.text(1);
    w.headline = q.text(2);
    w.level = q.text(3);
    w.hazard = q.text(4);
    w.status = q.text(5);
    w.areaDesc = q.text(6);
    w.sent = q.text(7);
    w.expires = q.text(8);
  }
  const bool escalating = escalates(impact.warning.level);

  Result<QMap<QString, ImpactTownship>> all = allTownships(store);
  if (!all)
    return all.status();
  TownshipSums sums(all.value());
  ImpactTotals &totals = impact.totals;

  Result<QVector<AffectedUnit>> units = AffectedUnits::of(store, warningId, options.useSpatialIndex);
  if (!units)
    return units.status();
  QMap<QString, int> villageIndex;
  for (const AffectedUnit &u : units.value()) {
    if (u.level == QLatin1String("township")) {
      sums.at(u.code).covered = true;
      continue;
    }
    ImpactVillage v;
    v.code = u.code;
    v.name = u.name;
    v.townshipCode = u.parentCode;
    v.population = u.population;
    v.households = u.households;
    villageIndex.insert(v.code, impact.villages.size());
    impact.villages << v;
    ImpactTownship &t = sums.at(u.parentCode);
    ++t.villages;
    t.villagePopulation += u.population;
    t.villageHouseholds += u.households;
    ++totals.villages;
    totals.villagePopulation += u.population;
    totals.villageHouseholds += u.households;
  }

  {
    SqlStatement q(store.handle(), ImpactQueries::dangers(options.useSpatialIndex, options.hazardFilter.size()));
    q.bind(1, warningId);
    for (int i = 0; i < options.hazardFilter.size(); ++i)
      q.bind(i + 2, options.hazardFilter[i]);
    while (q.next()) {
      ImpactDanger d;
      d.id = q.int64(0);
      d.code = q.text(1);
      d.name = q.text(2);
      d.hazardType = q.text(3);
      d.status = q.text(4);
      d.deadline = q.text(5);
      d.villageCode = q.text(6);
      d.villageName = q.text(7);
      d.townshipCode = q.text(8);
      d.townshipName = sums.name(d.townshipCode);
      d.threatenedPeople = q.int64(9);
      d.supervised = q.int64(10) != 0;
      HiddenDanger rule; // the one overdue rule
      rule.deadline = d.deadline;
      rule.status = d.status;
      d.overdue = rule.isOverdue(today);
      d.escalated = escalating && d.status != QLatin1String("signed_off");
      impact.dangers << d;

      ImpactTownship &t = sums.at(d.townshipCode);
      ++t.dangers;
      t.escalated += d.escalated;
      ++totals.dangers;
      totals.escalated += d.escalated;
      totals.overdue += d.overdue;
      totals.threatenedPeople += d.threatenedPeople;
      if (auto it = villageIndex.constFind(d.villageCode); it != villageIndex.constEnd())
        ++impact.villages[it.value()].dangers;
    }
    if (q.hasError())
      return queryFailed(warningId, QCoreApplication::translate("onemap::WarningImpact", "hidden dangers"), q);
    std::sort(impact.dangers.begin(), impact.dangers.end(), dangerBefore);
  }

  {
    SqlStatement q(store.handle(), ImpactQueries::shelters(options.useSpatialIndex));
    q.bind(1, warningId);
    while (q.next()) {
      ImpactShelter s;
      s.id = q.int64(0);
      s.code = q.text(1);
      s.name = q.text(2);
      s.capacity = q.int64(3);
      s.occupancy = q.int64(4);
      s.isOpen = q.int64(5) != 0;
      s.townshipCode = q.text(6);
      s.townshipName = sums.name(s.townshipCode);
      impact.shelters << s;
      ImpactTownship &t = sums.at(s.townshipCode);
      ++t.shelters;
      t.shelterCapacity += s.capacity;
      ++totals.shelters;
      totals.shelterCapacity += s.capacity;
    }
    if (q.hasError())
      return queryFailed(warningId, QCoreApplication::translate("onemap::WarningImpact", "shelters"), q);
  }

  {
    SqlStatement q(store.handle(), ImpactQueries::teams(options.useSpatialIndex));
    q.bind(1, warningId);
    while (q.next()) {
      ImpactTeam m;
      m.id = q.int64(0);
      m.code = q.text(1);
      m.name = q.text(2);
      m.kind = q.text(3);
      m.members = q.int64(4);
      m.status = q.text(5);
      m.townshipCode = q.text(6);
      m.townshipName = sums.name(m.townshipCode);
      impact.teams << m;
      ImpactTownship &t = sums.at(m.townshipCode);
      ++t.teams;
      t.teamMembers += m.members;
      ++totals.teams;
      totals.teamMembers += m.members;
    }
    if (q.hasError())
      return queryFailed(warningId, QCoreApplication::translate("onemap::WarningImpact", "teams"), q);
  }

  impact.townships = sums.rows();
  totals.townships = impact.townships.size();
  return impact;
}

Result<QSet<qint64>> WarningImpact::escalatedDangerIds(Store &store, const QDateTime &now)
{
  // The warnings in force first (a handful), then one indexed query each.
  QVector<qint64> warnings;
  {
    SqlStatement q(store.handle(), ImpactQueries::escalatingWarnings());
    while (q.next()) {
      const QDateTime expires = QDateTime::fromString(q.text(1), Qt::ISODate);
      if (!expires.isValid() || expires >= now)
        warnings << q.int64(0);
    }
    if (q.hasError())
      return Status::failure(QCoreApplication::translate("onemap::WarningImpact", "cannot find the escalated hidden dangers in %1: %2").arg(store.path(), q.error()));
  }
  QSet<qint64> ids;
  for (qint64 warningId : warnings) {
    SqlStatement q(store.handle(), ImpactQueries::openDangersWithin());
    q.bind(1, warningId);
    while (q.next())
      ids.insert(q.int64(0));
    if (q.hasError())
      return queryFailed(warningId, QCoreApplication::translate("onemap::WarningImpact", "hidden dangers"), q);
  }
  return ids;
}

} // namespace onemap
