#include "TransferDemands.h"

#include "TransferSql.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace onemap {

// The rule (转移对象):
//  - every hidden-danger point inside the area (ST_Within) not signed off
//    moves its threatened people; its responsible person is the point's own
//    (responsible_person, else its monitor), with the point's phone;
//  - every village meeting the area moves round(population * share) people,
//    share = area(village ∩ area) / area(village) (a ratio of areas in
//    degrees: at county size the metric ratio differs by far less than a
//    person), less the threatened people of its danger points counted above
//    (never below 0). They gather at a point on the surface of the part of
//    the village inside the area; the village's first disaster_responsible
//    (by id) answers for them.
// Dangers come first, then villages, each by people (most first) then code.

namespace {

bool byPeopleThenCode(const TransferDemand &a, const TransferDemand &b)
{
  return a.people != b.people ? a.people > b.people : a.code < b.code;
}

} // namespace

Result<QVector<TransferDemand>> transferDemands(Store &store, const TransferArea &area)
{
  const Result<QByteArray> blob = TransferSql::geometryBlob(store, area.wkt);
  if (!blob)
    return blob.status();
  const QHash<QString, TransferSql::Village> villages = TransferSql::villages(store);

  QVector<TransferDemand> dangers;
  QHash<QString, qint64> countedAtVillage;
  {
    SqlStatement q(store.handle(),
                   QStringLiteral("SELECT p.code, p.name, %1, p.hazard_type, COALESCE(p.threatened_people, 0), X(p.geom), Y(p.geom), "
                                  "COALESCE(NULLIF(p.responsible_person, ''), p.monitor_person), p.phone "
                                  "FROM hidden_dangers p WHERE p.status <> 'signed_off' AND %2 AND ST_Within(p.geom, ?1)")
                     .arg(TransferSql::villageOf("p"), TransferSql::indexed("hidden_dangers", "p", QStringLiteral("?1"))));
    q.bind(1, blob.value());
    while (q.next()) {
      TransferDemand d;
      d.kind = QStringLiteral("danger");
      d.code = q.text(0);
      d.name = q.text(1);
      d.villageCode = q.text(2);
      d.townshipCode = villages.value(d.villageCode).townshipCode;
      d.riskType = q.text(3);
      d.people = q.int64(4);
      d.lon = q.real(5);
      d.lat = q.real(6);
      d.responsiblePerson = q.text(7);
      d.responsiblePhone = q.text(8);
      if (d.people <= 0)
        continue;
      countedAtVillage[d.villageCode] += d.people;
      dangers << d;
    }
    if (q.hasError())
      return Status::failure(QCoreApplication::translate("onemap::TransferDemands", "%1: cannot read the hidden-danger points in it: %2").arg(area.label, q.error()));
  }
  // Points without a township through their village: the township they lie in.
  for (TransferDemand &d : dangers)
    if (d.townshipCode.isEmpty()) {
      SqlStatement q(store.handle(), QStringLiteral("SELECT %1 FROM hidden_dangers p WHERE p.code = ?1").arg(TransferSql::townshipOf("p")));
      q.bind(1, d.code);
      if (q.next())
        d.townshipCode = q.text(0);
    }

  QVector<TransferDemand> villageDemands;
  {
    // MATERIALIZED: the intersection is computed once per village, not once per use.
    SqlStatement q(store.handle(),
                   QStringLiteral("WITH cut AS MATERIALIZED (SELECT v.code AS code, ST_Area(v.geom) AS whole, ST_Intersection(v.geom, ?1) AS part "
                                  "FROM admin_units v WHERE v.level = 'village' AND %1 AND ST_Intersects(v.geom, ?1)) "
                                  "SELECT code, whole, ST_Area(part), X(ST_PointOnSurface(part)), Y(ST_PointOnSurface(part)) FROM cut")
                     .arg(TransferSql::indexed("admin_units", "v", QStringLiteral("?1"))));
    q.bind(1, blob.value());
    while (q.next()) {
      const QString code = q.text(0);
      const double whole = q.real(1);
      const double part = q.real(2);
      if (!(whole > 0) || !(part > 0))
        continue; // touches the area only along its edge
      const TransferSql::Village v = villages.value(code);
      const double share = std::min(1.0, part / whole);
      const qint64 inside = std::llround(double(v.population) * share);
      TransferDemand d;
      d.kind = QStringLiteral("village");
      d.code = code;
      d.name = v.name;
      d.villageCode = code;
      d.townshipCode = v.townshipCode;
      d.riskType = area.hazard;
      d.people = std::max<qint64>(0, inside - countedAtVillage.value(code));
      d.lon = q.real(3);
      d.lat = q.real(4);
      if (d.people > 0)
        villageDemands << d;
    }
    if (q.hasError())
      return Status::failure(QCoreApplication::translate("onemap::TransferDemands", "%1: cannot read the villages it covers: %2").arg(area.label, q.error()));
  }
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT name, phone FROM responsible_persons WHERE admin_code = ?1 AND role = 'disaster_responsible' "
                                                  "ORDER BY id LIMIT 1"));
    for (TransferDemand &d : villageDemands) {
      q.reset();
      q.bind(1, d.code);
      if (q.next()) {
        d.responsiblePerson = q.text(0);
        d.responsiblePhone = q.text(1);
      }
    }
  }

  std::sort(dangers.begin(), dangers.end(), byPeopleThenCode);
  std::sort(villageDemands.begin(), villageDemands.end(), byPeopleThenCode);
  return dangers + villageDemands;
}

} // namespace onemap
