#include "FireEvents.h"

#include "FireDanger.h"
#include "FireSpread.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace onemap::forestfire {

namespace {

struct Fuel
{
  const char *code;
  double ks;
  const char *label;
};

// 王正非 (1983) Ks, fuel-arrangement correction of the initial spread rate.
const Fuel kFuels[] = {
  {"flat_needles", 0.8, QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "Flat-lying needles (Ks 0.8)")},
  {"litter", 1.2, QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "Dead branches and leaf litter (Ks 1.2)")},
  {"grass", 1.6, QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "Grass and weeds (Ks 1.6)")},
  {"grassland", 2.0, QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "Pasture grassland (Ks 2.0)")},
};
} // namespace

double fuelCoefficient(const QString &fuelType)
{
  for (const Fuel &f : kFuels)
    if (fuelType == QLatin1String(f.code))
      return f.ks;
  return 0;
}

EventKind fireEventKind()
{
  using K = EventParameter::Kind;
  auto number = [](const char *name, const QString &label, double lo, double hi, int decimals, const QString &unit, const QVariant &def) {
    EventParameter p;
    p.name = QString::fromLatin1(name);
    p.label = label;
    p.kind = K::Number;
    p.minimum = lo;
    p.maximum = hi;
    p.decimals = decimals;
    p.unit = unit;
    p.defaultValue = def;
    return p;
  };
  EventKind k;
  k.id = QStringLiteral("fire");
  k.label = QCoreApplication::translate("onemap::ForestfirePlugin", "Forest fire spread");

  EventParameter name;
  name.name = QStringLiteral("name");
  name.label = QCoreApplication::translate("onemap::ForestfirePlugin", "Name");
  name.kind = K::Text;
  name.required = false;
  name.defaultValue = QCoreApplication::translate("onemap::ForestfirePlugin", "Fire");
  k.parameters << name;

  EventParameter lon = number("lon", QCoreApplication::translate("onemap::ForestfirePlugin", "Ignition longitude"), 73, 136, 6, QStringLiteral("°"), QVariant());
  lon.kind = K::Longitude;
  lon.defaultValue = QVariant();
  EventParameter lat = number("lat", QCoreApplication::translate("onemap::ForestfirePlugin", "Ignition latitude"), 3, 54, 6, QStringLiteral("°"), QVariant());
  lat.kind = K::Latitude;
  lat.defaultValue = QVariant();
  k.parameters << lon << lat;

  EventParameter at;
  at.name = QStringLiteral("started_at");
  at.label = QCoreApplication::translate("onemap::ForestfirePlugin", "Time of ignition");
  at.kind = K::DateTime;
  k.parameters << at;

  // Wang Zhengfei's Kw = exp(0.1783 V) was fitted on light to moderate
  // winds; past a force-8 gale (20 m/s) it has no basis.
  k.parameters << number("wind_speed", QCoreApplication::translate("onemap::ForestfirePlugin", "Wind speed"), 0, 20, 1, QStringLiteral("m/s"), 3.0)
               << number("wind_from_deg", QCoreApplication::translate("onemap::ForestfirePlugin", "Wind direction (from)"), 0, 360, 0, QStringLiteral("°"), 225.0)
               << number("duration_h", QCoreApplication::translate("onemap::ForestfirePlugin", "Spread time"), 0.1, 72, 1, QStringLiteral("h"), 6.0);

  EventParameter fuel;
  fuel.name = QStringLiteral("fuel_type");
  fuel.label = QCoreApplication::translate("onemap::ForestfirePlugin", "Fuel");
  fuel.kind = K::Choice;
  for (const Fuel &f : kFuels)
    fuel.choices << QString::fromLatin1(f.code) + QLatin1Char(':') + QCoreApplication::translate("onemap::ForestfirePlugin", f.label);
  fuel.defaultValue = QStringLiteral("litter");
  k.parameters << fuel;

  k.parameters << number("r0_m_per_min", QCoreApplication::translate("onemap::ForestfirePlugin", "Initial spread rate R0 (no wind, flat)"), 0.01, 20, 2, QStringLiteral("m/min"), 0.8);
  return k;
}

