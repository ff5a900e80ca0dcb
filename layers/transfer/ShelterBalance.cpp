#include "ShelterBalance.h"

#include "TransferSql.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>

namespace onemap {

// One row per township of the county (admin_units level township, by code),
// also those with nobody to move or no shelter. A shelter or point belongs to
// the township of its village (the parent of its village_code), else to the
// one it stands in. Capacity is the room left: capacity - occupancy, never
// below 0, of open shelters only.

Result<QVector<TownshipBalance>> shelterBalance(Store &store, qint64 planId)
{
  QMap<QString, TownshipBalance> byCode;
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township' ORDER BY code"));
    while (q.next()) {
      TownshipBalance b;
      b.townshipCode = q.text(0);
      b.townshipName = q.text(1);
      byCode.insert(b.townshipCode, b);
    }
  }
  if (planId > 0) {
    SqlStatement exists(store.handle(), QStringLiteral("SELECT count(*) FROM transfer_plans WHERE id = ?1"));
    exists.bind(1, planId);
    if (!exists.next() || exists.int64(0) == 0)
      return Status::failure(QCoreApplication::translate("onemap::ShelterBalance", "no transfer plan with id %1").arg(planId));
    SqlStatement q(store.handle(), QStringLiteral("SELECT township_code, sum(people) FROM transfer_assignments WHERE plan_id = ?1 GROUP BY township_code"));
    q.bind(1, planId);
    while (q.next())
      if (byCode.contains(q.text(0)))
        byCode[q.text(0)].peopleToMove += q.int64(1);
  } else {
    SqlStatement q(store.handle(), QStringLiteral("SELECT t, sum(n) FROM (SELECT %1 AS t, COALESCE(p.threatened_people, 0) AS n "
                                                  "FROM hidden_dangers p WHERE p.status <> 'signed_off') GROUP BY t")
                                     .arg(TransferSql::townshipOf("p")));
    while (q.next())
      if (byCode.contains(q.text(0)))
        byCode[q.text(0)].peopleToMove += q.int64(1);
    if (q.hasError())
      return Status::failure(QCoreApplication::translate("onemap::ShelterBalance", "hidden dangers: %1").arg(q.error()));
  }
  SqlStatement q(store.handle(), QStringLiteral("SELECT t, sum(free), count(*) FROM (SELECT %1 AS t, max(0, s.capacity - s.occupancy) AS free "
                                                "FROM shelters s WHERE s.is_open = 1) GROUP BY t")
                                   .arg(TransferSql::townshipOf("s")));
  while (q.next())
    if (byCode.contains(q.text(0))) {
      byCode[q.text(0)].shelterCapacity += q.int64(1);
      byCode[q.text(0)].shelters += q.int64(2);
    }
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::ShelterBalance", "shelters: %1").arg(q.error()));
  return QVector<TownshipBalance>(byCode.begin(), byCode.end());
}

} // namespace onemap
