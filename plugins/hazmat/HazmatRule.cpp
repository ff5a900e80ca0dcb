#include "HazmatRule.h"

#include "ErgData.h"
#include "ReleaseZone.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace onemap::hazmat {

namespace {

struct Village
{
  qint64 id;
  QString code, name, township, townshipName;
  qint64 population;
  double x, y;
};

struct Hazard
{
  QString table;
  qint64 id = 0;
  QString name, township, detail;
  double x = 0, y = 0;
  double radiusM = 0;
  double sectorDeg = -1;   // downstream direction for ponds, -1 = all around
  QVector<int> villages;   // indices into Assessment::villages
  qint64 people = 0;
};

struct Alarm
{
  QString table;
  qint64 id;
  QString name, unit;
  double value, threshold;
};

struct Assessment
{
  bool applies = false;
  QVector<Village> villages;
  QVector<Hazard> hazards;
  QVector<Alarm> alarms;
};

Assessment assess(sqlite3 *db, qint64 warningId, QString *error)
{
  Assessment a;
  auto fail = [&](const SqlStatement &q) {
    if (error && q.hasError())
      *error = q.error();
  };
  {
    SqlStatement w(db, QStringLiteral("SELECT hazard FROM warnings WHERE id = ?1 AND geom IS NOT NULL"));
    w.bind(1, warningId);
    if (!w.next() || w.text(0) != QLatin1String("hazmat")) {
      fail(w);
      return a;
    }
  }
  a.applies = true;
  {
    SqlStatement v(db, QStringLiteral(
      "SELECT v.id, v.code, v.name, COALESCE(v.parent_code, ''), COALESCE(t.name, ''), COALESCE(v.population, 0), "
      "X(ST_Centroid(v.geom)), Y(ST_Centroid(v.geom)) FROM admin_units v LEFT JOIN admin_units t ON t.code = v.parent_code "
      "WHERE v.level = 'village' AND v.geom IS NOT NULL ORDER BY v.code"));
    while (v.next())
      a.villages << Village {v.int64(0), v.text(1), v.text(2), v.text(3), v.text(4), v.int64(5), v.real(6), v.real(7)};
    fail(v);
  }
  // The township of a point: the village polygon holding it.
  const QString townOf = QStringLiteral(
    "COALESCE((SELECT t.name FROM admin_units v JOIN admin_units t ON t.code = v.parent_code "
    "WHERE v.level = 'village' AND ST_Contains(v.geom, %1.geom) = 1 LIMIT 1), '')");
  {
    SqlStatement s(db, QStringLiteral(
      "SELECT s.id, s.name, s.enterprise, s.un, s.quantity_t, s.grade, X(s.geom), Y(s.geom), %1 "
      "FROM warnings w JOIN hazmat_sources s WHERE w.id = ?1 AND s.geom IS NOT NULL AND ST_Within(s.geom, w.geom) = 1 "
      "ORDER BY s.id").arg(townOf.arg(QStringLiteral("s"))));
    s.bind(1, warningId);
    while (s.next()) {
      const QString un = s.text(3);
      const Result<Distances> d = worstCase(un);
      Hazard h;
      h.table = QStringLiteral("hazmat_sources");
      h.id = s.int64(0);
      h.name = s.text(2) + QStringLiteral(" ") + s.text(1);
      h.township = s.text(8);
      h.x = s.real(6);
      h.y = s.real(7);
      h.radiusM = d ? d.value().protectiveKm * 1000 : 0;
      // The largest distance ERG gives for the substance, whatever the container:
      // conservative for planning, since the release is not known yet.
      h.detail = QCoreApplication::translate("onemap::HazmatPlugin", "major hazard source grade %1, %2 t of %3; villages within %4%5 km (the largest ERG 2024 protective action distance for it)")
                   .arg(s.int64(5)).arg(s.real(4)).arg(substanceLabel(un)).arg(h.radiusM / 1000, 0, 'f', 1)
                   .arg(d && d.value().atLeast ? QStringLiteral("+") : QString());
      a.hazards << h;
    }
    fail(s);
  }
  {
    SqlStatement p(db, QStringLiteral(
      "SELECT p.id, p.name, p.grade, p.dam_height_m, p.capacity_1e4m3, p.downstream_deg, p.influence_km, X(p.geom), Y(p.geom), %1 "
      "FROM warnings w JOIN hazmat_tailings_ponds p WHERE w.id = ?1 AND p.geom IS NOT NULL AND p.status <> 'closed' "
      "AND ST_Within(p.geom, w.geom) = 1 ORDER BY p.id").arg(townOf.arg(QStringLiteral("p"))));
    p.bind(1, warningId);
    while (p.next()) {
      Hazard h;
      h.table = QStringLiteral("hazmat_tailings_ponds");
      h.id = p.int64(0);
      h.name = p.text(1);
      h.township = p.text(9);
      h.x = p.real(7);
      h.y = p.real(8);
      h.radiusM = p.real(6) * 1000;
      h.sectorDeg = p.real(5);
      h.detail = QCoreApplication::translate("onemap::HazmatPlugin", "tailings pond grade %1 (dam %2 m, %3 x 10^4 m3); villages downstream within %4 km")
                   .arg(p.int64(2)).arg(p.real(3)).arg(p.real(4)).arg(p.real(6), 0, 'f', 1);
      a.hazards << h;
    }
    fail(p);
  }
  for (Hazard &h : a.hazards) {
    for (int i = 0; i < a.villages.size(); ++i) {
      double e = 0, n = 0;
      toLocalM(h.x, h.y, a.villages[i].x, a.villages[i].y, e, n);
      if (std::hypot(e, n) > h.radiusM)
        continue;
      if (h.sectorDeg >= 0) {
        const double bearing = std::fmod(std::atan2(e, n) * 180 / M_PI + 360, 360);
        const double diff = std::fabs(std::remainder(bearing - h.sectorDeg, 360.0));
        if (diff > kPondSectorDeg)
          continue;
      }
      h.villages << i;
      h.people += a.villages[i].population;
    }
  }
  {
    SqlStatement s(db, QStringLiteral(
      "SELECT s.id, s.name, s.unit, s.latest_value, s.threshold FROM warnings w JOIN hazmat_sensors s "
      "JOIN hazmat_sources src ON src.id = s.source_id WHERE w.id = ?1 AND src.geom IS NOT NULL "
      "AND ST_Within(src.geom, w.geom) = 1 AND s.latest_value > s.threshold "
      "UNION ALL SELECT st.id, st.name, COALESCE(st.unit, ''), st.latest_value, st.threshold FROM warnings w JOIN stations st "
      "WHERE w.id = ?1 AND st.kind = 'tailings' AND st.geom IS NOT NULL AND ST_Within(st.geom, w.geom) = 1 "
      "AND st.threshold IS NOT NULL AND st.latest_value > st.threshold"));
    s.bind(1, warningId);
    while (s.next()) {
      a.alarms << Alarm {QString(), s.int64(0), s.text(1), s.text(2), s.real(3), s.real(4)};
    }
    fail(s);
  }
  // Which table each alarm is in: the union above lists hazmat_sensors first.
  {
    SqlStatement c(db, QStringLiteral(
      "SELECT COUNT(*) FROM warnings w JOIN hazmat_sensors s JOIN hazmat_sources src ON src.id = s.source_id "
      "WHERE w.id = ?1 AND src.geom IS NOT NULL AND ST_Within(src.geom, w.geom) = 1 AND s.latest_value > s.threshold"));
    c.bind(1, warningId);
    const int sensors = c.next() ? int(c.int64(0)) : 0;
    for (int i = 0; i < a.alarms.size(); ++i)
      a.alarms[i].table = i < sensors ? QStringLiteral("hazmat_sensors") : QStringLiteral("stations");
  }
  return a;
}
} // namespace

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<ThreatenedObject> out;
  const Assessment a = assess(db, warningId, error);
  if (!a.applies)
    return out;
  // A live alarm outranks any head count.
  for (const Alarm &al : a.alarms)
    out << ThreatenedObject {al.table, al.id, al.name,
                             QCoreApplication::translate("onemap::HazmatPlugin", "sensor over threshold: %1 %3 (threshold %2 %3)").arg(al.value).arg(al.threshold).arg(al.unit),
                             1e12 + al.value / al.threshold};
  QHash<int, const Hazard *> nearest; // village -> first hazard that reaches it (largest people first below)
  QVector<const Hazard *> hazards;
  for (const Hazard &h : a.hazards)
    hazards << &h;
  std::stable_sort(hazards.begin(), hazards.end(), [](const Hazard *x, const Hazard *y) { return x->people > y->people; });
  for (const Hazard *h : hazards) {
    out << ThreatenedObject {h->table, h->id, h->name,
                             QCoreApplication::translate("onemap::HazmatPlugin", "%1: %n village(s), %2 people", nullptr, h->villages.size())
                               .arg(h->detail).arg(h->people),
                             double(h->people)};
    for (int v : h->villages)
      if (!nearest.contains(v))
        nearest.insert(v, h);
  }
  for (auto it = nearest.cbegin(); it != nearest.cend(); ++it) {
    const Village &v = a.villages.at(it.key());
    out << ThreatenedObject {QStringLiteral("admin_units"), v.id, v.name,
                             QCoreApplication::translate("onemap::HazmatPlugin", "%1 people within the protective distance of %2").arg(v.population).arg(it.value()->name),
                             double(v.population)};
  }
  std::stable_sort(out.begin(), out.end(), [](const ThreatenedObject &x, const ThreatenedObject &y) {
    return x.rank != y.rank ? x.rank > y.rank : (x.table != y.table ? x.table < y.table : x.id < y.id);
  });
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  ImpactSection s;
  QString error;
  const Assessment a = assess(db, warningId, &error);
  if (!a.applies || (a.hazards.isEmpty() && a.alarms.isEmpty()))
    return s;
  s.title = QCoreApplication::translate("onemap::HazmatPlugin", "Hazardous chemicals and tailings ponds");
  s.headers = QStringList {QCoreApplication::translate("onemap::HazmatPlugin", "Township"), QCoreApplication::translate("onemap::HazmatPlugin", "Hazard sources"), QCoreApplication::translate("onemap::HazmatPlugin", "Tailings ponds"), QCoreApplication::translate("onemap::HazmatPlugin", "Villages threatened"), QCoreApplication::translate("onemap::HazmatPlugin", "People")};
  // Villages count once, in the township they belong to.
  struct Row { int sources = 0, ponds = 0; QSet<int> villages; qint64 people = 0; };
  QMap<QString, Row> rows;
  QSet<int> all;
  for (const Hazard &h : a.hazards) {
    Row &r = rows[h.township];
    (h.table == QLatin1String("hazmat_sources") ? r.sources : r.ponds) += 1;
    for (int v : h.villages)
      all.insert(v);
  }
  for (int v : all) {
    Row &r = rows[a.villages.at(v).townshipName];
    r.villages.insert(v);
    r.people += a.villages.at(v).population;
  }
  Row total;
  for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
    s.rows << QStringList {it.key().isEmpty() ? QCoreApplication::translate("onemap::HazmatPlugin", "(outside the villages)") : it.key(), QString::number(it->sources),
                           QString::number(it->ponds), QString::number(it->villages.size()), QString::number(it->people)};
    total.sources += it->sources;
    total.ponds += it->ponds;
    total.people += it->people;
  }
  s.rows << QStringList {QCoreApplication::translate("onemap::HazmatPlugin", "Total"), QString::number(total.sources), QString::number(total.ponds), QString::number(all.size()),
                         QString::number(total.people)};
  s.summary = QCoreApplication::translate("onemap::HazmatPlugin", "%1 hazard sources and %2 tailings ponds in the warning area, %3 sensors over threshold; %4 people in %5 villages within their protective distances")
                .arg(total.sources).arg(total.ponds).arg(a.alarms.size()).arg(total.people).arg(all.size());
  return s;
}

} // namespace onemap::hazmat
