#include "TravelSpeeds.h"

namespace onemap {

double TravelSpeeds::kmh(TravelMode mode, const QString &roadClass) const
{
  if (mode == TravelMode::Walk)
    return walkKmh;
  const auto it = driveKmh.constFind(roadClass);
  if (it != driveKmh.constEnd())
    return it.value();
  return driveKmh.value(QStringLiteral("village"), 20);
}

QHash<QString, double> TravelSpeeds::defaultDriveKmh()
{
  return {{QStringLiteral("national"), 60},
          {QStringLiteral("provincial"), 50},
          {QStringLiteral("county"), 40},
          {QStringLiteral("township"), 30},
          {QStringLiteral("village"), 20}};
}

QString TravelSpeeds::modeCode(TravelMode mode)
{
  return mode == TravelMode::Walk ? QStringLiteral("walk") : QStringLiteral("drive");
}

bool TravelSpeeds::modeFromCode(const QString &code, TravelMode &out)
{
  if (code == QLatin1String("walk"))
    out = TravelMode::Walk;
  else if (code == QLatin1String("drive"))
    out = TravelMode::Drive;
  else
    return false;
  return true;
}

} // namespace onemap
