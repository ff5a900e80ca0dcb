#include "FireDanger.h"

#include <QCoreApplication>
#include <algorithm>

namespace onemap::forestfire {

bool isHighSeason(const QDate &date)
{
  return date.isValid() && date.month() >= 2 && date.month() <= 5;
}

int dangerLevel(int areaClass, const QDate &date, int forecastLevel)
{
  if (!date.isValid())
    return 0;
  const int cls = (areaClass >= 1 && areaClass <= 3) ? areaClass : 3;
  const int baseline = isHighSeason(date) ? 5 - cls : std::max(1, 3 - cls);
  return std::clamp(std::max(baseline, forecastLevel), 1, 5);
}

int levelOfWarningColour(const QString &level)
{
  if (level == QLatin1String("blue"))
    return 2;
  if (level == QLatin1String("yellow"))
    return 3;
  if (level == QLatin1String("orange"))
    return 4;
  if (level == QLatin1String("red"))
    return 5;
  return 0;
}

QString dangerLevelName(int level)
{
  static const char *const kNames[] = {
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "level 1 (low)"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "level 2 (fairly low)"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "level 3 (fairly high)"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "level 4 (high)"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "level 5 (extreme)"),
  };
  if (level < 1 || level > 5)
    return QStringLiteral("-");
  return QCoreApplication::translate("onemap::ForestfirePlugin", kNames[level - 1]);
}

QString areaClassName(int areaClass)
{
  static const char *const kNames[] = {
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "class I fire-danger area"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "class II fire-danger area"),
    QT_TRANSLATE_NOOP("onemap::ForestfirePlugin", "class III fire-danger area"),
  };
  if (areaClass < 1 || areaClass > 3)
    return QStringLiteral("-");
  return QCoreApplication::translate("onemap::ForestfirePlugin", kNames[areaClass - 1]);
}

} // namespace onemap::forestfire
