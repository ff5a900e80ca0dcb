#include "TransferLabels.h"

#include "map/FieldLabels.h"

#include <QCoreApplication>
#include <cmath>

namespace onemap::TransferLabels {

QString unplacedReason(const QString &code)
{
  if (code == QLatin1String("no_shelter_reachable"))
    return QCoreApplication::translate("onemap::TransferLabels", "No shelter reachable");
  if (code == QLatin1String("capacity_exhausted"))
    return QCoreApplication::translate("onemap::TransferLabels", "Shelters full");
  return code;
}

QString riskType(const QString &code)
{
  // Danger points carry a hazard type; villages the hazard of the plan's area.
  const QString type = FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), code);
  if (type != code)
    return type;
  return FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), code);
}

QString sourceKind(const QString &kind)
{
  if (kind == QLatin1String("danger"))
    return QCoreApplication::translate("onemap::TransferLabels", "Hidden-danger point");
  if (kind == QLatin1String("village"))
    return QCoreApplication::translate("onemap::TransferLabels", "Village");
  return kind;
}

QString km(double metres, bool blankZero)
{
  if (blankZero && metres <= 0)
    return QString();
  return QString::number(metres / 1000.0, 'f', 1);
}

QString minutes(double minutes, bool blankZero)
{
  if (blankZero && minutes <= 0)
    return QString();
  return QString::number(std::lround(minutes));
}

} // namespace onemap::TransferLabels
