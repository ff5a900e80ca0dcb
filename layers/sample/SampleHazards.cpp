#include "SampleHazards.h"

#include "SampleCounty.h"

#include <QDate>
#include <cmath>

namespace onemap::sample {

using namespace planar;

namespace {

constexpr double kPi = 3.14159265358979323846;

const QStringList &levelWords()
{
  static const QStringList w {QString(), QStringLiteral("高"), QStringLiteral("较高"), QStringLiteral("中"), QStringLiteral("低")};
  return w;
}

// A lumpy disc (km radius) around a lon/lat centre.
MultiPolygon blob(const Frame &frame, Pt centre, double radiusKm, double lumpiness, Rng &rng)
{
  const Pt c = frame.local.toKm(centre);
  const double phase = rng.uniform(0, 2 * kPi);
  Ring ring;
  for (int i = 0; i < 24; ++i) {
    const double theta = 2 * kPi * i / 24;
    const double r = radiusKm * (1 + lumpiness * (0.6 * std::sin(2 * theta + phase) + rng.uniform(-0.4, 0.4)));
    ring << frame.local.toLonLat({c.x + r * std::cos(theta), c.y + r * std::sin(theta)});
  }
  return {Polygon {ring, {}}};
}

RiskZone zone(const Area &town, const MultiPolygon &shape, const QString &hazard, int level, double peopleFactor, const QString &name)
{
  RiskZone z;
  z.name = name;
  z.hazard = hazard;
  z.riskLevel = level;
  const double share = std::min(1.0, peopleFactor * sphericalAreaKm2(shape) / town.areaKm2);
  z.exposedPopulation = std::llround(town.population * share);
  z.exposedHouses = std::llround(z.exposedPopulation / 3.2);
  z.sourceYear = 2022; // the national natural-disaster risk census
  z.townshipCode = town.code;
  z.wkt = toWkt(shape);
  return z;
}

// Two bands per river: the narrow one at the river's own level, the wide one a level lower.
void floodZones(const Frame &frame, const Network &net, QVector<RiskZone> &out)
{
  for (int r = 0; r < net.rivers.size(); ++r) {
    const int rank = net.rivers[r].rank;
    const double inner = rank == 1 ? 0.006 : rank == 2 ? 0.004 : 0.003; // degrees: ~0.3-0.7 km
    const MultiPolygon near = buffer(net.riverLines[r], inner);
    const MultiPolygon wide = difference(buffer(net.riverLines[r], inner * 2.4), near);
    for (int band = 0; band < 2; ++band) {
      const int level = std::min(4, rank + band);
      for (const Area &town : frame.townships) {
        const MultiPolygon piece = intersection(band == 0 ? near : wide, town.shape);
        if (sphericalAreaKm2(piece) < 0.05)
          continue;
        out << zone(town, piece, QStringLiteral("flood"), level, band == 0 ? 3.0 : 1.8,
                    QStringLiteral("%1%2段洪涝%3风险区").arg(net.rivers[r].name, town.name, levelWords()[level]));
      }
    }
  }
}

void geologicalZones(const Frame &frame, Rng &rng, QVector<RiskZone> &out)
{
  static const WeightedPick levels({0, 15, 30, 35, 20}); // level 1 (high) is rarest
  for (const Area &town : frame.townships) {
    const int blobs = rng.range(2, 4);
    for (int b = 0; b < blobs; ++b) {
      const GeoPoint at = randomPointIn(town, rng);
      const MultiPolygon piece = intersection(blob(frame, {at.lon, at.lat}, rng.uniform(1.0, 3.0), 0.35, rng), town.shape);
      const int level = levels.pick(rng);
      if (piece.isEmpty())
        continue;
      out << zone(town, piece, QStringLiteral("geological"), level, 0.8,
                  QStringLiteral("%1地质灾害%2风险区（%3）").arg(town.name, levelWords()[level], ChineseNames::numeral(b + 1)));
    }
  }
}

// Forest everywhere but the township's built-up seat.
void forestFireZones(const Frame &frame, Rng &rng, QVector<RiskZone> &out)
{
  for (int t = 0; t < frame.townships.size(); ++t) {
    const Area &town = frame.townships[t];
    const int level = t == 0 ? 4 : rng.range(2, 4);
    const MultiPolygon forest = difference(town.shape, blob(frame, town.centre, 3.0, 0, rng));
    if (forest.isEmpty())
      continue;
    out << zone(town, forest, QStringLiteral("forest_fire"), level, 0.3,
                QStringLiteral("%1森林火灾%2风险区").arg(town.name, levelWords()[level]));
  }
}

struct HazardKind
{
  const char *code;
  const char *name;
  double weight;
  const char *measures[2];
};

// Weighted as the seed papers' registers are: mostly landslides and collapses.
const HazardKind kHazardKinds[] = {
  {"landslide", "滑坡", 40, {"群测群防监测，雨前排查、雨中巡查、雨后核查", "搬迁避让，设置警示标志"}},
  {"collapse", "崩塌", 22, {"排危除险，清理危岩", "设置警示标志，汛期专人巡查"}},
  {"debris_flow", "泥石流", 14, {"修建拦挡坝，疏通沟道", "群测群防监测，汛期提前转移"}},
  {"unstable_slope", "不稳定斜坡", 10, {"坡面截排水，削坡减载", "群测群防监测"}},
  {"subsidence", "地面塌陷", 4, {"回填夯实，设置围挡", "专业监测，限制通行"}},
  {"flood_prone", "山洪易发点", 5, {"清淤疏浚，汛期提前转移", "安装预警广播，明确转移路线"}},
  {"waterlogging", "内涝积水点", 4, {"疏通排水管网，配置抽水泵", "设置警示标志，雨中专人值守"}},
  {"hazmat", "危化品隐患", 1, {"落实企业主体责任，限期整改", "加强巡查，配备应急物资"}},
};

HiddenDanger makeDanger(const Frame &frame, int v, const People &people, Rng &rng)
{
  static const QVector<double> kindWeights = [] {
    QVector<double> w;
    for (const HazardKind &k : kHazardKinds)
      w << k.weight;
    return w;
  }();
  static const WeightedPick kinds(kindWeights);
  static const WeightedPick scales({70, 22, 7, 1});
  static const WeightedPick statuses({15, 20, 25, 15, 25});
  static const int peopleRange[4][2] = {{5, 60}, {30, 200}, {100, 600}, {300, 1500}};

  const Area &village = frame.villages[v];
  const HazardKind &kind = kHazardKinds[kinds.pick(rng)];
  HiddenDanger d;
  d.location = randomPointIn(village, rng);
  d.hazardType = QLatin1String(kind.code);
  d.name = village.name + ChineseNames::numeral(rng.range(1, 12)) + QStringLiteral("组") + QString::fromUtf8(kind.name);
  const int scale = scales.pick(rng);
  d.scale = HiddenDanger::scales()[scale];
  d.threatenedPeople = rng.range(peopleRange[scale][0], peopleRange[scale][1]);
  d.threatenedHouseholds = std::max<qint64>(1, std::llround(d.threatenedPeople / 3.4));
  d.threatenedProperty = std::round(d.threatenedHouseholds * rng.uniform(6, 25) * 10) / 10; // 万元
  d.villageCode = village.code;
  d.responsibleUnit = frame.townships[village.township].name + QStringLiteral("人民政府");
  d.responsiblePerson = people.persons[people.villageResponsible[v]].name;
  d.measures = QString::fromUtf8(kind.measures[rng.range(0, 1)]);
  d.deadline = QDate(2026, 1, 1).addDays(rng.range(0, 364)).toString(Qt::ISODate);
  d.status = HiddenDanger::statuses()[statuses.pick(rng)];
  d.supervised = rng.chance(scale == 0 ? 0.025 : scale == 1 ? 0.08 : 0.2); // ~5% listed for supervision
  return d;
}

QString warningArea(const Frame &frame, const QVector<int> &towns, MultiPolygon &shape)
{
  QStringList names;
  QVector<MultiPolygon> parts;
  for (int t : towns) {
    names << frame.townships[t].name;
    parts << frame.townships[t].shape;
  }
  shape = unite(parts);
  return names.join(QStringLiteral("、"));
}

// Sent at 08:00 on \a day (Beijing time), rain from 20:00 for a day: in
// force on the register date, so a sample dated today shows live warnings.
Warning makeWarning(const Frame &frame, const QVector<int> &towns, const QDate &day, const char *issuerCode, const char *typeCode,
                    const QString &sender, const QString &hazard, const QString &level, const QString &stage, const QString &headline,
                    const QString &description)
{
  Warning w;
  MultiPolygon shape;
  w.areaDesc = warningArea(frame, towns, shape);
  w.wkt = toWkt(shape);
  // GB/T 35965-style: <area 6><issuer 3><type 3><serial 4>_<sent yyyyMMddhhmmss>.
  w.identifier = QStringLiteral("%1%2%3%4_")
                   .arg(QLatin1String(SampleCounty::kCountyCode), QLatin1String(issuerCode), QLatin1String(typeCode), QStringLiteral("0001"))
                 + day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("080000");
  w.sender = sender;
  w.issuer = sender;
  const QString d = day.toString(Qt::ISODate);
  w.sent = d + QStringLiteral("T08:00:00+08:00");
  w.effective = w.sent;
  w.onset = d + QStringLiteral("T20:00:00+08:00");
  w.expires = day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T20:00:00+08:00");
  w.hazard = hazard;
  w.level = level;
  w.stage = stage;
  w.headline = headline;
  w.description = description.arg(w.areaDesc);
  return w;
}

} // namespace

QVector<RiskZone> buildRiskZones(const Frame &frame, const Network &net, Rng &rng)
{
  QVector<RiskZone> out;
  floodZones(frame, net, out);
  geologicalZones(frame, rng, out);
  forestFireZones(frame, rng, out);
  const char hazardLetter[] = {'F', 'G', 'W'};
  int serial = 0;
  for (RiskZone &z : out) {
    const int h = z.hazard == QLatin1String("flood") ? 0 : z.hazard == QLatin1String("geological") ? 1 : 2;
    z.code = QStringLiteral("RZ%1%2%3").arg(QLatin1String(SampleCounty::kCountyCode)).arg(QLatin1Char(hazardLetter[h])).arg(++serial, 4, 10, QLatin1Char('0'));
  }
  return out;
}

Dangers buildHiddenDangers(const Frame &frame, const People &people, int count, Rng &rng)
{
  // Mountain villages carry most points; town communities few.
  QVector<double> weights;
  for (const Area &v : frame.villages)
    weights << v.areaKm2 * rng.uniform(0.3, 1.7) * (v.name.endsWith(QStringLiteral("社区")) ? 0.3 : 1.0);
  const WeightedPick villages(weights);
  Dangers out;
  out.points.reserve(count);
  out.monitors.reserve(count);
  for (int i = 0; i < count; ++i) {
    const int v = villages.pick(rng);
    HiddenDanger d = makeDanger(frame, v, people, rng);
    d.code = QStringLiteral("HD%1%2").arg(QLatin1String(SampleCounty::kCountyCode)).arg(i + 1, 6, 10, QLatin1Char('0'));
    ResponsiblePerson monitor;
    monitor.name = ChineseNames::person(rng);
    monitor.role = QStringLiteral("monitor");
    monitor.unit = villageCommittee(frame.villages[v]);
    monitor.adminCode = d.villageCode;
    monitor.phone = ChineseNames::mobile(rng);
    monitor.coversTable = QStringLiteral("hidden_dangers");
    d.monitorPerson = monitor.name;
    d.phone = monitor.phone;
    out.points << d;
    out.monitors << monitor;
  }
  return out;
}

QVector<Warning> buildWarnings(const Frame &frame, const Network &net, const QVector<HiddenDanger> &dangers, const QDate &day)
{
  // The seat and its nearest neighbour get the rain.
  int neighbour = 1;
  for (int t = 2; t < frame.townships.size(); ++t)
    if (frame.local.distanceKm(frame.townships[0].centre, frame.townships[t].centre)
        < frame.local.distanceKm(frame.townships[0].centre, frame.townships[neighbour].centre))
      neighbour = t;
  // The geological warning goes where the points are.
  QVector<int> perTown(frame.townships.size(), 0);
  for (const HiddenDanger &d : dangers)
    ++perTown[d.villageCode.mid(6, 3).toInt() - 1];
  const int dangerous = static_cast<int>(std::max_element(perTown.begin(), perTown.end()) - perTown.begin());
  // The flood warning covers the township at the main river's midpoint.
  int riverside = 0;
  if (!net.riverLines.isEmpty()) {
    const int v = frame.villageAt(snap7(alongLine(net.riverLines.first(), 0.5)));
    riverside = v < 0 ? 0 : frame.villages[v].township;
  }
  const QString river = net.rivers.isEmpty() ? QString() : net.rivers.first().name;
  return {
    makeWarning(frame, {0, neighbour}, day, "041", "003", QStringLiteral("示范县气象台"), QStringLiteral("rainstorm"), QStringLiteral("yellow"),
                QStringLiteral("24h"), QStringLiteral("示范县气象台发布暴雨黄色预警信号"),
                QStringLiteral("预计%2月%3日20时至%4日20时，%1将出现暴雨，累计雨量50～80毫米，局地100毫米以上，并伴有雷电和短时强降水。"
                               "请注意防范山洪、地质灾害和城乡积涝。")
                  .arg(QStringLiteral("%1"), QString::number(day.month()), QString::number(day.day()), QString::number(day.addDays(1).day()))),
    makeWarning(frame, {dangerous}, day, "026", "101", QStringLiteral("示范县自然资源局"), QStringLiteral("geological"), QStringLiteral("blue"),
                QStringLiteral("24h"), QStringLiteral("示范县发布地质灾害气象风险蓝色预警"),
                QStringLiteral("受持续降雨影响，%1发生地质灾害的风险较高。请加强隐患点巡查监测，做好人员转移准备。")),
    makeWarning(frame, {riverside}, day, "032", "202", QStringLiteral("示范县水利局"), QStringLiteral("flood"), QStringLiteral("orange"),
                QStringLiteral("6h"), QStringLiteral("示范县水利局发布山洪灾害橙色预警"),
                QStringLiteral("受强降雨影响，%1境内") + river + QStringLiteral("及其支流可能发生山洪。请沿河低洼地带人员立即做好转移准备。")),
  };
}

} // namespace onemap::sample
