#include "DroughtSample.h"

#include "DrinkingWaterModel.h"
#include "VillageSupply.h"
#include "sample/Lcg.h"
#include "store/SqlStatement.h"

#include <QMap>
#include <sqlite3.h>
#include <QVector>
#include <algorithm>
#include <cmath>

namespace onemap::drought {

QString sampleDate() { return QStringLiteral("2024-04-20"); }

namespace {

struct Village
{
  QString code, name, township;
  qint64 population;
  double x, y;          // a point inside the village
  bool riverInside;     // the nearest river runs through the village
  double rx, ry;        // the river point nearest to (x, y)
};

// Each village's interior point.
const char *kVillages = R"SQL(
SELECT code, name, parent_code, COALESCE(population, 0), X(ST_PointOnSurface(geom)), Y(ST_PointOnSurface(geom))
FROM admin_units WHERE level = 'village' AND geom IS NOT NULL
ORDER BY code
)SQL";

// The river point nearest to a village's interior point, and whether it lies
// in the village (a river intake is only drawn where a river crosses it).
const char *kNearestRiver = R"SQL(
SELECT ST_Within(ST_ClosestPoint(r.geom, MakePoint(?1, ?2, 4490)), (SELECT geom FROM admin_units WHERE code = ?3)),
       X(ST_ClosestPoint(r.geom, MakePoint(?1, ?2, 4490))), Y(ST_ClosestPoint(r.geom, MakePoint(?1, ?2, 4490)))
FROM rivers r WHERE r.geom IS NOT NULL
ORDER BY ST_Distance(r.geom, MakePoint(?1, ?2, 4490)) LIMIT 1
)SQL";

const char *kTownships = R"SQL(
SELECT code, name, X(ST_PointOnSurface(geom)), Y(ST_PointOnSurface(geom))
FROM admin_units WHERE level = 'township' AND geom IS NOT NULL ORDER BY code
)SQL";

const char *kInsertSource = R"SQL(
INSERT INTO drought_water_sources (code, name, kind, admin_code, design_m3_day, supply_ratio, storage_pct, updated_at, note, geom)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, MakePoint(?10, ?11, 4490))
)SQL";

const char *kInsertLink = "INSERT INTO drought_source_villages (source_id, village_code, people) VALUES (?1, ?2, ?3)";

const char *kInsertLevel = R"SQL(
INSERT INTO drought_levels (admin_code, level, assessed_on, basis, indicator, source, geom)
SELECT ?1, ?2, ?3, 'drinking_water', ?4, ?5, CastToMultiPolygon(geom) FROM admin_units WHERE code = ?1
)SQL";

// Reservoir names of the kind Yunnan counties give them, one per township.
const char *const kReservoirNames[] = {"龙潭", "大坝", "清水河", "白石岩", "黑龙潭", "石门",
                                       "团结", "红旗", "东风", "青山", "长冲", "梨园"};

struct LocalKind
{
  const char *code;
  const char *suffix;
  bool hasStorage;
};
const LocalKind kPond {"pond", "山塘", true};
const LocalKind kWell {"well", "机井", false};
const LocalKind kSpring {"spring", "泉点", false};
const LocalKind kIntake {"river_intake", "河道取水点", false};

double roundUp(double v, double step) { return std::ceil(v / step - 1e-9) * step; }

} // namespace

