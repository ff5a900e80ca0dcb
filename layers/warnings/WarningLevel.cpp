#include "WarningLevel.h"

#include <QRegularExpression>

namespace onemap {

QString WarningLevel::fromText(const QString &text)
{
  static const QRegularExpression colour(QStringLiteral("([蓝黄橙红])色"));
  static const QRegularExpression grade(QStringLiteral("(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I|四|三|二|一)\\s*级"));
  static const QRegularExpression english(QStringLiteral("\\b(blue|yellow|orange|red)\\b"), QRegularExpression::CaseInsensitiveOption);
  if (const QRegularExpressionMatch m = colour.match(text); m.hasMatch()) {
    const QString c = m.captured(1);
    return c == QStringLiteral("蓝") ? QStringLiteral("blue") : c == QStringLiteral("黄") ? QStringLiteral("yellow")
         : c == QStringLiteral("橙") ? QStringLiteral("orange") : QStringLiteral("red");
  }
  if (const QRegularExpressionMatch m = grade.match(text); m.hasMatch()) {
    const QString g = m.captured(1);
    if (g == QStringLiteral("Ⅳ") || g == QLatin1String("IV") || g == QStringLiteral("四"))
      return QStringLiteral("blue");
    if (g == QStringLiteral("Ⅲ") || g == QLatin1String("III") || g == QStringLiteral("三"))
      return QStringLiteral("yellow");
    if (g == QStringLiteral("Ⅱ") || g == QLatin1String("II") || g == QStringLiteral("二"))
      return QStringLiteral("orange");
    return QStringLiteral("red");
  }
  if (const QRegularExpressionMatch m = english.match(text); m.hasMatch())
    return m.captured(1).toLower();
  return QString();
}

QString WarningLevel::fromSeverity(const QString &severity)
{
  if (severity == QLatin1String("Minor")) return QStringLiteral("blue");
  if (severity == QLatin1String("Moderate")) return QStringLiteral("yellow");
  if (severity == QLatin1String("Severe")) return QStringLiteral("orange");
  if (severity == QLatin1String("Extreme")) return QStringLiteral("red");
  return QString();
}

QString WarningLevel::of(const CapInfo &info)
{
  // English colour words only count in parameters: a headline such as
  // "Red Flag Warning" or "Red River" is not a colour level.
  for (const QString &text : {info.headline, info.event}) {
    const QString l = fromText(text);
    if (!l.isEmpty() && (text.contains(QStringLiteral("色")) || text.contains(QStringLiteral("级"))))
      return l;
  }
  for (const auto &p : info.parameters) {
    const QString l = fromText(p.second);
    if (!l.isEmpty())
      return l;
  }
  const QString s = fromSeverity(info.severity);
  return s.isEmpty() ? QStringLiteral("blue") : s;
}

} // namespace onemap
