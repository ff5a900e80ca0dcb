#include "SampleResources.h"

#include "SampleCounty.h"

#include <cmath>

namespace onemap::sample {

namespace {

QString serialCode(const char *prefix, int serial)
{
  return QStringLiteral("%1%2%3").arg(QLatin1String(prefix), QLatin1String(SampleCounty::kCountyCode)).arg(serial, 6, 10, QLatin1Char('0'));
}

QString pickOf(const QStringList &list, Rng &rng) { return list[rng.range(0, list.size() - 1)]; }

WeightedPick byPopulation(const Frame &frame)
{
  QVector<double> w;
  for (const Area &v : frame.villages)
    w << static_cast<double>(v.population);
  return WeightedPick(w);
}

// Class I serves the whole county from the seat, II a township, III a few
// villages; village shelters are at least 500 m2 (seed papers' rule).
Shelter classedShelter(const Frame &frame, int index, int classI, int classII, int classIII, const WeightedPick &populous, Rng &rng)
{
  static const QStringList countyPlaces {QStringLiteral("体育中心"), QStringLiteral("人民广场"), QStringLiteral("第一中学"),
                                         QStringLiteral("滨河公园"), QStringLiteral("职业中学")};
  static const QStringList townPlaces {QStringLiteral("中心学校"), QStringLiteral("文化广场"), QStringLiteral("体育馆"), QStringLiteral("敬老院")};
  static const QStringList villagePlaces {QStringLiteral("小学"), QStringLiteral("文化广场"), QStringLiteral("活动中心"), QStringLiteral("祠堂")};
  Shelter s;
  int v = 0;
  if (index < classI) {
    const QVector<int> &seat = frame.villagesOf[0];
    v = seat[rng.range(0, seat.size() - 1)];
    s.shelterClass = QStringLiteral("I");
    s.name = QStringLiteral("示范县") + countyPlaces[index % countyPlaces.size()] + QStringLiteral("应急避难场所");
    s.capacity = rng.range(3000, 8000);
    s.supplies = QStringLiteral("帐篷,折叠床,棉被,饮用水,方便食品,应急照明,医疗点,应急厕所");
  } else if (index < classI + classII) {
    const int t = (index - classI) % frame.townships.size();
    v = frame.villagesOf[t][0];
    s.shelterClass = QStringLiteral("II");
    s.name = frame.townships[t].name + pickOf(townPlaces, rng) + QStringLiteral("避难场所");
    s.capacity = rng.range(1000, 3000);
    s.supplies = QStringLiteral("帐篷,折叠床,棉被,饮用水,方便食品,应急照明");
  } else if (index < classI + classII + classIII) {
    v = populous.pick(rng);
    s.shelterClass = QStringLiteral("III");
    s.name = frame.villages[v].name + pickOf(villagePlaces, rng) + QStringLiteral("避难场所");
    s.capacity = rng.range(300, 1000);
    s.supplies = QStringLiteral("棉被,饮用水,方便食品,应急照明");
  } else {
    v = (index - classI - classII - classIII) % frame.villages.size(); // every village covered first
    s.shelterClass = QStringLiteral("village");
    s.name = frame.villages[v].name + QStringLiteral("避难场所");
    s.capacity = rng.range(250, 600);
    s.supplies = QStringLiteral("饮用水,方便食品,应急灯");
  }
  s.villageCode = frame.villages[v].code;
  s.location = randomPointIn(frame.villages[v], rng);
  s.usableAreaM2 = std::max(500.0, std::round(s.capacity * rng.uniform(1.5, 2.5)));
  return s;
}

Shelter temporaryPoint(const Frame &frame, int index, Rng &rng)
{
  const int v = index % frame.villages.size();
  Shelter s;
  s.shelterClass = QStringLiteral("temporary");
  s.name = frame.villages[v].name + ChineseNames::numeral(rng.range(1, 12)) + QStringLiteral("组临时避险点");
  s.capacity = rng.range(30, 300);
  s.usableAreaM2 = std::round(s.capacity * rng.uniform(1.0, 2.0));
  s.supplies = rng.chance(0.5) ? QStringLiteral("饮用水,应急灯") : QString();
  s.villageCode = frame.villages[v].code;
  s.location = randomPointIn(frame.villages[v], rng);
  return s;
}

struct TeamKind
{
  const char *code;
  double weight;
  int minMembers, maxMembers;
};

const TeamKind kTeamKinds[] = {
  {"comprehensive", 15, 30, 120}, {"professional", 30, 15, 60}, {"social", 25, 10, 50}, {"militia", 20, 20, 60}, {"enterprise", 10, 10, 40},
};

const QStringList &specialties()
{
  static const QStringList s {QStringLiteral("forest_fire"), QStringLiteral("water"), QStringLiteral("mountain"), QStringLiteral("collapse"),
                              QStringLiteral("hazmat")};
  return s;
}

QString equipmentFor(const QStringList &chosen)
{
  static const QStringList kit {QStringLiteral("风力灭火机,灭火水枪,油锯"), QStringLiteral("冲锋舟,救生衣,抛投器"),
                                QStringLiteral("绳索救援套装,担架,卫星电话"), QStringLiteral("破拆工具,生命探测仪,发电机"),
                                QStringLiteral("防化服,空气呼吸器,气体检测仪")};
  QStringList out;
  for (const QString &s : chosen)
    out << kit[specialties().indexOf(s)];
  return out.join(QLatin1Char(','));
}

// Name and specialties follow the kind: a professional team has one trade,
// a comprehensive one several.
void describeTeam(Team &team, const QString &town, Rng &rng)
{
  static const QStringList trades {QStringLiteral("森林消防专业队"), QStringLiteral("水上救援专业队"), QStringLiteral("山地救援专业队"),
                                   QStringLiteral("地质灾害抢险专业队"), QStringLiteral("危化品处置专业队")};
  static const QStringList socials {QStringLiteral("蓝天救援队"), QStringLiteral("志愿者救援队"), QStringLiteral("红十字救援队")};
  static const QStringList firms {QStringLiteral("矿山救护队"), QStringLiteral("电力抢修队"), QStringLiteral("燃气抢险队")};
  QStringList chosen;
  if (team.kind == QLatin1String("comprehensive")) {
    chosen = specialties().mid(0, rng.range(3, 4));
    team.name = town + QStringLiteral("综合应急救援队");
  } else if (team.kind == QLatin1String("professional")) {
    const int trade = rng.range(0, specialties().size() - 1);
    chosen << specialties()[trade];
    team.name = town + trades[trade];
  } else if (team.kind == QLatin1String("social")) {
    chosen << specialties()[rng.range(1, 2)];
    team.name = town + pickOf(socials, rng);
  } else if (team.kind == QLatin1String("militia")) {
    chosen << specialties()[0] << specialties()[1];
    team.name = town + QStringLiteral("民兵应急连");
  } else {
    chosen << specialties()[rng.chance(0.5) ? 3 : 4];
    team.name = town + pickOf(firms, rng);
  }
  team.specialties = chosen.join(QLatin1Char(','));
  team.equipment = equipmentFor(chosen);
}

struct ItemKind
{
  const char *item;
  const char *unit;
  double base; //!< a village depot's typical stock
};

const ItemKind kItems[] = {
  {"帐篷", "顶", 20},    {"折叠床", "张", 50},   {"棉被", "床", 100},  {"救生衣", "件", 40},   {"冲锋舟", "艘", 1},
  {"发电机", "台", 2},   {"应急灯", "个", 30},   {"饮用水", "箱", 100}, {"方便食品", "箱", 80}, {"编织袋", "条", 1000},
  {"雨衣", "件", 50},    {"铁锹", "把", 40},     {"抽水泵", "台", 2},   {"灭火器", "具", 20},
};

void stockDepot(Depots &out, int depot, double multiplier, Rng &rng)
{
  constexpr int kinds = sizeof(kItems) / sizeof(kItems[0]);
  int order[kinds];
  for (int i = 0; i < kinds; ++i)
    order[i] = i;
  const int count = rng.range(4, 10);
  for (int i = 0; i < count; ++i) {
    std::swap(order[i], order[rng.range(i, kinds - 1)]); // partial Fisher-Yates: distinct items
    const ItemKind &k = kItems[order[i]];
    ReserveItem item;
    item.item = QString::fromUtf8(k.item);
    item.unit = QString::fromUtf8(k.unit);
    item.quantity = std::max(1.0, std::round(k.base * multiplier * rng.uniform(0.6, 1.4)));
    out.items << item;
    out.itemDepot << depot;
  }
}

} // namespace

QVector<Shelter> buildShelters(const Frame &frame, int classed, int temporary, Rng &rng)
{
  const int classI = std::max(1, static_cast<int>(std::lround(classed * 0.025)));
  const int classII = static_cast<int>(std::lround(classed * 0.10));
  const int classIII = static_cast<int>(std::lround(classed * 0.25));
  const WeightedPick populous = byPopulation(frame);
  QVector<Shelter> out;
  out.reserve(classed + temporary);
  for (int i = 0; i < classed; ++i)
    out << classedShelter(frame, i, classI, classII, classIII, populous, rng);
  for (int i = 0; i < temporary; ++i)
    out << temporaryPoint(frame, i, rng);
  for (int i = 0; i < out.size(); ++i) {
    out[i].code = serialCode("SH", i + 1);
    out[i].manager = ChineseNames::person(rng);
    out[i].phone = ChineseNames::mobile(rng);
  }
  return out;
}

QVector<Team> buildTeams(const Frame &frame, int count, Rng &rng)
{
  QVector<double> weights;
  for (const TeamKind &k : kTeamKinds)
    weights << k.weight;
  const WeightedPick kinds(weights);
  const int inSeat = static_cast<int>(std::lround(count / 4.0));
  QVector<Team> out;
  out.reserve(count);
  for (int i = 0; i < count; ++i) {
    const int t = i < inSeat || frame.townships.size() == 1 ? 0 : 1 + (i - inSeat) % (frame.townships.size() - 1);
    const TeamKind &kind = kTeamKinds[i == 0 ? 0 : kinds.pick(rng)];
    const Area &town = frame.townships[t];
    Team team;
    team.code = serialCode("TM", i + 1);
    team.kind = QLatin1String(kind.code);
    describeTeam(team, town.name, rng);
    if (i == 0)
      team.name = QStringLiteral("示范县综合性消防救援大队");
    team.members = rng.range(kind.minMembers, kind.maxMembers);
    team.leader = ChineseNames::person(rng);
    team.phone = ChineseNames::mobile(rng);
    const QVector<int> &villages = frame.villagesOf[t];
    const int v = rng.chance(0.5) ? villages[0] : villages[rng.range(0, villages.size() - 1)];
    team.base = frame.villages[v].name;
    team.location = randomPointIn(frame.villages[v], rng);
    team.status = rng.chance(0.05) ? QStringLiteral("deployed") : QStringLiteral("standby");
    team.townshipCode = town.code;
    out << team;
  }
  return out;
}

Depots buildReserves(const Frame &frame, int count, Rng &rng)
{
  static const QStringList shops {QStringLiteral("超市"), QStringLiteral("粮油店"), QStringLiteral("药店"), QStringLiteral("五金店")};
  const WeightedPick populous = byPopulation(frame);
  Depots out;
  for (int i = 0; i < count; ++i) {
    Reserve r;
    int v = 0;
    double multiplier = 1;
    if (i == 0) { // the county depot in the seat
      v = frame.villagesOf[0][0];
      r.level = QStringLiteral("county");
      r.name = QStringLiteral("示范县应急物资储备库");
      multiplier = 20;
    } else if (i <= frame.townships.size()) { // one depot per township, in its seat
      v = frame.villagesOf[i - 1][0];
      r.level = QStringLiteral("township");
      r.name = frame.townships[i - 1].name + QStringLiteral("应急物资储备点");
      multiplier = 5;
    } else if (rng.chance(0.65)) {
      v = populous.pick(rng);
      r.level = QStringLiteral("village");
      r.name = frame.villages[v].name + QStringLiteral("应急物资储备点");
    } else {
      v = populous.pick(rng);
      r.level = QStringLiteral("social");
      r.name = frame.villages[v].name + pickOf(shops, rng) + QStringLiteral("协议储备点");
      multiplier = 2;
    }
    r.code = serialCode("RS", i + 1);
    r.keeper = ChineseNames::person(rng);
    r.phone = ChineseNames::mobile(rng);
    r.townshipCode = frame.townships[frame.villages[v].township].code;
    r.location = randomPointIn(frame.villages[v], rng);
    out.reserves << r;
    stockDepot(out, i, multiplier, rng);
  }
  return out;
}

} // namespace onemap::sample
