#pragma once
// The drinking-water balance of one village in a drought, and the drought
// level of an area from the share of its people short of drinking water.
// Pure arithmetic: VillageSupply feeds it from the store.
//
// Demand norm: 35 L per person per day, the water-quantity criterion of
// 《农村饮水安全评价准则》 T/CHES 18-2018 (a 中国水利学会 group standard that
// 水利部 uses to evaluate rural drinking-water safety; it succeeds the 20~40 L
// "basic safety" band of 《农村饮用水安全卫生评价指标体系》 水农〔2004〕547号).
// The same criterion allows 20 L where sources are poor and people live
// scattered; kHardshipNormLitres is that floor, used only to word the reason.
// Checked against secondary sources (water-bureau Q&A pages quoting the
// criterion), not against the standard's own text.
//
// Drought levels (轻度/中度/严重/特大) from the share of people short of
// drinking water: 《国家防汛抗旱应急预案》 (国务院, 2006 edition), 附则 干旱等级:
// 轻度 <= 20 %, 中度 21~40 %, 严重 41~60 %, 特大 > 60 % of the area's people in
// temporary drinking-water difficulty because of drought (the same 附则 grades
// the crop area affected: <=30 %, 31~50 %, 51~80 %, >80 %). Checked against a
// secondary copy of the 2006 text; whether the 2022 revision of the 预案 keeps
// these grades was not checked. The regional
// standard GB/T 32135-2015 《区域旱情等级》 (which superseded SL 424-2008
// 《旱情等级标准》) has its own 因旱饮水困难 table; its numbers could not be
// confirmed while writing this and are NOT used here.
#include <QString>
#include <QVector>

namespace onemap::drought {

//! T/CHES 18-2018, water quantity: at least 35 L per person per day.
constexpr double kNormLitresPerPersonDay = 35.0;
//! T/CHES 18-2018: 20 L per person per day where sources are poor and scattered.
constexpr double kHardshipNormLitres = 20.0;

//! One water source's contribution to one village.
struct SourceShare
{
  double currentM3PerDay = 0; //!< design supply x current supply ratio
  qint64 peopleServed = 0;    //!< everyone relying on the source, all villages
  qint64 peopleHere = 0;      //!< those of them living in this village
};

struct VillageBalance
{
  qint64 population = 0;
  double demandM3 = 0;       //!< population x norm, per day
  double supplyM3 = 0;       //!< what its sources give it today, per day
  double litresPerPerson = 0;
  qint64 peopleShort = 0;    //!< people whose full daily norm is not met
  double shortfallM3 = 0;    //!< max(0, demand - supply), per day
};

//! A source's current supply is shared among the people relying on it in
//! proportion to their number; the village's supply is the sum of its shares.
//! People short = population - floor(supply / norm): the supply given out in
//! full daily rations covers floor(supply / norm) people, the rest go short.
//! People not listed against any source get nothing from the sources.
VillageBalance villageBalance(qint64 population, const QVector<SourceShare> &sources,
                              double normLitres = kNormLitresPerPersonDay);

enum class DroughtLevel { None = 0, Light = 1, Moderate = 2, Severe = 3, Extreme = 4 };

//! 国家防汛抗旱应急预案 (2006), 干旱等级, by the share (0..1) of people short.
DroughtLevel levelForShortShare(double share);

//! 'light', 'moderate', 'severe', 'extreme' (drought_levels.level); empty for None.
QString levelCode(DroughtLevel level);
DroughtLevel levelFromCode(const QString &code);
//! 轻度 / 中度 / 严重 / 特大, translated through onemap::DroughtPlugin.
QString levelName(DroughtLevel level);

} // namespace onemap::drought
