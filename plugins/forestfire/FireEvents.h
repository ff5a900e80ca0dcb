#pragma once
// 火情 events: the form the board shows (eventKinds), the validated write into
// fire_events (recordEvent) and the spread model run on one (eventImpact).
#include "api/HazardPlugin.h"

#include <optional>

struct sqlite3;

namespace onemap::forestfire {

//! Fuel-arrangement coefficient Ks of Wang Zhengfei's model (王正非 1983,
//! 山火初始蔓延速度测算法, 山地研究 1(2): 42-51): 平铺针叶 0.8, 枯枝落叶 1.2,
//! 茅草杂草 1.6, 牧场草原 2.0. 0 for an unknown code.
double fuelCoefficient(const QString &fuelType);

//! The one event kind, "fire".
EventKind fireEventKind();

//! Validates every value of \a values (error "<field>: ..." and nothing
//! written on the first bad one) and inserts the fire in one transaction.
qint64 recordFire(sqlite3 *db, const QVariantMap &values, QString *error);

struct FireEvent
{
  qint64 id = 0;
  QString name, startedAt, fuelType;
  double lon = 0, lat = 0, windSpeed = 0, windFromDeg = 0, hours = 0, r0 = 0;
};

std::optional<FireEvent> loadFire(sqlite3 *db, qint64 id, QString *error = nullptr);

//! The spread ellipse of fire \a id and what lies in it, by township.
EventImpact fireImpact(sqlite3 *db, qint64 id, QString *error);

} // namespace onemap::forestfire
