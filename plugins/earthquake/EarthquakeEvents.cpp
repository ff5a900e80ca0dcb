#include "EarthquakeEvents.h"

#include "EarthquakeRule.h"
#include "QuakeEvents.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace onemap::earthquake {

namespace {
const QString kQuake = QStringLiteral("quake");


EventParameter number(const QString &name, const QString &label, EventParameter::Kind kind, double min, double max, int decimals,
                      const QString &unit, const QVariant &value)
{
  EventParameter p;
  p.name = name;
  p.label = label;
  p.kind = kind;
  p.minimum = min;
  p.maximum = max;
  p.decimals = decimals;
  p.unit = unit;
  p.defaultValue = value;
  return p;
}

// A number in range, or an error naming the field ("magnitude: 9 is outside 4.0..8.5 Ms").
bool readNumber(const QVariantMap &values, const EventParameter &p, double *out, QString *error)
{
  const QVariant v = values.value(p.name);
  if (!v.isValid() || v.toString().trimmed().isEmpty()) {
    *error = QStringLiteral("%1: %2").arg(p.name, QCoreApplication::translate("onemap::EarthquakePlugin", "a value is required"));
    return false;
  }
  bool ok = false;
  const double d = v.toString().trimmed().toDouble(&ok);
  if (!ok || !std::isfinite(d)) {
    *error = QStringLiteral("%1: %2").arg(p.name, QCoreApplication::translate("onemap::EarthquakePlugin", "%1 is not a number").arg(v.toString()));
    return false;
  }
  if (d < p.minimum || d > p.maximum) {
    *error = QStringLiteral("%1: %2").arg(p.name, QCoreApplication::translate("onemap::EarthquakePlugin", "%1 is outside %2..%3 %4")
                                                  .arg(v.toString())
                                                  .arg(p.minimum, 0, 'f', p.decimals)
                                                  .arg(p.maximum, 0, 'f', p.decimals)
                                                  .arg(p.unit)
                                                  .trimmed());
    return false;
  }
  *out = d;
  return true;
}
} // namespace

QVector<EventKind> eventKinds()
{
  EventKind k;
  k.id = kQuake;
  k.label = QCoreApplication::translate("onemap::EarthquakePlugin", "Earthquake");
  k.parameters << number(QStringLiteral("lon"), QCoreApplication::translate("onemap::EarthquakePlugin", "Epicentre longitude"), EventParameter::Kind::Longitude, 73, 136, 4, QStringLiteral("°"), {})
               << number(QStringLiteral("lat"), QCoreApplication::translate("onemap::EarthquakePlugin", "Epicentre latitude"), EventParameter::Kind::Latitude, 3, 54, 4, QStringLiteral("°"), {})
               << number(QStringLiteral("magnitude"), QCoreApplication::translate("onemap::EarthquakePlugin", "Magnitude"), EventParameter::Kind::Number, kMinMagnitude, kMaxMagnitude, 1, QStringLiteral("Ms"), 5.0)
               << number(QStringLiteral("depth_km"), QCoreApplication::translate("onemap::EarthquakePlugin", "Focal depth"), EventParameter::Kind::Number, 0, kMaxDepthKm, 0, QStringLiteral("km"), 10);
  EventParameter time;
  time.name = QStringLiteral("occurred_at");
  time.label = QCoreApplication::translate("onemap::EarthquakePlugin", "Origin time");
  time.kind = EventParameter::Kind::DateTime;
  k.parameters << time;
  EventParameter place;
  place.name = QStringLiteral("place");
  place.label = QCoreApplication::translate("onemap::EarthquakePlugin", "Place");
  place.kind = EventParameter::Kind::Text;
  k.parameters << place;
  return {k};
}

qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error)
{
  QString why;
  auto fail = [&](const QString &text) {
    if (error)
      *error = text;
    return qint64(-1);
  };
  if (kind != kQuake)
    return fail(QStringLiteral("kind: %1").arg(QCoreApplication::translate("onemap::EarthquakePlugin", "unknown event kind %1").arg(kind)));
  const QVector<EventParameter> params = eventKinds().first().parameters;
  double lon = 0, lat = 0, magnitude = 0, depth = 0;
  if (!readNumber(values, params[0], &lon, &why) || !readNumber(values, params[1], &lat, &why)
      || !readNumber(values, params[2], &magnitude, &why) || !readNumber(values, params[3], &depth, &why))
    return fail(why);
  const QVariant t = values.value(QStringLiteral("occurred_at"));
  QDateTime when = t.userType() == QMetaType::QDateTime ? t.toDateTime() : QDateTime::fromString(t.toString().trimmed(), Qt::ISODate);
  if (!when.isValid())
    return fail(QStringLiteral("occurred_at: %1").arg(QCoreApplication::translate("onemap::EarthquakePlugin", "%1 is not a date and time (YYYY-MM-DDTHH:MM)").arg(t.toString())));
  const QString place = values.value(QStringLiteral("place")).toString().trimmed();
  if (place.isEmpty())
    return fail(QStringLiteral("place: %1").arg(QCoreApplication::translate("onemap::EarthquakePlugin", "a value is required")));
  if (place.size() > 200)
    return fail(QStringLiteral("place: %1").arg(QCoreApplication::translate("onemap::EarthquakePlugin", "longer than 200 characters")));

  // One INSERT: SQLite makes it its own transaction, so all or nothing.
  SqlStatement ins(db, QStringLiteral("INSERT INTO quake_events (magnitude, depth_km, occurred_at, place, source, long_axis_azimuth, region, geom) "
                                      "VALUES (?, ?, ?, ?, ?, 0, 'moderate_strong', MakePoint(?, ?, 4490))"));
  ins.bind(1, magnitude).bind(2, depth).bind(3, when.toString(Qt::ISODate)).bind(4, place)
    .bind(5, QStringLiteral("值班录入")).bind(6, lon).bind(7, lat);
  if (!ins.exec())
    return fail(QStringLiteral("quake_events: %1").arg(ins.error()));
  SqlStatement id(db, QStringLiteral("SELECT last_insert_rowid()"));
  return id.next() ? id.int64(0) : fail(id.error());
}

EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error)
{
  EventImpact out;
  if (kind != kQuake) {
    if (error)
      *error = QStringLiteral("kind: %1").arg(QCoreApplication::translate("onemap::EarthquakePlugin", "unknown event kind %1").arg(kind));
    return out;
  }
  const std::optional<QuakeEvent> e = eventById(db, eventId, error);
  if (!e)
    return out;
  // The rings are nested ellipses: the VI one is the whole VI+ area.
  const QVector<Ring> all = rings(e->event);
  if (!all.isEmpty())
    out.areaWkt = ringWkt(e->event, all.last());
  out.section = sectionForEvent(db, *e);
  out.threatened = threatenedByEvent(db, *e, error);
  return out;
}

} // namespace onemap::earthquake
