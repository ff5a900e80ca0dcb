#include "EarthquakeRule.h"

#include "QuakeEvents.h"
#include "RingsByTownship.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace onemap::earthquake {

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  const std::optional<QuakeEvent> e = eventForWarning(db, warningId, error);
  return e ? threatenedByEvent(db, *e, error) : QVector<ThreatenedObject>();
}

QVector<ThreatenedObject> threatenedByEvent(sqlite3 *db, const QuakeEvent &quake, QString *error)
{
  QVector<ThreatenedObject> out;
  const QuakeEvent *e = &quake;
  // Same membership as RingsByTownship: the ring holding the village centroid.
  SqlStatement q(db, QStringLiteral("SELECT id, name, COALESCE(population, 0), X(ST_Centroid(geom)), Y(ST_Centroid(geom)) "
                                    "FROM admin_units WHERE level = ?1 AND geom IS NOT NULL"));
  q.bind(1, QStringLiteral("village"));
  while (q.next()) {
    const int ring = std::min(11, int(std::floor(intensityAtLonLat(e->event, q.real(3), q.real(4)))));
    if (ring < 6)
      continue;
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = q.int64(0);
    o.name = q.text(1);
    // Stronger ring first, then more people: population stays far below 1e7.
    o.rank = ring * 1e7 + double(q.int64(2));
    o.reason = QCoreApplication::translate("onemap::EarthquakePlugin", "intensity %1 ring, %2 people")
                 .arg(roman(ring))
                 .arg(q.int64(2));
    out << o;
  }
  if (error && q.hasError())
    *error = q.error();
  std::sort(out.begin(), out.end(), [](const ThreatenedObject &a, const ThreatenedObject &b) {
    return a.rank != b.rank ? a.rank > b.rank : a.id < b.id;
  });
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  const std::optional<QuakeEvent> e = eventForWarning(db, warningId);
  return e ? sectionForEvent(db, *e) : ImpactSection();
}

ImpactSection sectionForEvent(sqlite3 *db, const QuakeEvent &quake)
{
  ImpactSection s;
  const QuakeEvent *e = &quake;
  const Result<QVector<TownshipRing>> rings = ringsByTownship(db, e->event);
  if (!rings)
    return s;
  s.title = QCoreApplication::translate("onemap::EarthquakePlugin", "Earthquake intensity rings");
  s.headers = QStringList {QCoreApplication::translate("onemap::EarthquakePlugin", "Intensity"),
                           QCoreApplication::translate("onemap::EarthquakePlugin", "Township"),
                           QCoreApplication::translate("onemap::EarthquakePlugin", "Villages"),
                           QCoreApplication::translate("onemap::EarthquakePlugin", "People"),
                           QCoreApplication::translate("onemap::EarthquakePlugin", "Households")};
  qint64 people = 0, households = 0;
  for (const TownshipRing &r : rings.value()) {
    people += r.population;
    households += r.households;
    s.rows << QStringList {roman(r.intensity), r.townshipName, QString::number(r.villages), QString::number(r.population),
                           QString::number(r.households)};
  }
  s.summary = QCoreApplication::translate("onemap::EarthquakePlugin", "M%1 at %2: %3 people in %4 households in intensity VI or more")
                .arg(e->event.magnitude, 0, 'f', 1)
                .arg(e->place)
                .arg(people)
                .arg(households);
  return s;
}

} // namespace onemap::earthquake
