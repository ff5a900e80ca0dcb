#include "SnowfreezeRule.h"

#include "SnowAssessment.h"

#include <QCoreApplication>

namespace onemap::snowfreeze {

namespace {
QString icingName(const QString &kind)
{
  if (kind == QLatin1String("bridge"))
    return QCoreApplication::translate("onemap::SnowfreezePlugin", "bridge");
  if (kind == QLatin1String("shaded_slope"))
    return QCoreApplication::translate("onemap::SnowfreezePlugin", "shaded slope");
  if (kind == QLatin1String("pass"))
    return QCoreApplication::translate("onemap::SnowfreezePlugin", "pass");
  if (kind == QLatin1String("tunnel_mouth"))
    return QCoreApplication::translate("onemap::SnowfreezePlugin", "tunnel mouth");
  return QString();
}

QString metres(double m) { return QString::number(qRound64(m)); }

// Bands so a cut-off village always ranks above a road and a road above a line.
constexpr double kVillageBand = 3e9, kRoadBand = 2e9, kLineBand = 1e9;
} // namespace

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<ThreatenedObject> out;
  const std::optional<Assessment> a = assess(db, warningId, error);
  if (!a)
    return out;
  const QString line = metres(a->freezingAltitudeM);
  for (const CutOffVillage &v : a->villages) {
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = v.id;
    o.name = v.name;
    o.rank = kVillageBand + double(v.population);
    o.reason = (v.reachesTownshipSeat ? QCoreApplication::translate("onemap::SnowfreezePlugin", "cut off from the county seat %1 by closed roads (still reaches its township seat); %2 people, %3 m")
                                      : QCoreApplication::translate("onemap::SnowfreezePlugin", "cut off from the county seat %1 and its township seat by closed roads; %2 people, %3 m"))
                 .arg(a->countySeat).arg(v.population).arg(metres(v.altitudeM));
    out << o;
  }
  for (int i = 0; i < a->roads.size(); ++i) {
    const IcedRoad &r = a->roads.at(i);
    ThreatenedObject o;
    o.table = QStringLiteral("roads");
    o.id = r.id;
    o.name = r.name;
    o.rank = kRoadBand + double(a->roads.size() - i); // already in class order
    QString where = QCoreApplication::translate("onemap::SnowfreezePlugin", "highest point %1 m").arg(metres(r.maxAltitudeM));
    if (!r.icingKind.isEmpty())
      where += QStringLiteral(", ") + QCoreApplication::translate("onemap::SnowfreezePlugin", "icing-prone %1").arg(icingName(r.icingKind));
    o.reason = (r.closed ? QCoreApplication::translate("onemap::SnowfreezePlugin", "snow and ice above the freezing line %1 m (%2): close to traffic")
                         : QCoreApplication::translate("onemap::SnowfreezePlugin", "snow and ice above the freezing line %1 m (%2): keep open by de-icing"))
                 .arg(line, where);
    out << o;
  }
  for (int i = 0; i < a->lines.size(); ++i) {
    const LineAtRisk &l = a->lines.at(i);
    ThreatenedObject o;
    o.table = QStringLiteral("snow_power_lines");
    o.id = l.id;
    o.name = l.name;
    o.rank = kLineBand + double(a->lines.size() - i);
    o.reason = QCoreApplication::translate("onemap::SnowfreezePlugin", "%1 kV line designed for %2 mm of ice, %3 mm expected at %4 m; %5 households supplied")
                 .arg(l.voltageKv).arg(l.designIceMm, 0, 'f', 0).arg(l.expectedIceMm, 0, 'f', 1).arg(metres(l.maxAltitudeM)).arg(l.households);
    out << o;
  }
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  ImpactSection s;
  const std::optional<Assessment> a = assess(db, warningId);
  if (!a)
    return s;
  struct Row { double closedKm = 0; qint64 villages = 0, people = 0, households = 0, lines = 0, lineHouseholds = 0; };
  QMap<QString, Row> rows; // by township code
  Row total;
  for (const IcedRoad &r : a->roads)
    if (r.closed) {
      rows[r.townshipCode].closedKm += r.lengthM / 1000.0;
      total.closedKm += r.lengthM / 1000.0;
    }
  for (const CutOffVillage &v : a->villages) {
    Row &row = rows[v.townshipCode];
    row.villages += 1;
    row.people += v.population;
    row.households += v.households;
    total.villages += 1;
    total.people += v.population;
    total.households += v.households;
  }
  for (const LineAtRisk &l : a->lines) {
    rows[l.townshipCode].lines += 1;
    rows[l.townshipCode].lineHouseholds += l.households;
    total.lines += 1;
    total.lineHouseholds += l.households;
  }
  s.title = QCoreApplication::translate("onemap::SnowfreezePlugin", "Snow and freezing: roads and villages cut off");
  s.headers = QStringList {QCoreApplication::translate("onemap::SnowfreezePlugin", "Township"), QCoreApplication::translate("onemap::SnowfreezePlugin", "Roads closed (km)"), QCoreApplication::translate("onemap::SnowfreezePlugin", "Villages cut off"), QCoreApplication::translate("onemap::SnowfreezePlugin", "People cut off"),
                           QCoreApplication::translate("onemap::SnowfreezePlugin", "Households cut off"), QCoreApplication::translate("onemap::SnowfreezePlugin", "Power lines at risk")};
  auto cells = [](const QString &name, const Row &r) {
    return QStringList {name, QString::number(r.closedKm, 'f', 1), QString::number(r.villages), QString::number(r.people),
                        QString::number(r.households), QString::number(r.lines)};
  };
  for (auto it = rows.cbegin(); it != rows.cend(); ++it)
    s.rows << cells(a->townships.value(it.key(), it.key().isEmpty() ? QCoreApplication::translate("onemap::SnowfreezePlugin", "(outside the townships)") : it.key()), it.value());
  s.rows << cells(QCoreApplication::translate("onemap::SnowfreezePlugin", "Total"), total);
  s.summary = QCoreApplication::translate("onemap::SnowfreezePlugin", "Freezing line at %1 m (%2 warning, county seat %3 m): %4 km of road closed, %5 villages with %6 people cut off, "
                 "%7 power lines at risk supplying up to %8 households")
                .arg(metres(a->freezingAltitudeM), a->levelText, metres(a->referenceAltitudeM), QString::number(total.closedKm, 'f', 1))
                .arg(total.villages).arg(total.people).arg(total.lines).arg(total.lineHouseholds);
  return s;
}

} // namespace onemap::snowfreeze
