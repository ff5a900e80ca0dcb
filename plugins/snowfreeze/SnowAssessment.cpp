#include "SnowAssessment.h"

#include "RoadGraph.h"
#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace onemap::snowfreeze {

int roadClassOrder(const QString &roadClass)
{
  static const QStringList order {QStringLiteral("national"), QStringLiteral("provincial"), QStringLiteral("county"),
                                  QStringLiteral("township"), QStringLiteral("village")};
  const int i = order.indexOf(roadClass);
  return i < 0 ? order.size() : i;
}

namespace {

QString fail(QString *error, const QString &text)
{
  if (error)
    *error = text;
  return text;
}

// Every road, whether it is in the warning area, and the township of its midpoint.
const char *kRoadsSql =
  "SELECT r.id, COALESCE(r.name, ''), r.road_class, COALESCE(r.length_m, ST_Length(r.geom, 1)), COALESCE(r.is_cut, 0), "
  "  X(ST_StartPoint(r.geom)), Y(ST_StartPoint(r.geom)), X(ST_EndPoint(r.geom)), Y(ST_EndPoint(r.geom)), "
  "  s.max_alt_m, s.icing_alt_m, COALESCE(s.icing_kind, ''), "
  "  ST_Intersects(r.geom, w.geom), "
  "  (SELECT t.code FROM admin_units t WHERE t.level = ?2 AND t.geom IS NOT NULL "
  "     AND ST_Contains(t.geom, ST_Line_Interpolate_Point(r.geom, 0.5)) = 1 ORDER BY t.code LIMIT 1) "
  "FROM roads r JOIN warnings w ON w.id = ?1 LEFT JOIN snow_road_segments s ON s.road_id = r.id "
  "WHERE r.geom IS NOT NULL ORDER BY r.id";

const char *kVillagesSql =
  "SELECT v.id, v.code, v.name, COALESCE(v.parent_code, ''), COALESCE(v.population, 0), COALESCE(v.households, 0), "
  "  a.altitude_m, COALESCE(X(a.geom), X(ST_PointOnSurface(v.geom))), COALESCE(Y(a.geom), Y(ST_PointOnSurface(v.geom))) "
  "FROM admin_units v LEFT JOIN snow_village_altitude a ON a.village_code = v.code "
  "WHERE v.level = ?1 AND (v.geom IS NOT NULL OR a.geom IS NOT NULL) ORDER BY v.code";

const char *kLinesSql =
  "SELECT l.id, l.code, l.name, l.voltage_kv, l.design_ice_mm, l.max_alt_m, l.households_served, "
  "  (SELECT t.code FROM admin_units t WHERE t.level = ?2 AND t.geom IS NOT NULL "
  "     AND ST_Contains(t.geom, ST_Line_Interpolate_Point(l.geom, 0.5)) = 1 ORDER BY t.code LIMIT 1) "
  "FROM snow_power_lines l JOIN warnings w ON w.id = ?1 "
  "WHERE l.geom IS NOT NULL AND w.geom IS NOT NULL AND ST_Intersects(l.geom, w.geom) = 1 ORDER BY l.id";

// A village reaches the network at the nearest road node within this distance.
constexpr double kAccessKm = 2.0;

struct VillageRow
{
  CutOffVillage v;
  bool hasAltitude = false;
  int node = -1;
};

bool isTrunk(const QString &roadClass) { return roadClassOrder(roadClass) <= 2; }

} // namespace

