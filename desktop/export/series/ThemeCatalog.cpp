#include "ThemeCatalog.h"

#include <QCoreApplication>

namespace onemap {

QString Theme::translatedTitle(const QString &county) const
{
  return QCoreApplication::translate("onemap::ThemeCatalog", title).arg(county);
}

QString Theme::translatedSubtitle() const { return QCoreApplication::translate("onemap::ThemeCatalog", subtitle); }

namespace ThemeCatalog {

const QVector<Theme> &themes()
{
  // The base every sheet draws over; listed per theme so a theme reads whole.
  static const QVector<Theme> all {
    {QStringLiteral("zoning"), QStringLiteral("01-风险普查区划"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "%1 natural-disaster risk census zoning map"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "Risk zones by hazard and risk level; zones by township"),
     {QStringLiteral("risk_geological"), QStringLiteral("risk_flood"), QStringLiteral("risk_forest_fire"), QStringLiteral("rivers"),
      QStringLiteral("county"), QStringLiteral("townships")},
     ThemeExtra::None, &ThemeTables::zoning},
    {QStringLiteral("dangers"), QStringLiteral("02-隐患点分布"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "%1 hidden-danger distribution map"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "Hidden-danger points by type and status; points by township"),
     {QStringLiteral("hidden_dangers"), QStringLiteral("rivers"), QStringLiteral("roads"), QStringLiteral("county"), QStringLiteral("townships")},
     ThemeExtra::None, &ThemeTables::dangers},
    {QStringLiteral("shelters"), QStringLiteral("03-避难场所分布与覆盖"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "%1 emergency shelter distribution and coverage map"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "Shelters by class with their 5-minute walking coverage; shelters and capacity by township"),
     {QStringLiteral("shelters"), QStringLiteral("temporary_shelters"), QStringLiteral("roads"), QStringLiteral("county"), QStringLiteral("townships")},
     ThemeExtra::ShelterCoverage, &ThemeTables::shelters},
    {QStringLiteral("resources"), QStringLiteral("04-救援队伍与物资储备"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "%1 rescue teams and material reserves map"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "Rescue teams and material depots; teams, members and depots by township"),
     {QStringLiteral("teams"), QStringLiteral("reserves"), QStringLiteral("roads"), QStringLiteral("county"), QStringLiteral("townships")},
     ThemeExtra::None, &ThemeTables::resources},
    {QStringLiteral("warnings"), QStringLiteral("05-生效预警"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "%1 warnings in force map"),
     QT_TRANSLATE_NOOP("onemap::ThemeCatalog", "Warnings in force by level; warnings and area covered by township"),
     {QStringLiteral("warnings"), QStringLiteral("rivers"), QStringLiteral("county"), QStringLiteral("townships")},
     ThemeExtra::None, &ThemeTables::warnings},
  };
  return all;
}

const Theme *find(const QString &id)
{
  for (const Theme &theme : themes())
    if (theme.id == id)
      return &theme;
  return nullptr;
}

QStringList ids()
{
  QStringList out;
  for (const Theme &theme : themes())
    out << theme.id;
  return out;
}

} // namespace ThemeCatalog
} // namespace onemap