namespace {
QString fieldError(const QString &field, const QString &what)
{
  return field + QStringLiteral(": ") + what;
}

// Checks one value against its parameter; the normalised value or an error.
QVariant checked(const EventParameter &p, const QVariant &raw, QString *error)
{
  using K = EventParameter::Kind;
  const QString shown = raw.toString();
  switch (p.kind) {
  case K::Number:
  case K::Longitude:
  case K::Latitude: {
    bool ok = false;
    const double v = raw.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
      *error = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "'%1' is not a number").arg(shown.left(40)));
      return {};
    }
    if (v < p.minimum || v > p.maximum) {
      *error = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "%1 is outside %2..%3 %4").arg(shown.left(40)).arg(p.minimum).arg(p.maximum).arg(p.unit).trimmed());
      return {};
    }
    return v;
  }
  case K::DateTime: {
    QDateTime t = raw.userType() == QMetaType::QDateTime ? raw.toDateTime() : QDateTime::fromString(shown.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
      *error = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "'%1' is not a date and time (ISO 8601, e.g. 2024-03-15T13:40:00+08:00)").arg(shown.left(40)));
      return {};
    }
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate); // Beijing time, as the ledgers keep it
  }
  case K::Choice: {
    for (const QString &c : p.choices)
      if (c.section(QLatin1Char(':'), 0, 0) == shown)
        return shown;
    QStringList codes;
    for (const QString &c : p.choices)
      codes << c.section(QLatin1Char(':'), 0, 0);
    *error = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "'%1' is not one of %2").arg(shown.left(40), codes.join(QStringLiteral(", "))));
    return {};
  }
  case K::Text:
    if (shown.size() > 100) {
      *error = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "longer than 100 characters"));
      return {};
    }
    return shown.trimmed();
  }
  return {};
}
} // namespace

qint64 recordFire(sqlite3 *db, const QVariantMap &values, QString *error)
{
  QString localError;
  QString &err = error ? *error : localError;
  err.clear();
  const EventKind kind = fireEventKind();
  QStringList known;
  for (const EventParameter &p : kind.parameters)
    known << p.name;
  for (auto it = values.cbegin(); it != values.cend(); ++it)
    if (!known.contains(it.key())) {
      err = fieldError(it.key(), QCoreApplication::translate("onemap::ForestfirePlugin", "unknown field"));
      return -1;
    }
  QVariantMap v;
  for (const EventParameter &p : kind.parameters) {
    const QVariant raw = values.value(p.name);
    if (!raw.isValid() || raw.isNull() || raw.toString().trimmed().isEmpty()) {
      if (p.required) {
        err = fieldError(p.name, QCoreApplication::translate("onemap::ForestfirePlugin", "missing"));
        return -1;
      }
      v.insert(p.name, p.defaultValue);
      continue;
    }
    const QVariant c = checked(p, raw, &err);
    if (!err.isEmpty())
      return -1;
    v.insert(p.name, c);
  }
  // 360 and 0 are the same (north) wind; the table keeps 0..<360.
  v.insert(QStringLiteral("wind_from_deg"), std::fmod(v.value(QStringLiteral("wind_from_deg")).toDouble(), 360.0));

  if (const QString e = execSql(db, QStringLiteral("SAVEPOINT fire_event")); !e.isEmpty()) {
    err = e;
    return -1;
  }
  SqlStatement ins(db, QStringLiteral(
    "INSERT INTO fire_events (name, started_at, wind_speed, wind_from_deg, duration_h, fuel_type, r0_m_per_min, source, geom) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, MakePoint(?9, ?10, 4490))"));
  ins.bind(1, v.value(QStringLiteral("name"))).bind(2, v.value(QStringLiteral("started_at")))
    .bind(3, v.value(QStringLiteral("wind_speed"))).bind(4, v.value(QStringLiteral("wind_from_deg")))
    .bind(5, v.value(QStringLiteral("duration_h"))).bind(6, v.value(QStringLiteral("fuel_type")))
    .bind(7, v.value(QStringLiteral("r0_m_per_min"))).bind(8, QStringLiteral("manual"))
    .bind(9, v.value(QStringLiteral("lon"))).bind(10, v.value(QStringLiteral("lat")));
  qint64 id = -1;
  if (ins.exec()) {
    SqlStatement last(db, QStringLiteral("SELECT last_insert_rowid()"));
    id = last.next() ? last.int64(0) : -1;
  } else {
    err = QCoreApplication::translate("onemap::ForestfirePlugin", "fire_events: %1").arg(ins.error());
  }
  if (id < 0) {
    execSql(db, QStringLiteral("ROLLBACK TO fire_event"));
    execSql(db, QStringLiteral("RELEASE fire_event"));
    return -1;
  }
  if (const QString e = execSql(db, QStringLiteral("RELEASE fire_event")); !e.isEmpty()) {
    err = e;
    return -1;
  }
  return id;
}

