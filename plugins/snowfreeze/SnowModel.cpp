#include "SnowModel.h"

namespace onemap::snowfreeze {

bool levelFromText(const QString &text, Level *level)
{
  static const char *names[] = {"blue", "yellow", "orange", "red"};
  for (int i = 0; i < 4; ++i)
    if (text == QLatin1String(names[i])) {
      *level = static_cast<Level>(i);
      return true;
    }
  return false;
}

double referenceTemperatureC(Level level)
{
  switch (level) {
  case Level::Blue: return 6.0;
  case Level::Yellow: return 4.0;   // CMA yellow cold wave: minimum <= 4 degC
  case Level::Orange: return 2.0;
  case Level::Red: return 0.0;      // CMA red cold wave: minimum <= 0 degC
  }
  return 6.0;
}

double freezingAltitudeM(Level level, double referenceAltitudeM)
{
  return referenceAltitudeM + referenceTemperatureC(level) / kLapseRatePerM;
}

double effectiveAltitudeM(double maxAltitudeM, double icingAltitudeM)
{
  if (icingAltitudeM < 0)
    return maxAltitudeM;
  const double raised = icingAltitudeM + kIcingProneColderC / kLapseRatePerM;
  return raised > maxAltitudeM ? raised : maxAltitudeM;
}

double keptOpenMarginM(const QString &roadClass)
{
  if (roadClass == QLatin1String("national") || roadClass == QLatin1String("provincial"))
    return 4.0 / kLapseRatePerM;
  if (roadClass == QLatin1String("county"))
    return 2.0 / kLapseRatePerM;
  if (roadClass == QLatin1String("township"))
    return 1.0 / kLapseRatePerM;
  return 0.0;
}

bool isIced(double effectiveAltitudeM, double freezingAltitudeM) { return effectiveAltitudeM >= freezingAltitudeM; }

bool isClosed(double effectiveAltitudeM, double freezingAltitudeM, const QString &roadClass)
{
  return effectiveAltitudeM >= freezingAltitudeM + keptOpenMarginM(roadClass);
}

double baseIceMm(Level level)
{
  switch (level) {
  case Level::Blue: return 5.0;
  case Level::Yellow: return 10.0;
  case Level::Orange: return 15.0;
  case Level::Red: return 20.0;
  }
  return 5.0;
}

double expectedIceMm(Level level, double altitudeM, double freezingAltitudeM)
{
  if (altitudeM < freezingAltitudeM)
    return 0.0;
  return baseIceMm(level) + (altitudeM - freezingAltitudeM) / 100.0;
}

QString iceZone(double designIceMm)
{
  if (designIceMm >= 20.0)
    return QStringLiteral("heavy");
  if (designIceMm > 10.0)
    return QStringLiteral("medium");
  return QStringLiteral("light");
}

} // namespace onemap::snowfreeze