QString writeDroughtSample(sqlite3 *db, quint64 seed)
{
  QVector<Village> villages;
  {
    SqlStatement q(db, QString::fromUtf8(kVillages));
    while (q.next())
      villages << Village {q.text(0), q.text(1), q.text(2), q.int64(3), q.real(4), q.real(5), false, 0, 0};
    if (q.hasError())
      return q.error();
    SqlStatement r(db, QString::fromUtf8(kNearestRiver));
    for (Village &v : villages) {
      r.reset();
      r.bind(1, v.x).bind(2, v.y).bind(3, v.code);
      if (r.next()) {
        v.riverInside = r.int64(0) == 1;
        v.rx = r.real(1);
        v.ry = r.real(2);
      }
      if (r.hasError())
        return r.error();
    }
  }
  struct Township { QString code, name; double x, y; };
  QVector<Township> townships;
  {
    SqlStatement q(db, QString::fromUtf8(kTownships));
    while (q.next())
      townships << Township {q.text(0), q.text(1), q.real(2), q.real(3)};
    if (q.hasError())
      return q.error();
  }
  if (villages.isEmpty() || townships.isEmpty())
    return QStringLiteral("drought sample: no villages or townships with geometry");

  // Four townships are dry, from hard hit (reservoir at 30 % of its design
  // supply) to slightly (75 %); the others draw normally.
  const int n = townships.size();
  QMap<QString, double> dryness;
  const double severities[] = {0.30, 0.45, 0.60, 0.75};
  for (int k = 0; k < 4 && k < n; ++k)
    dryness.insert(townships.at(int((seed + quint64(k) * 3) % quint64(n))).code, severities[k]);

  Lcg rng {seed ^ 0x64726F756768ULL};
  const QString updated = sampleDate() + QStringLiteral("T08:00:00+08:00");
  SqlStatement source(db, QString::fromUtf8(kInsertSource));
  SqlStatement link(db, QString::fromUtf8(kInsertLink));
  if (source.hasError() || link.hasError())
    return source.hasError() ? source.error() : link.error();
  int serial = 0;
  QString error;
  auto addSource = [&](const QString &name, const char *kind, const QString &admin, double design, double ratio, bool storage,
                       double x, double y) -> qint64 {
    ratio = std::clamp(std::round(ratio * 100) / 100, 0.0, 1.0);
    source.reset();
    source.bind(1, QStringLiteral("DS%1").arg(++serial, 4, 10, QLatin1Char('0')))
      .bind(2, name).bind(3, QString::fromLatin1(kind)).bind(4, admin).bind(5, design).bind(6, ratio)
      .bind(7, storage ? QVariant(std::min(100.0, std::round(ratio * 900) / 10)) : QVariant())
      .bind(8, updated).bind(9, QStringLiteral("样例数据")).bind(10, x).bind(11, y);
    if (!source.exec()) {
      error = source.error();
      return -1;
    }
    return sqlite3_last_insert_rowid(db);
  };
  auto addLink = [&](qint64 sourceId, const QString &village, qint64 people) {
    if (people <= 0)
      return true;
    link.reset();
    link.bind(1, sourceId).bind(2, village).bind(3, people);
    if (!link.exec())
      error = link.error();
    return error.isEmpty();
  };

  for (int ti = 0; ti < n; ++ti) {
    const Township &t = townships.at(ti);
    const double dry = dryness.value(t.code, 0.0);
    const bool isDry = dry > 0;
    QVector<const Village *> mine;
    for (const Village &v : villages)
      if (v.township == t.code)
        mine << &v;
    if (mine.isEmpty())
      continue;

    // The township's reservoir feeds its 社区 and the first third of its
    // villages through the piped scheme: 70 % of their people drink from it.
    QVector<const Village *> piped;
    for (int i = 0; i < mine.size(); ++i)
      if (mine.at(i)->name.endsWith(QStringLiteral("社区")) || i < (mine.size() + 2) / 3)
        piped << mine.at(i);
    qint64 pipedPeople = 0;
    for (const Village *v : piped)
      pipedPeople += v->population * 7 / 10;
    // Designed with a quarter in hand over the 35 L norm (T/CHES 18-2018).
    const double reservoirDesign = roundUp(double(pipedPeople) * kNormLitresPerPersonDay * 1.25 / 1000.0, 10);
    const double reservoirRatio = isDry ? dry : 0.92 + 0.08 * rng.next();
    // On the nearest river where one crosses the first piped village, else at its centre.
    const Village *site = piped.first();
    const double rx = site->riverInside ? site->rx : site->x, ry = site->riverInside ? site->ry : site->y;
    const qint64 reservoir = addSource(QString::fromUtf8(kReservoirNames[ti % 12]) + QStringLiteral("水库"), "reservoir", site->code,
                                       std::max(10.0, reservoirDesign), reservoirRatio, true, rx, ry);
    if (reservoir < 0)
      return error;
    for (const Village *v : piped)
      if (!addLink(reservoir, v->code, v->population * 7 / 10))
        return error;

    // Every village also has its own source for the rest of its people.
    for (int i = 0; i < mine.size(); ++i) {
      const Village *v = mine.at(i);
      const bool isPiped = piped.contains(v);
      const qint64 people = isPiped ? v->population - v->population * 7 / 10 : v->population;
      if (people <= 0)
        continue;
      const LocalKind &kind = v->riverInside && i % 2 == 1 ? kIntake : (i % 3 == 0 ? kWell : (i % 3 == 1 ? kPond : kSpring));
      const double design = roundUp(double(people) * kNormLitresPerPersonDay * (1.1 + 0.4 * rng.next()) / 1000.0, 0.5);
      // Wells draw on groundwater and hold up better than ponds, springs and streams.
      double ratio = 0.92 + 0.08 * rng.next();
      if (isDry)
        ratio = &kind == &kWell ? dry + 0.35 : dry * (0.8 + 0.4 * rng.next());
      const bool atRiver = &kind == &kIntake;
      const double x = atRiver ? v->rx : v->x + (rng.next() - 0.5) * 0.001;
      const double y = atRiver ? v->ry : v->y + (rng.next() - 0.5) * 0.001;
      const qint64 id = addSource(v->name + QString::fromUtf8(kind.suffix), kind.code, v->code, std::max(0.5, design), ratio,
                                  kind.hasStorage, x, y);
      if (id < 0 || !addLink(id, v->code, people))
        return error;
    }
  }

  // The day's drought level per township, from the share of its people short
  // of drinking water (国家防汛抗旱应急预案 干旱等级, see DrinkingWaterModel.h).
  const Result<QVector<VillageSupply>> supplies = allVillageSupplies(db);
  if (!supplies)
    return supplies.message();
  QMap<QString, std::pair<qint64, qint64>> byTownship; // short, population
  for (const VillageSupply &v : supplies.value()) {
    byTownship[v.townshipCode].first += v.balance.peopleShort;
    byTownship[v.townshipCode].second += v.balance.population;
  }
  SqlStatement level(db, QString::fromUtf8(kInsertLevel));
  for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
    const double share = it.value().second > 0 ? double(it.value().first) / double(it.value().second) : 0;
    const DroughtLevel l = levelForShortShare(share);
    if (l == DroughtLevel::None)
      continue;
    level.reset();
    level.bind(1, it.key()).bind(2, levelCode(l)).bind(3, sampleDate()).bind(4, std::round(share * 1000) / 10)
      .bind(5, QStringLiteral("样例：县水务局按因旱饮水困难人口比例评定（国家防汛抗旱应急预案 干旱等级）"));
    if (!level.exec())
      return level.error();
  }
  return {};
}

} // namespace onemap::drought