std::optional<FireEvent> loadFire(sqlite3 *db, qint64 id, QString *error)
{
  SqlStatement q(db, QStringLiteral("SELECT id, name, started_at, fuel_type, X(geom), Y(geom), wind_speed, wind_from_deg, "
                                    "duration_h, r0_m_per_min FROM fire_events WHERE id = ?1 AND geom IS NOT NULL"));
  q.bind(1, id);
  if (!q.next()) {
    if (error)
      *error = q.hasError() ? q.error() : QCoreApplication::translate("onemap::ForestfirePlugin", "fire_events: no fire with id %1").arg(id);
    return std::nullopt;
  }
  FireEvent e;
  e.id = q.int64(0);
  e.name = q.text(1);
  e.startedAt = q.text(2);
  e.fuelType = q.text(3);
  e.lon = q.real(4);
  e.lat = q.real(5);
  e.windSpeed = q.real(6);
  e.windFromDeg = q.real(7);
  e.hours = q.real(8);
  e.r0 = q.real(9);
  return e;
}

namespace {
// Column of the per-township table each kind of object counts in.
enum Column { Villages, People, Posts, Breaks, Dangers, Reserves, Shelters, ColumnCount };
} // namespace

EventImpact fireImpact(sqlite3 *db, qint64 id, QString *error)
{
  EventImpact out;
  const std::optional<FireEvent> fire = loadFire(db, id, error);
  if (!fire)
    return out;
  FireInput in;
  in.lon = fire->lon;
  in.lat = fire->lat;
  in.r0MetresPerMin = fire->r0;
  in.ks = fuelCoefficient(fire->fuelType);
  in.windSpeed = fire->windSpeed;
  in.windFromDeg = fire->windFromDeg;
  in.hours = fire->hours;
  const Result<FireEllipse> e = spread(in);
  if (!e) {
    if (error)
      *error = e.message();
    return out;
  }
  out.areaWkt = ellipseWkt(in, e.value());

  // Villages whose land the fire reaches; points inside it; firebreaks it
  // crosses. Township: the village's parent, the firebreak's own, else the
  // township polygon holding the point.
  const char *kSql = R"SQL(
WITH e AS (SELECT GeomFromText(?1, 4490) AS g),
t AS (SELECT code, geom FROM admin_units WHERE level = 'township')
SELECT 'admin_units', v.id, v.name, COALESCE(v.population, 0), v.parent_code, '' FROM admin_units v, e
 WHERE v.level = 'village' AND ST_Intersects(v.geom, e.g)
UNION ALL
SELECT 'fire_watch_posts', p.id, p.name, 0, p.township_code, '' FROM fire_watch_posts p, e WHERE ST_Within(p.geom, e.g)
UNION ALL
SELECT 'fire_firebreaks', b.id, b.name, 0, b.township_code, b.width_m FROM fire_firebreaks b, e WHERE ST_Intersects(b.geom, e.g)
UNION ALL
SELECT 'hidden_dangers', d.id, d.name, COALESCE(d.threatened_people, 0),
       (SELECT t.code FROM t WHERE ST_Within(d.geom, t.geom) LIMIT 1), d.hazard_type
  FROM hidden_dangers d, e WHERE d.status <> 'signed_off' AND ST_Within(d.geom, e.g)
UNION ALL
SELECT 'reserves', r.id, r.name, 0, (SELECT t.code FROM t WHERE ST_Within(r.geom, t.geom) LIMIT 1), '' FROM reserves r, e
 WHERE ST_Within(r.geom, e.g)
UNION ALL
SELECT 'shelters', s.id, s.name, 0, (SELECT t.code FROM t WHERE ST_Within(s.geom, t.geom) LIMIT 1), '' FROM shelters s, e
 WHERE ST_Within(s.geom, e.g)
)SQL";
  SqlStatement q(db, QString::fromUtf8(kSql));
  q.bind(1, out.areaWkt);
  QMap<QString, QVector<qint64>> byTownship;
  const QString hours = QString::number(fire->hours, 'g', 3);
  while (q.next()) {
    ThreatenedObject o;
    o.table = q.text(0);
    o.id = q.int64(1);
    o.name = q.text(2);
    const qint64 people = q.int64(3);
    QVector<qint64> &row = byTownship[q.text(4)];
    row.resize(ColumnCount);
    if (o.table == QLatin1String("admin_units")) {
      row[Villages] += 1;
      row[People] += people;
      o.rank = 1000.0 + double(people);
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "the fire reaches its land within %1 h; %2 people").arg(hours).arg(people);
    } else if (o.table == QLatin1String("hidden_dangers")) {
      row[Dangers] += 1;
      o.rank = 1000.0 + double(people);
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "hidden danger inside the spread area; %1 people threatened").arg(people);
    } else if (o.table == QLatin1String("shelters")) {
      row[Shelters] += 1;
      o.rank = 3;
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "shelter inside the spread area: do not send people there");
    } else if (o.table == QLatin1String("fire_watch_posts")) {
      row[Posts] += 1;
      o.rank = 2;
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "watch post inside the spread area: withdraw the lookout");
    } else if (o.table == QLatin1String("fire_firebreaks")) {
      row[Breaks] += 1;
      o.rank = 1;
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "the fire reaches this %1 m firebreak: hold the line here").arg(q.real(5));
    } else {
      row[Reserves] += 1;
      o.rank = 0.5;
      o.reason = QCoreApplication::translate("onemap::ForestfirePlugin", "reserve depot inside the spread area: move the stock out");
    }
    out.threatened << o;
  }
  if (q.hasError()) {
    if (error)
      *error = q.error();
    return out;
  }
  std::stable_sort(out.threatened.begin(), out.threatened.end(), [](const ThreatenedObject &a, const ThreatenedObject &b) {
    return a.rank != b.rank ? a.rank > b.rank : (a.table != b.table ? a.table < b.table : a.id < b.id);
  });

  QMap<QString, QString> names;
  SqlStatement t(db, QStringLiteral("SELECT code, name FROM admin_units WHERE level = 'township'"));
  while (t.next())
    names.insert(t.text(0), t.text(1));

  ImpactSection &s = out.section;
  s.title = QCoreApplication::translate("onemap::ForestfirePlugin", "Forest fire spread");
  s.headers = QStringList {QCoreApplication::translate("onemap::ForestfirePlugin", "Township"), QCoreApplication::translate("onemap::ForestfirePlugin", "Villages reached"), QCoreApplication::translate("onemap::ForestfirePlugin", "People"), QCoreApplication::translate("onemap::ForestfirePlugin", "Watch posts"), QCoreApplication::translate("onemap::ForestfirePlugin", "Firebreaks crossed"),
                           QCoreApplication::translate("onemap::ForestfirePlugin", "Hidden dangers"), QCoreApplication::translate("onemap::ForestfirePlugin", "Reserve depots"), QCoreApplication::translate("onemap::ForestfirePlugin", "Shelters")};
  QVector<qint64> total(ColumnCount);
  for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
    QStringList row {names.value(it.key(), it.key().isEmpty() ? QCoreApplication::translate("onemap::ForestfirePlugin", "outside the county") : it.key())};
    for (int c = 0; c < ColumnCount; ++c) {
      row << QString::number(it.value()[c]);
      total[c] += it.value()[c];
    }
    s.rows << row;
  }
  QStringList totalRow {QCoreApplication::translate("onemap::ForestfirePlugin", "Total")};
  for (int c = 0; c < ColumnCount; ++c)
    totalRow << QString::number(total[c]);
  s.rows << totalRow;
  const FireEllipse &f = e.value();
  s.summary = QCoreApplication::translate("onemap::ForestfirePlugin", "%1: in %2 h the head runs %3 m towards %4°, about %5 ha; it reaches %6 villages (%7 people), "
                 "%8 watch posts and %9 firebreaks")
                .arg(fire->name, hours)
                .arg(std::round(f.headRunM))
                .arg(std::round(f.headingDeg))
                .arg(f.areaM2() / 1e4, 0, 'f', 1)
                .arg(total[Villages])
                .arg(total[People])
                .arg(total[Posts])
                .arg(total[Breaks]);
  // The danger of the stand it started in, on its day (class and season).
  SqlStatement stand(db, QStringLiteral("SELECT MIN(danger_class) FROM fire_forest_areas WHERE ST_Within(MakePoint(?1, ?2, 4490), geom)"));
  stand.bind(1, fire->lon).bind(2, fire->lat);
  if (stand.next() && !stand.isNull(0)) {
    const int cls = int(stand.int64(0));
    s.summary += QCoreApplication::translate("onemap::ForestfirePlugin", "; it started in a %1, fire danger %2 that day")
                   .arg(areaClassName(cls), dangerLevelName(dangerLevel(cls, QDate::fromString(fire->startedAt.left(10), Qt::ISODate))));
  }
  return out;
}

} // namespace onemap::forestfire
