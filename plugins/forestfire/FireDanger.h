#pragma once
// Fire-danger level of a forest area on a date.
//
// Two national scales meet here:
//  - the area's class 一/二/三级火险区 (LY/T 1063-2008 全国森林火险区划等级:
//    class 1 is the most fire-prone), fixed per area in fire_forest_areas;
//  - the daily five-level rating 森林火险气象等级 (GB/T 36743-2018: 一级 低,
//    二级 较低, 三级 较高, 四级 高, 五级 极高), which the meteorological
//    bureau issues; its warning signal is yellow (三级), orange (四级), red (五级).
// The county plans the board is built for (seed 003: 施甸 is a national
// level-1 fire-danger county, "每年2—5月是森林草原火灾高发期"; domain.md:
// "Feb-May high season") set the season. Without the day's forecast the board
// uses a seasonal baseline per area class, and a forecast or warning only raises it.
#include <QDate>
#include <QString>

namespace onemap::forestfire {

//! Feb 1 to May 31: the high season of the county plan.
bool isHighSeason(const QDate &date);

//! Baseline level 1..5 for an area of \a areaClass (1..3) on \a date:
//! high season  class 1 -> 4, class 2 -> 3, class 3 -> 2;
//! otherwise    class 1 -> 2, class 2 -> 1, class 3 -> 1.
//! \a forecastLevel (0 = none, else 1..5) raises it, never lowers it.
//! An out-of-range class counts as class 3; 0 for an invalid date.
int dangerLevel(int areaClass, const QDate &date, int forecastLevel = 0);

//! Forecast level a forest-fire warning of colour \a level stands for:
//! blue 2, yellow 3, orange 4, red 5 (0 for anything else).
int levelOfWarningColour(const QString &level);

//! "IV级 高" style name of a level, translated (e.g. "level 4 (high)").
QString dangerLevelName(int level);

//! "一级火险区" style name of an area class, translated.
QString areaClassName(int areaClass);

} // namespace onemap::forestfire