std::optional<Assessment> assess(sqlite3 *db, qint64 warningId, QString *error)
{
  SqlStatement w(db, QStringLiteral("SELECT hazard, level FROM warnings WHERE id = ?1 AND geom IS NOT NULL"));
  w.bind(1, warningId);
  if (!w.next()) {
    if (w.hasError())
      fail(error, w.error());
    return std::nullopt;
  }
  if (w.text(0) != QLatin1String("snow_freeze"))
    return std::nullopt;
  Assessment a;
  a.levelText = w.text(1);
  if (!levelFromText(a.levelText, &a.level)) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "warning %1, field level: \"%2\" is not blue, yellow, orange or red")
                  .arg(warningId).arg(a.levelText));
    return std::nullopt;
  }

  SqlStatement t(db, QStringLiteral("SELECT code, name FROM admin_units WHERE level = ?1 ORDER BY code"));
  t.bind(1, QStringLiteral("township"));
  while (t.next())
    a.townships.insert(t.text(0), t.text(1));

  // The graph: one edge per roads row, in query order.
  QVector<RoadEdge> edges;
  QVector<IcedRoad> roads;
  QVector<bool> known, inArea, baseOpen;
  QVector<double> maxAlt, icingAlt;
  SqlStatement r(db, QString::fromLatin1(kRoadsSql));
  r.bind(1, warningId).bind(2, QStringLiteral("township"));
  while (r.next()) {
    edges << RoadEdge {r.int64(0), r.real(5), r.real(6), r.real(7), r.real(8)};
    IcedRoad road;
    road.id = r.int64(0);
    road.name = r.text(1);
    road.roadClass = r.text(2);
    road.lengthM = r.real(3);
    road.icingKind = r.text(11);
    road.townshipCode = r.text(13);
    roads << road;
    baseOpen << (r.int64(4) == 0);
    known << !r.isNull(9);
    maxAlt << r.real(9);
    icingAlt << (r.isNull(10) ? -1.0 : r.real(10));
    inArea << (r.int64(12) == 1);
  }
  if (r.hasError()) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "cannot read roads: %1").arg(r.error()));
    return std::nullopt;
  }
  const RoadGraph graph(edges);

  QVector<VillageRow> villages;
  SqlStatement v(db, QString::fromLatin1(kVillagesSql));
  v.bind(1, QStringLiteral("village"));
  while (v.next()) {
    VillageRow row;
    row.v.id = v.int64(0);
    row.v.code = v.text(1);
    row.v.name = v.text(2);
    row.v.townshipCode = v.text(3);
    row.v.population = v.int64(4);
    row.v.households = v.int64(5);
    row.hasAltitude = !v.isNull(6);
    row.v.altitudeM = v.real(6);
    double km = 0;
    row.node = graph.nearestNode(v.real(7), v.real(8), &km);
    if (km > kAccessKm)
      row.node = -1; // no road reaches it: not a snow cut-off
    villages << row;
  }
  if (v.hasError()) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "cannot read villages: %1").arg(v.error()));
    return std::nullopt;
  }

  // Township seat: of the township's village nodes, the one most trunk
  // roads (national, provincial, county) meet at, then the most roads.
  QHash<QString, int> seatNode;
  QHash<QString, QPair<int, int>> seatScore;
  for (const VillageRow &row : villages) {
    if (row.node < 0)
      continue;
    int trunk = 0;
    for (int e : graph.edgesAt(row.node))
      trunk += isTrunk(roads[e].roadClass) ? 1 : 0;
    const QPair<int, int> score(trunk, graph.edgesAt(row.node).size());
    if (!seatNode.contains(row.v.townshipCode) || score > seatScore.value(row.v.townshipCode)) {
      seatNode.insert(row.v.townshipCode, row.node);
      seatScore.insert(row.v.townshipCode, score);
    }
  }
  // County seat: the 城关 township, or the first by code (GB/T 2260 lists the seat first).
  QString seatTownship;
  for (auto it = a.townships.cbegin(); it != a.townships.cend(); ++it) {
    if (!seatNode.contains(it.key()))
      continue;
    if (it.value().contains(QStringLiteral("城关"))) {
      seatTownship = it.key();
      break;
    }
    if (seatTownship.isEmpty())
      seatTownship = it.key();
  }
  if (seatTownship.isEmpty()) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "no township seat on the roads network"));
    return std::nullopt;
  }
  a.countySeat = a.townships.value(seatTownship);
  const int countySeat = seatNode.value(seatTownship);

  // h_ref: the county seat's altitude (its village on the seat node), else the lowest village.
  bool haveRef = false, anyAltitude = false;
  double lowest = 1e9;
  for (const VillageRow &row : villages) {
    if (!row.hasAltitude)
      continue;
    anyAltitude = true;
    lowest = std::min(lowest, row.v.altitudeM);
    if (!haveRef && row.node == countySeat) {
      a.referenceAltitudeM = row.v.altitudeM;
      haveRef = true;
    }
  }
  if (!anyAltitude) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "snow_village_altitude is empty: no altitude to place the freezing line"));
    return std::nullopt;
  }
  if (!haveRef)
    a.referenceAltitudeM = lowest;
  a.freezingAltitudeM = freezingAltitudeM(a.level, a.referenceAltitudeM);

  // Roads in the area that ice, and those of them that close.
  QVector<bool> snowOpen = baseOpen;
  for (int e = 0; e < roads.size(); ++e) {
    if (!inArea[e] || !known[e])
      continue;
    IcedRoad &road = roads[e];
    road.maxAltitudeM = maxAlt[e];
    road.effectiveAltitudeM = effectiveAltitudeM(maxAlt[e], icingAlt[e]);
    if (!isIced(road.effectiveAltitudeM, a.freezingAltitudeM))
      continue;
    road.closed = isClosed(road.effectiveAltitudeM, a.freezingAltitudeM, road.roadClass);
    if (road.closed)
      snowOpen[e] = false;
    a.roads << road;
  }
  std::sort(a.roads.begin(), a.roads.end(), [](const IcedRoad &x, const IcedRoad &y) {
    const int cx = roadClassOrder(x.roadClass), cy = roadClassOrder(y.roadClass);
    if (cx != cy)
      return cx < cy;
    if (x.closed != y.closed)
      return x.closed;
    return x.effectiveAltitudeM != y.effectiveAltitudeM ? x.effectiveAltitudeM > y.effectiveAltitudeM : x.id < y.id;
  });

  // Cut off: reached the county seat before the snow, not over the open roads now.
  const QVector<bool> before = graph.reachable(countySeat, baseOpen);
  const QVector<bool> now = graph.reachable(countySeat, snowOpen);
  QHash<QString, QVector<bool>> fromTownshipSeat;
  for (const VillageRow &row : villages) {
    if (row.node < 0 || !before[row.node] || now[row.node])
      continue;
    CutOffVillage c = row.v;
    if (!fromTownshipSeat.contains(c.townshipCode))
      fromTownshipSeat.insert(c.townshipCode, graph.reachable(seatNode.value(c.townshipCode, -1), snowOpen));
    c.reachesTownshipSeat = fromTownshipSeat.value(c.townshipCode).value(row.node, false);
    a.villages << c;
  }
  std::sort(a.villages.begin(), a.villages.end(), [](const CutOffVillage &x, const CutOffVillage &y) {
    return x.population != y.population ? x.population > y.population : x.code < y.code;
  });

  SqlStatement l(db, QString::fromLatin1(kLinesSql));
  l.bind(1, warningId).bind(2, QStringLiteral("township"));
  while (l.next()) {
    LineAtRisk line;
    line.id = l.int64(0);
    line.code = l.text(1);
    line.name = l.text(2);
    line.voltageKv = int(l.int64(3));
    line.designIceMm = l.real(4);
    line.maxAltitudeM = l.real(5);
    line.households = l.int64(6);
    line.townshipCode = l.text(7);
    line.expectedIceMm = expectedIceMm(a.level, line.maxAltitudeM, a.freezingAltitudeM);
    if (line.designIceMm < line.expectedIceMm)
      a.lines << line;
  }
  if (l.hasError()) {
    fail(error, QCoreApplication::translate("onemap::SnowfreezePlugin", "cannot read snow_power_lines: %1").arg(l.error()));
    return std::nullopt;
  }
  std::sort(a.lines.begin(), a.lines.end(), [](const LineAtRisk &x, const LineAtRisk &y) {
    if (x.voltageKv != y.voltageKv)
      return x.voltageKv > y.voltageKv;
    const double dx = x.expectedIceMm - x.designIceMm, dy = y.expectedIceMm - y.designIceMm;
    return dx != dy ? dx > dy : x.id < y.id;
  });
  return a;
}

} // namespace onemap::snowfreeze
