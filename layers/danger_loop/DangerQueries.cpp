// The ledger and the summary of the closed loop: plain SQL with bound
// parameters, grouped in the database so 100,000 dangers stay quick.
#include "DangerLoop.h"

#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace onemap {

namespace {


// Township of a danger: the village code's first 9 digits + "000".
const char *const kTownship = "substr(h.village_code, 1, 9) || '000'";

void add(DangerCounts &sum, const DangerCounts &c)
{
  sum.found += c.found;
  sum.pending += c.pending;
  sum.inRectification += c.inRectification;
  sum.overdue += c.overdue;
  sum.signedOff += c.signedOff;
  sum.supervised += c.supervised;
}

} // namespace

Result<QVector<DangerRow>> DangerLoop::list(const DangerFilter &filter, const QDate &today) const
{
  const QString day = (today.isValid() ? today : this->today()).toString(Qt::ISODate);
  QString sql = QStringLiteral("SELECT h.id, h.code, h.name, h.hazard_type, h.village_code, %1, a.name, h.status, "
                               "h.responsible_unit, h.responsible_person, h.measures, h.deadline, h.supervised, %2 "
                               "FROM hidden_dangers h LEFT JOIN admin_units a ON a.code = %1 WHERE 1 = 1")
                  .arg(QLatin1String(kTownship), HiddenDanger::overdueSql());
  QVariantList params {day};
  if (!filter.townshipCode.isEmpty()) {
    if (filter.townshipCode.size() != 12 || !filter.townshipCode.endsWith(QLatin1String("000")))
      return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "township code %1 must have 12 digits ending in 000").arg(filter.townshipCode));
    sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(kTownship));
    params << filter.townshipCode;
  }
  if (!filter.hazardType.isEmpty()) {
    if (!HiddenDanger::hazardTypes().contains(filter.hazardType))
      return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "unknown hazard type %1 (types: %2)").arg(filter.hazardType, HiddenDanger::hazardTypes().join(QStringLiteral(", "))));
    sql += QStringLiteral(" AND h.hazard_type = ?");
    params << filter.hazardType;
  }
  if (!filter.status.isEmpty()) {
    if (!HiddenDanger::statuses().contains(filter.status))
      return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "unknown status %1 (statuses: %2)").arg(filter.status, HiddenDanger::statuses().join(QStringLiteral(", "))));
    sql += QStringLiteral(" AND h.status = ?");
    params << filter.status;
  }
  if (filter.overdueOnly) {
    sql += QStringLiteral(" AND ") + HiddenDanger::overdueSql();
    params << day;
  }
  if (filter.supervisedOnly)
    sql += QStringLiteral(" AND h.supervised = 1");
  sql += QStringLiteral(" ORDER BY h.code");

  SqlStatement q(mStore.handle(), sql);
  for (int i = 0; i < params.size(); ++i)
    q.bind(i + 1, params[i]);
  QVector<DangerRow> rows;
  while (q.next()) {
    DangerRow r;
    r.id = q.int64(0);
    r.code = q.text(1);
    r.name = q.text(2);
    r.hazardType = q.text(3);
    r.villageCode = q.text(4);
    r.townshipCode = q.text(5);
    r.townshipName = q.text(6);
    r.status = q.text(7);
    r.responsibleUnit = q.text(8);
    r.responsiblePerson = q.text(9);
    r.measures = q.text(10);
    r.deadline = q.text(11);
    r.supervised = q.int64(12) != 0;
    r.overdue = q.int64(13) != 0;
    rows << r;
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "cannot list hidden dangers in %1: %2").arg(mStore.path(), q.error()));
  return rows;
}

Result<DangerSummary> DangerLoop::summary(const QDate &today) const
{
  const QString day = (today.isValid() ? today : this->today()).toString(Qt::ISODate);
  const QString sql = QStringLiteral(
    "SELECT t.township, a.name, t.hazard_type, t.found, t.pending, t.rectifying, t.overdue, t.signed_off, t.supervised "
    "FROM (SELECT %1 AS township, h.hazard_type, count(*) AS found, "
    "  sum(h.status = 'identified') AS pending, "
    "  sum(h.status IN ('assigned', 'rectifying', 'checked')) AS rectifying, "
    "  sum(CASE WHEN %2 THEN 1 ELSE 0 END) AS overdue, "
    "  sum(h.status = 'signed_off') AS signed_off, "
    "  sum(h.supervised = 1) AS supervised "
    "  FROM hidden_dangers h GROUP BY 1, 2) t "
    "LEFT JOIN admin_units a ON a.code = t.township ORDER BY t.township, t.hazard_type")
                          .arg(QLatin1String(kTownship), HiddenDanger::overdueSql());
  SqlStatement q(mStore.handle(), sql);
  q.bind(1, day);
  DangerSummary s;
  QMap<QString, DangerCounts> towns;
  QMap<QString, DangerCounts> types;
  while (q.next()) {
    DangerCounts c;
    c.townshipCode = q.text(0);
    c.townshipName = q.text(1);
    c.hazardType = q.text(2);
    c.found = q.int64(3);
    c.pending = q.int64(4);
    c.inRectification = q.int64(5);
    c.overdue = q.int64(6);
    c.signedOff = q.int64(7);
    c.supervised = q.int64(8);
    s.rows << c;
    DangerCounts &town = towns[c.townshipCode];
    town.townshipCode = c.townshipCode;
    town.townshipName = c.townshipName;
    add(town, c);
    DangerCounts &type = types[c.hazardType];
    type.hazardType = c.hazardType;
    add(type, c);
    add(s.total, c);
  }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "cannot summarise hidden dangers in %1: %2").arg(mStore.path(), q.error()));
  for (const DangerCounts &c : towns)
    s.byTownship << c;
  for (const DangerCounts &c : types)
    s.byHazardType << c;
  // Hazard types in the register's order (landslide first), not by code.
  auto typeRank = [](const DangerCounts &c) {
    const int i = HiddenDanger::hazardTypes().indexOf(c.hazardType);
    return i < 0 ? HiddenDanger::hazardTypes().size() : i;
  };
  std::stable_sort(s.rows.begin(), s.rows.end(), [&](const DangerCounts &a, const DangerCounts &b) {
    return a.townshipCode != b.townshipCode ? a.townshipCode < b.townshipCode : typeRank(a) < typeRank(b);
  });
  std::stable_sort(s.byHazardType.begin(), s.byHazardType.end(), [&](const DangerCounts &a, const DangerCounts &b) { return typeRank(a) < typeRank(b); });
  return s;
}

} // namespace onemap
