#include "FloodRule.h"

#include "FloodExposure.h"

#include <QCoreApplication>
#include <algorithm>

namespace onemap::flood {

namespace {
QStringList row(const QString &name, const TownshipImpact &t)
{
  return {name,
          QString::number(t.villages),
          QString::number(t.people),
          QString::number(t.gullies),
          QString::number(t.shelters),
          QString::number(t.shelterPlaces),
          t.covered() ? QCoreApplication::translate("onemap::FloodPlugin", "yes") : QCoreApplication::translate("onemap::FloodPlugin", "no, short of %1").arg(t.people - t.shelterPlaces),
          QString::number(t.gaugesOver),
          QString::number(t.reservoirsOver)};
}
//! "river flood 50-year, torrent 20-year" from FloodExposure's "kind:period" list.
QString zoneText(const QStringList &kinds)
{
  QStringList parts;
  for (const QString &k : kinds) {
    const QString kind = k.section(QLatin1Char(':'), 0, 0);
    const QString label = kind == QLatin1String("river_flood") ? QCoreApplication::translate("onemap::FloodPlugin", "river flood")
                          : kind == QLatin1String("torrent")   ? QCoreApplication::translate("onemap::FloodPlugin", "torrent")
                                                               : QCoreApplication::translate("onemap::FloodPlugin", "below a reservoir");
    parts << QCoreApplication::translate("onemap::FloodPlugin", "%1 %2-year").arg(label, k.section(QLatin1Char(':'), 1));
  }
  return parts.join(QStringLiteral(", "));
}
} // namespace

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<ThreatenedObject> out;
  const FloodImpact impact = floodImpact(db, warningId);
  if (error && !impact.error.isEmpty())
    *error = impact.error;
  for (const VillageExposure &v : impact.villages) {
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = v.id;
    o.name = v.name;
    o.rank = double(v.people);
    o.reason = QCoreApplication::translate("onemap::FloodPlugin", "%4 zone: about %1 of %2 people (%3% of the village area)")
                 .arg(v.people)
                 .arg(v.population)
                 .arg(v.villageAreaM2 > 0 ? 100.0 * v.zoneAreaM2 / v.villageAreaM2 : 0.0, 0, 'f', 1)
                 .arg(zoneText(v.zoneKinds));
    out << o;
  }
  for (const GullyThreat &g : impact.gullies) {
    ThreatenedObject o;
    o.table = QStringLiteral("flood_gullies");
    o.id = g.id;
    o.name = g.name;
    o.rank = double(g.people);
    o.reason = QCoreApplication::translate("onemap::FloodPlugin", "torrent gully, catchment %1 km2: %2 people in %3 villages at risk")
                 .arg(g.catchmentKm2, 0, 'f', 1)
                 .arg(g.people)
                 .arg(g.villages);
    out << o;
  }
  std::stable_sort(out.begin(), out.end(), [](const ThreatenedObject &a, const ThreatenedObject &b) { return a.rank > b.rank; });
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  ImpactSection s;
  const FloodImpact impact = floodImpact(db, warningId);
  if (!impact.applies)
    return s;
  s.title = QCoreApplication::translate("onemap::FloodPlugin", "Flood zones, shelters, gauges and reservoirs");
  s.headers = QStringList {QCoreApplication::translate("onemap::FloodPlugin", "Township"), QCoreApplication::translate("onemap::FloodPlugin", "Villages in flood zones"), QCoreApplication::translate("onemap::FloodPlugin", "People in flood zones"), QCoreApplication::translate("onemap::FloodPlugin", "Torrent gullies"),
                           QCoreApplication::translate("onemap::FloodPlugin", "Shelters within 2 km"), QCoreApplication::translate("onemap::FloodPlugin", "Shelter places"), QCoreApplication::translate("onemap::FloodPlugin", "Places cover the people"),
                           QCoreApplication::translate("onemap::FloodPlugin", "Gauges over warning level"), QCoreApplication::translate("onemap::FloodPlugin", "Reservoirs over flood-limit level")};
  for (const TownshipImpact &t : impact.townships)
    s.rows << row(t.name, t);
  s.rows << row(QCoreApplication::translate("onemap::FloodPlugin", "Total"), impact.total);
  const TownshipImpact &t = impact.total;
  s.summary = QCoreApplication::translate("onemap::FloodPlugin", "%1 people in the flood zones of %2 villages; %3 shelters within 2 km hold %4 (%5); "
                 "%6 torrent gullies, %7 gauges over warning level, %8 reservoirs over flood-limit level")
                .arg(t.people)
                .arg(t.villages)
                .arg(t.shelters)
                .arg(t.shelterPlaces)
                .arg(t.covered() ? QCoreApplication::translate("onemap::FloodPlugin", "enough") : QCoreApplication::translate("onemap::FloodPlugin", "not enough"))
                .arg(t.gullies)
                .arg(t.gaugesOver)
                .arg(t.reservoirsOver);
  return s;
}

} // namespace onemap::flood
