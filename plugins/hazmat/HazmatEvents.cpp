#include "HazmatEvents.h"

#include "ErgData.h"
#include "ReleaseZone.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <cmath>
#include <sqlite3.h>

namespace onemap::hazmat {

namespace {

const QString kRelease = QStringLiteral("release");

EventParameter number(const char *name, const char *label, double min, double max, int decimals, const QString &unit,
                      const QVariant &def, bool required)
{
  EventParameter p;
  p.name = QString::fromLatin1(name);
  p.label = QCoreApplication::translate("onemap::HazmatPlugin", label);
  p.kind = EventParameter::Kind::Number;
  p.minimum = min;
  p.maximum = max;
  p.decimals = decimals;
  p.unit = unit;
  p.defaultValue = def;
  p.required = required;
  return p;
}

EventParameter choice(const char *name, const char *label, const QStringList &choices, const QVariant &def, bool required)
{
  EventParameter p;
  p.name = QString::fromLatin1(name);
  p.label = QCoreApplication::translate("onemap::HazmatPlugin", label);
  p.kind = EventParameter::Kind::Choice;
  p.choices = choices;
  p.defaultValue = def;
  p.required = required;
  return p;
}

QStringList choiceValues(const EventParameter &p)
{
  QStringList v;
  for (const QString &c : p.choices)
    v << c.section(QLatin1Char(':'), 0, 0);
  return v;
}

bool present(const QVariantMap &values, const QString &name)
{
  const QVariant v = values.value(name);
  return v.isValid() && !v.isNull() && !v.toString().trimmed().isEmpty();
}
} // namespace

QVector<EventKind> eventKinds()
{
  QStringList substances;
  for (const Substance &s : ergData().table1.substances())
    substances << QStringLiteral("%1:UN%1 %2 %3").arg(s.un, s.nameZh, s.nameEn);
  QStringList containers;
  for (const auto &c : containerCodes())
    containers << c.first + QLatin1Char(':') + QCoreApplication::translate("onemap::HazmatPlugin", c.second.toLatin1().constData());
  EventKind k;
  k.id = kRelease;
  k.label = QCoreApplication::translate("onemap::HazmatPlugin", "Hazardous chemical release");
  EventParameter src = number("source_id", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Major hazard source (id; or give the point)"), 1, 1e9, 0, {}, {}, false);
  EventParameter lon;
  lon.name = QStringLiteral("longitude");
  lon.label = QCoreApplication::translate("onemap::HazmatPlugin", "Longitude");
  lon.kind = EventParameter::Kind::Longitude;
  lon.minimum = 73;
  lon.maximum = 136;
  lon.decimals = 6;
  lon.unit = QStringLiteral("°");
  lon.required = false;
  EventParameter lat = lon;
  lat.name = QStringLiteral("latitude");
  lat.label = QCoreApplication::translate("onemap::HazmatPlugin", "Latitude");
  lat.kind = EventParameter::Kind::Latitude;
  lat.minimum = 3;
  lat.maximum = 54;
  EventParameter when;
  when.name = QStringLiteral("occurred_at");
  when.label = QCoreApplication::translate("onemap::HazmatPlugin", "Time of release");
  when.kind = EventParameter::Kind::DateTime;
  k.parameters = {
    src, lon, lat,
    choice("un", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Substance (UN number)"), substances, substances.isEmpty() ? QVariant() : QVariant(substances.first().section(QLatin1Char(':'), 0, 0)), true),
    choice("spill", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Spill size"),
           {QStringLiteral("small:") + QCoreApplication::translate("onemap::HazmatPlugin", "Small (less than 208 L)"), QStringLiteral("large:") + QCoreApplication::translate("onemap::HazmatPlugin", "Large (more than 208 L)")},
           QStringLiteral("small"), true),
    choice("period", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Day or night"),
           {QStringLiteral("day:") + QCoreApplication::translate("onemap::HazmatPlugin", "Day (sunrise to sunset)"), QStringLiteral("night:") + QCoreApplication::translate("onemap::HazmatPlugin", "Night")}, QStringLiteral("day"), true),
    choice("container", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Container (large spills of Table 3 gases)"), containers, {}, false),
    number("wind_from_deg", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Wind from"), 0, 360, 0, QStringLiteral("°"), 0.0, true),
    number("wind_speed", QT_TRANSLATE_NOOP("onemap::HazmatPlugin", "Wind speed"), 0, 60, 1, QStringLiteral("m/s"), 3.0, true),
    when,
  };
  return {k};
}

qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error)
{
  if (error)
    error->clear();
  auto fail = [&](const QString &e) {
    if (error)
      *error = e;
    return qint64(-1);
  };
  if (kind != kRelease)
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "kind: '%1' is not an event of this plugin (release)").arg(kind));
  const EventKind k = eventKinds().first();
  QMap<QString, EventParameter> params;
  for (const EventParameter &p : k.parameters)
    params.insert(p.name, p);
  for (auto it = values.cbegin(); it != values.cend(); ++it)
    if (!params.contains(it.key()))
      return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: not a parameter of a release").arg(it.key()));

  QVariantMap v; // validated values
  for (const EventParameter &p : k.parameters) {
    if (!present(values, p.name)) {
      if (p.required)
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: required").arg(p.name));
      continue;
    }
    const QVariant raw = values.value(p.name);
    switch (p.kind) {
    case EventParameter::Kind::Number:
    case EventParameter::Kind::Longitude:
    case EventParameter::Kind::Latitude: {
      bool ok = false;
      const double x = raw.toString().trimmed().toDouble(&ok);
      if (!ok || !std::isfinite(x))
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: '%2' is not a number").arg(p.name, raw.toString()));
      if (x < p.minimum || x > p.maximum)
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: %2 is outside %3..%4 %5").arg(p.name).arg(x).arg(p.minimum).arg(p.maximum).arg(p.unit).trimmed());
      if (p.decimals == 0 && p.name == QLatin1String("source_id") && x != std::floor(x))
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: %2 is not a whole number").arg(p.name).arg(x));
      v.insert(p.name, x);
      break;
    }
    case EventParameter::Kind::Choice: {
      const QString s = raw.toString().trimmed();
      if (!choiceValues(p).contains(s))
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: '%2' is not one of %3").arg(p.name, s, choiceValues(p).join(QStringLiteral(", "))));
      v.insert(p.name, s);
      break;
    }
    case EventParameter::Kind::DateTime: {
      const QDateTime t = raw.userType() == QMetaType::QDateTime ? raw.toDateTime() : QDateTime::fromString(raw.toString().trimmed(), Qt::ISODate);
      if (!t.isValid())
        return fail(QCoreApplication::translate("onemap::HazmatPlugin", "%1: '%2' is not an ISO 8601 date and time").arg(p.name, raw.toString()));
      v.insert(p.name, t.toString(Qt::ISODateWithMs));
      break;
    }
    case EventParameter::Kind::Text:
      v.insert(p.name, raw.toString().trimmed());
      break;
    }
  }

  // Where: a source, or a point; not both, not neither.
  const bool hasSource = v.contains(QStringLiteral("source_id"));
  const bool hasLon = v.contains(QStringLiteral("longitude")), hasLat = v.contains(QStringLiteral("latitude"));
  if (hasSource && (hasLon || hasLat))
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "source_id: give a source or a point, not both"));
  if (!hasSource && !(hasLon && hasLat))
    return fail(hasLon ? QCoreApplication::translate("onemap::HazmatPlugin", "latitude: required with longitude") : hasLat ? QCoreApplication::translate("onemap::HazmatPlugin", "longitude: required with latitude")
                       : QCoreApplication::translate("onemap::HazmatPlugin", "source_id: give a source or the longitude and latitude of the release"));
  double lon = v.value(QStringLiteral("longitude")).toDouble(), lat = v.value(QStringLiteral("latitude")).toDouble();
  if (hasSource) {
    SqlStatement s(db, QStringLiteral("SELECT X(geom), Y(geom) FROM hazmat_sources WHERE id = ?1 AND geom IS NOT NULL"));
    s.bind(1, qint64(v.value(QStringLiteral("source_id")).toDouble()));
    if (!s.next())
      return fail(s.hasError() ? s.error() : QCoreApplication::translate("onemap::HazmatPlugin", "source_id: no major hazard source %1").arg(v.value(QStringLiteral("source_id")).toLongLong()));
    lon = s.real(0);
    lat = s.real(1);
  }
  // A large spill of a Table 3 gas needs its container; others must not name one.
  const QString un = v.value(QStringLiteral("un")).toString();
  const bool large = v.value(QStringLiteral("spill")).toString() == QLatin1String("large");
  const bool table3 = large && ergData().table1.largeInTable3(un);
  const QString container = v.value(QStringLiteral("container")).toString();
  if (table3 && container.isEmpty())
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "container: a large spill of UN%1 needs the container (ERG 2024 Table 3: %2)")
                  .arg(un, ergData().table3.containers(un).join(QStringLiteral(", "))));
  if (table3 && !ergData().table3.containers(un).contains(container))
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "container: ERG 2024 Table 3 has no '%1' row for UN%2 (listed: %3)")
                  .arg(container, un, ergData().table3.containers(un).join(QStringLiteral(", "))));
  if (!table3 && !container.isEmpty())
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "container: only large spills of the Table 3 gases take a container"));

  if (sqlite3_exec(db, "SAVEPOINT hazmat_release", nullptr, nullptr, nullptr) != SQLITE_OK)
    return fail(QString::fromUtf8(sqlite3_errmsg(db)));
  SqlStatement ins(db, QStringLiteral(
    "INSERT INTO hazmat_releases (source_id, un, spill, period, container, wind_from_deg, wind_speed_ms, occurred_at, geom) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, MakePoint(?9, ?10, 4490))"));
  ins.bind(1, hasSource ? QVariant(qint64(v.value(QStringLiteral("source_id")).toDouble())) : QVariant())
    .bind(2, un).bind(3, v.value(QStringLiteral("spill"))).bind(4, v.value(QStringLiteral("period")))
    .bind(5, container.isEmpty() ? QVariant() : QVariant(container))
    .bind(6, v.value(QStringLiteral("wind_from_deg"))).bind(7, v.value(QStringLiteral("wind_speed")))
    .bind(8, v.value(QStringLiteral("occurred_at"))).bind(9, lon).bind(10, lat);
  if (!ins.exec()) {
    const QString e = ins.error();
    sqlite3_exec(db, "ROLLBACK TO hazmat_release; RELEASE hazmat_release", nullptr, nullptr, nullptr);
    return fail(e);
  }
  const qint64 id = sqlite3_last_insert_rowid(db);
  sqlite3_exec(db, "RELEASE hazmat_release", nullptr, nullptr, nullptr);
  return id;
}

EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error)
{
  if (error)
    error->clear();
  EventImpact out;
  auto fail = [&](const QString &e) {
    if (error)
      *error = e;
    return EventImpact();
  };
  if (kind != kRelease)
    return fail(QCoreApplication::translate("onemap::HazmatPlugin", "kind: '%1' is not an event of this plugin (release)").arg(kind));
  SqlStatement q(db, QStringLiteral(
    "SELECT r.un, r.spill, r.period, COALESCE(r.container, ''), r.wind_from_deg, r.wind_speed_ms, X(r.geom), Y(r.geom), "
    "r.occurred_at, COALESCE(s.enterprise || ' ' || s.name, '') FROM hazmat_releases r LEFT JOIN hazmat_sources s ON s.id = r.source_id "
    "WHERE r.id = ?1"));
  q.bind(1, eventId);
  if (!q.next())
    return fail(q.hasError() ? q.error() : QCoreApplication::translate("onemap::HazmatPlugin", "no release %1").arg(eventId));
  const QString un = q.text(0), container = q.text(3), where = q.text(9);
  const Spill spill = q.text(1) == QLatin1String("large") ? Spill::Large : Spill::Small;
  const Period period = q.text(2) == QLatin1String("night") ? Period::Night : Period::Day;
  const ErgData &erg = ergData();
  if (!erg.error.isEmpty())
    return fail(erg.error);
  const Result<Distances> d = spill == Spill::Large && erg.table1.largeInTable3(un)
                                ? erg.table3.lookup(un, container, period, windClass(q.real(5)))
                                : erg.table1.lookup(un, spill, period);
  if (!d)
    return fail(d.message());
  ReleaseZone z;
  z.lon = q.real(6);
  z.lat = q.real(7);
  z.windFromDeg = q.real(4);
  z.isolationM = d.value().isolationM;
  z.protectiveM = d.value().protectiveKm * 1000;
  const Result<QString> area = zoneWkt(db, z);
  if (!area)
    return fail(area.message());
  const Result<QVector<VillageShare>> villages = villagesInArea(db, area.value());
  if (!villages)
    return fail(villages.message());
  out.areaWkt = area.value();

  struct Town { QString name; int villages = 0; double people = 0, households = 0; };
  QMap<QString, Town> towns;
  double people = 0, households = 0;
  for (const VillageShare &v : villages.value()) {
    Town &t = towns[v.townshipCode];
    t.name = v.townshipName;
    t.villages += 1;
    t.people += v.people();
    t.households += v.householdsInside();
    people += v.people();
    households += v.householdsInside();
    out.threatened << ThreatenedObject {QStringLiteral("admin_units"), v.id, v.name,
                                        QCoreApplication::translate("onemap::HazmatPlugin", "%1 % of the village in the isolation or protective action zone: about %2 of %3 people")
                                          .arg(v.fraction * 100, 0, 'f', 0).arg(std::round(v.people())).arg(v.population),
                                        v.people()};
  }
  // Other hazards inside the area: a release can reach a neighbouring source.
  SqlStatement inside(db, QStringLiteral(
    "SELECT 'hazmat_sources', id, enterprise || ' ' || name FROM hazmat_sources WHERE geom IS NOT NULL "
    "AND ST_Within(geom, GeomFromText(?1, 4490)) = 1 UNION ALL "
    "SELECT 'hazmat_tailings_ponds', id, name FROM hazmat_tailings_ponds WHERE geom IS NOT NULL "
    "AND ST_Within(geom, GeomFromText(?1, 4490)) = 1"));
  inside.bind(1, out.areaWkt);
  while (inside.next())
    out.threatened << ThreatenedObject {inside.text(0), inside.int64(1), inside.text(2), QCoreApplication::translate("onemap::HazmatPlugin", "inside the release area"), 1e9};
  std::stable_sort(out.threatened.begin(), out.threatened.end(),
                   [](const ThreatenedObject &a, const ThreatenedObject &b) { return a.rank > b.rank; });

  const QString dist = QCoreApplication::translate("onemap::HazmatPlugin", "isolate %1 m in all directions, protect %2%3 km downwind (%4)")
                         .arg(z.isolationM).arg(d.value().protectiveKm).arg(d.value().atLeast ? QStringLiteral("+") : QString())
                         .arg(d.value().source);
  out.section.title = QCoreApplication::translate("onemap::HazmatPlugin", "Release of %1").arg(substanceLabel(un));
  out.section.headers = QStringList {QCoreApplication::translate("onemap::HazmatPlugin", "Township"), QCoreApplication::translate("onemap::HazmatPlugin", "Villages"), QCoreApplication::translate("onemap::HazmatPlugin", "People"), QCoreApplication::translate("onemap::HazmatPlugin", "Households")};
  for (const Town &t : towns)
    out.section.rows << QStringList {t.name, QString::number(t.villages), QString::number(std::llround(t.people)),
                                     QString::number(std::llround(t.households))};
  out.section.rows << QStringList {QCoreApplication::translate("onemap::HazmatPlugin", "Total"), QString::number(villages.value().size()), QString::number(std::llround(people)),
                                   QString::number(std::llround(households))};
  out.section.summary = QCoreApplication::translate("onemap::HazmatPlugin", "%1%2: %3; about %4 people in %5 households live in the zone (wind from %6°)")
                          .arg(substanceLabel(un), where.isEmpty() ? QString() : QStringLiteral(" @ ") + where, dist)
                          .arg(std::llround(people)).arg(std::llround(households)).arg(z.windFromDeg);
  return out;
}

} // namespace onemap::hazmat
