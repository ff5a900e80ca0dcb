#include "HazardMapping.h"

#include <QVector>

namespace onemap {

namespace {
struct Rule
{
  const char *code;
  QStringList words; //!< matched case-insensitively as substrings
};

// Order matters: the more specific hazard first ("地质灾害气象风险" names rain
// as its cause but is a geological warning; "山洪" is a flood, not rainstorm).
const QVector<Rule> &rules()
{
  static const QVector<Rule> r {
    {"geological", {QStringLiteral("地质灾害"), QStringLiteral("滑坡"), QStringLiteral("泥石流"), QStringLiteral("崩塌"), QStringLiteral("地面塌陷"),
                    QStringLiteral("landslide"), QStringLiteral("debris flow"), QStringLiteral("mudslide"), QStringLiteral("rockfall")}},
    {"earthquake", {QStringLiteral("地震"), QStringLiteral("earthquake"), QStringLiteral("seismic")}},
    {"forest_fire", {QStringLiteral("森林火"), QStringLiteral("草原火"), QStringLiteral("火险"), QStringLiteral("山火"),
                     QStringLiteral("forest fire"), QStringLiteral("bushfire"), QStringLiteral("bush fire"), QStringLiteral("wildfire"), QStringLiteral("fire weather"), QStringLiteral("grass fire")}},
    {"flood", {QStringLiteral("山洪"), QStringLiteral("洪水"), QStringLiteral("洪涝"), QStringLiteral("内涝"), QStringLiteral("渍涝"), QStringLiteral("超警"),
               QStringLiteral("flood")}},
    {"hazmat", {QStringLiteral("危险化学品"), QStringLiteral("危化"), QStringLiteral("hazardous material"), QStringLiteral("chemical")}},
    {"drought", {QStringLiteral("干旱"), QStringLiteral("drought")}},
    {"snow_freeze", {QStringLiteral("暴雪"), QStringLiteral("寒潮"), QStringLiteral("结冰"), QStringLiteral("冰冻"), QStringLiteral("霜冻"), QStringLiteral("低温"), QStringLiteral("冻雨"),
                     QStringLiteral("snow"), QStringLiteral("blizzard"), QStringLiteral("freez"), QStringLiteral("frost"), QStringLiteral("ice storm"), QStringLiteral("winter storm")}},
    {"rainstorm", {QStringLiteral("暴雨"), QStringLiteral("强降雨"), QStringLiteral("强降水"), QStringLiteral("雷雨"), QStringLiteral("雷电"), QStringLiteral("强对流"), QStringLiteral("冰雹"), QStringLiteral("台风"),
                   QStringLiteral("rain"), QStringLiteral("thunderstorm"), QStringLiteral("typhoon"), QStringLiteral("tropical cyclone"), QStringLiteral("hail")}},
  };
  return r;
}
} // namespace

QString HazardMapping::fromText(const QString &text)
{
  for (const Rule &rule : rules())
    for (const QString &w : rule.words)
      if (text.contains(w, Qt::CaseInsensitive))
        return QString::fromLatin1(rule.code);
  return QString();
}

QString HazardMapping::of(const CapInfo &info)
{
  for (const QString &text : {info.event, info.headline}) {
    const QString code = fromText(text);
    if (!code.isEmpty())
      return code;
  }
  for (const auto &c : info.eventCodes) {
    const QString code = fromText(c.second);
    if (!code.isEmpty())
      return code;
  }
  if (info.categories.contains(QLatin1String("Fire")))
    return QStringLiteral("forest_fire");
  return other();
}

} // namespace onemap
