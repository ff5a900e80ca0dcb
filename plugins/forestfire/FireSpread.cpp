#include "FireSpread.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtMath>

#include <cmath>

namespace onemap::forestfire {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
constexpr double kMetresPerMile = 1609.344;

} // namespace

double FireEllipse::areaM2() const
{
  return M_PI * semiMajorM * semiMinorM;
}

double windCorrection(double windSpeedMs)
{
  return std::exp(0.1783 * windSpeedMs);
}

double midflameWind(double wind10mMs)
{
  constexpr double kTenMetresToTwentyFeet = 1.15; // BehavePlus
  constexpr double kWindAdjustment = 0.4;         // Rothermel 1983, unsheltered fuels
  return kWindAdjustment * wind10mMs / kTenMetresToTwentyFeet;
}

double lengthToBreadth(double u)
{
  return 0.936 * std::exp(0.2566 * u) + 0.461 * std::exp(-0.1548 * u) - 0.397;
}

double headToBack(double lb)
{
  if (lb <= 1.0)
    return 1.0;
  const double s = std::sqrt(lb * lb - 1.0);
  return (lb + s) / (lb - s);
}

double metresPerSecondToMph(double v)
{
  return v * 3600.0 / kMetresPerMile;
}

Result<FireEllipse> spread(const FireInput &in)
{
  const struct { const char *name; double value; } fields[] = {
    {"r0", in.r0MetresPerMin}, {"ks", in.ks}, {"wind_speed", in.windSpeed}, {"hours", in.hours}};
  for (const auto &f : fields)
    if (!std::isfinite(f.value) || f.value < 0)
      return Status::failure(QCoreApplication::translate("onemap::FireSpread", "fire spread: field %1 must be a number of zero or more, got %2").arg(QLatin1String(f.name)).arg(f.value));
  if (!std::isfinite(in.windFromDeg))
    return Status::failure(QCoreApplication::translate("onemap::FireSpread", "fire spread: field wind_from_deg must be a number, got %1").arg(in.windFromDeg));
  FireEllipse e;
  e.kw = windCorrection(in.windSpeed);
  e.headRateMetresPerMin = in.r0MetresPerMin * in.ks * e.kw; // Kphi = 1 (flat)
  // Anderson's curve dips just below 1 for light winds; a fire is never
  // narrower than it is long.
  e.midflameWindMs = midflameWind(in.windSpeed);
  e.lengthToBreadth = std::max(1.0, lengthToBreadth(metresPerSecondToMph(e.midflameWindMs)));
  e.headToBack = headToBack(e.lengthToBreadth);
  e.headRunM = e.headRateMetresPerMin * 60.0 * in.hours;
  e.backRunM = e.headRunM / e.headToBack;
  e.semiMajorM = 0.5 * (e.headRunM + e.backRunM);
  e.semiMinorM = e.semiMajorM / e.lengthToBreadth;
  e.centreOffsetM = e.semiMajorM - e.backRunM;
  // Downwind, in 0..<360 whatever range the "from" direction came in.
  e.headingDeg = std::fmod(std::fmod(in.windFromDeg + 180.0, 360.0) + 360.0, 360.0);
  return e;
}

QString ellipseWkt(const FireInput &in, const FireEllipse &e, int vertices)
{
  const double h = qDegreesToRadians(e.headingDeg);
  const double ux = std::sin(h), uy = std::cos(h);   // downwind unit vector (east, north)
  const double vx = std::cos(h), vy = -std::sin(h);  // crosswind
  const double k = M_PI / 180.0 * kEarthRadiusM;
  QStringList pts;
  for (int i = 0; i <= vertices; ++i) {
    const double t = 2 * M_PI * (i % vertices) / vertices;
    const double along = e.centreOffsetM + e.semiMajorM * std::cos(t);
    const double across = e.semiMinorM * std::sin(t);
    const double east = along * ux + across * vx, north = along * uy + across * vy;
    const double lon = in.lon + east / (k * std::cos(qDegreesToRadians(in.lat)));
    const double lat = in.lat + north / k;
    pts << QStringLiteral("%1 %2").arg(lon, 0, 'f', 8).arg(lat, 0, 'f', 8);
  }
  return QStringLiteral("POLYGON((%1))").arg(pts.join(QStringLiteral(", ")));
}

Result<QVector<PlaceInside>> placesInside(sqlite3 *db, const QString &wkt)
{
  // Table names are fixed literals here; the area comes in as a bound parameter.
  const char *kSql = R"SQL(
SELECT 'admin_units', name, population FROM admin_units
 WHERE level = 'village' AND ST_Contains(GeomFromText(?1, 4490), ST_Centroid(geom))
UNION ALL
SELECT 'shelters', name, 0 FROM shelters WHERE ST_Contains(GeomFromText(?1, 4490), geom)
UNION ALL
SELECT 'teams', name, 0 FROM teams WHERE ST_Contains(GeomFromText(?1, 4490), geom)
)SQL";
  SqlStatement q(db, QString::fromUtf8(kSql));
  q.bind(1, wkt);
  QVector<PlaceInside> out;
  while (q.next())
    out.append(PlaceInside {q.text(0), q.text(1), q.int64(2)});
  if (q.hasError())
    return Status::failure(QCoreApplication::translate("onemap::FireSpread", "fire spread: cannot find the places in the burnt area: %1").arg(q.error()));
  return out;
}

} // namespace onemap::forestfire
