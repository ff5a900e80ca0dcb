#include "DrinkingWaterModel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace onemap::drought {

VillageBalance villageBalance(qint64 population, const QVector<SourceShare> &sources, double normLitres)
{
  VillageBalance b;
  b.population = std::max<qint64>(0, population);
  b.demandM3 = double(b.population) * normLitres / 1000.0;
  for (const SourceShare &s : sources) {
    if (s.peopleServed <= 0 || s.peopleHere <= 0 || s.currentM3PerDay <= 0)
      continue;
    b.supplyM3 += s.currentM3PerDay * double(s.peopleHere) / double(s.peopleServed);
  }
  const double supplyLitres = b.supplyM3 * 1000.0;
  b.litresPerPerson = b.population > 0 ? supplyLitres / double(b.population) : 0;
  // The small epsilon keeps an exact multiple of the norm (35 000 L for 1000
  // people) from losing a person to floating-point rounding.
  const qint64 fullRations = qint64(std::floor(supplyLitres / normLitres + 1e-9));
  b.peopleShort = std::max<qint64>(0, b.population - fullRations);
  b.shortfallM3 = std::max(0.0, b.demandM3 - b.supplyM3);
  return b;
}

DroughtLevel levelForShortShare(double share)
{
  // 国家防汛抗旱应急预案 (2006) 附则: <=20 % light, 21-40 % moderate, 41-60 %
  // severe, >60 % extreme; the 20-21 % gaps of the text go to the lower level.
  if (!(share > 0))
    return DroughtLevel::None;
  if (share <= 0.20)
    return DroughtLevel::Light;
  if (share <= 0.40)
    return DroughtLevel::Moderate;
  if (share <= 0.60)
    return DroughtLevel::Severe;
  return DroughtLevel::Extreme;
}

QString levelCode(DroughtLevel level)
{
  switch (level) {
  case DroughtLevel::Light: return QStringLiteral("light");
  case DroughtLevel::Moderate: return QStringLiteral("moderate");
  case DroughtLevel::Severe: return QStringLiteral("severe");
  case DroughtLevel::Extreme: return QStringLiteral("extreme");
  case DroughtLevel::None: break;
  }
  return {};
}

DroughtLevel levelFromCode(const QString &code)
{
  for (DroughtLevel l : {DroughtLevel::Light, DroughtLevel::Moderate, DroughtLevel::Severe, DroughtLevel::Extreme})
    if (levelCode(l) == code)
      return l;
  return DroughtLevel::None;
}

QString levelName(DroughtLevel level)
{
  switch (level) {
  case DroughtLevel::Light: return QCoreApplication::translate("onemap::DroughtPlugin", "light drought");
  case DroughtLevel::Moderate: return QCoreApplication::translate("onemap::DroughtPlugin", "moderate drought");
  case DroughtLevel::Severe: return QCoreApplication::translate("onemap::DroughtPlugin", "severe drought");
  case DroughtLevel::Extreme: return QCoreApplication::translate("onemap::DroughtPlugin", "extreme drought");
  case DroughtLevel::None: break;
  }
  return QCoreApplication::translate("onemap::DroughtPlugin", "no drought");
}

} // namespace onemap::drought
