#include "IntensityModel.h"

#include <QStringList>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace onemap::earthquake {

namespace {
// Yu, Li & Xiao (2013) Table 1 / GB 18306-2015; see the header for the table.
const RegionCoefficients kEastern {{5.7123, 1.3626, -4.2903, 25}, {3.6588, 1.3626, -3.5406, 13}, 0.5826};
const RegionCoefficients kModerate {{5.8410, 1.0710, -3.6570, 15}, {3.9440, 1.0710, -2.8450, 7}, 0.5200};
const RegionCoefficients kXinjiang {{5.6018, 1.4347, -4.4899, 25}, {3.6113, 1.4347, -3.8477, 13}, 0.5924};
const RegionCoefficients kTibet {{6.4580, 1.2746, -4.4709, 25}, {3.3682, 1.2746, -3.3119, 9}, 0.6636};

constexpr double kEarthRadiusKm = 6371.0088; // IUGG mean radius

double along(const AxisCoefficients &k, double m, double r)
{
  return k.a + k.b * m + k.c * std::log10(std::max(0.0, r) + k.r0);
}

// Inverse of along(): R = 10^((I - A - B*M) / C) - R0, clipped at 0.
double semiAxis(const AxisCoefficients &k, double m, double intensity)
{
  const double r = std::pow(10.0, (intensity - k.a - k.b * m) / k.c) - k.r0;
  return r > 0 ? r : 0.0;
}
} // namespace

const RegionCoefficients &coefficients(Region region)
{
  switch (region) {
  case Region::EasternStrong: return kEastern;
  case Region::ModerateStrong: return kModerate;
  case Region::Xinjiang: return kXinjiang;
  case Region::QinghaiTibet: return kTibet;
  }
  return kModerate;
}

double intensityAlongLongAxis(const Event &e, double distanceKm)
{
  return along(coefficients(e.region).longAxis, e.magnitude, distanceKm);
}

double intensityAlongShortAxis(const Event &e, double distanceKm)
{
  return along(coefficients(e.region).shortAxis, e.magnitude, distanceKm);
}

double epicentralIntensity(const Event &e)
{
  return intensityAlongLongAxis(e, 0.0);
}

double longSemiAxisKm(const Event &e, double intensity)
{
  return semiAxis(coefficients(e.region).longAxis, e.magnitude, intensity);
}

double shortSemiAxisKm(const Event &e, double intensity)
{
  return semiAxis(coefficients(e.region).shortAxis, e.magnitude, intensity);
}

double intensityAt(const Event &e, double eastKm, double northKm)
{
  // Coordinates along the long axis (u) and the short axis (v).
  const double az = qDegreesToRadians(e.longAxisAzimuthDeg);
  const double u = eastKm * std::sin(az) + northKm * std::cos(az);
  const double v = eastKm * std::cos(az) - northKm * std::sin(az);
  const double i0 = epicentralIntensity(e);
  // Both semi-axes shrink as the intensity grows, so "inside the ellipse of
  // intensity I" is monotone in I: bisect for the ellipse through the point.
  auto inside = [&](double i) {
    const double a = longSemiAxisKm(e, i), b = shortSemiAxisKm(e, i);
    if (a <= 0 || b <= 0)
      return false;
    return (u / a) * (u / a) + (v / b) * (v / b) <= 1.0;
  };
  if (u == 0 && v == 0)
    return i0;
  double lo = std::min(intensityAlongLongAxis(e, std::hypot(u, v)), intensityAlongShortAxis(e, std::hypot(u, v))) - 1.0;
  double hi = i0;
  if (!inside(lo))
    return lo; // beyond the range where the relation is meaningful for this point
  for (int k = 0; k < 60; ++k) {
    const double mid = 0.5 * (lo + hi);
    (inside(mid) ? lo : hi) = mid;
  }
  return lo;
}

double intensityAtLonLat(const Event &e, double lon, double lat)
{
  double x = 0, y = 0;
  lonLatToLocalKm(e.lon, e.lat, lon, lat, x, y);
  return intensityAt(e, x, y);
}

QVector<Ring> rings(const Event &e)
{
  QVector<Ring> out;
  for (int i = 11; i >= 6; --i) {
    const double a = longSemiAxisKm(e, i), b = shortSemiAxisKm(e, i);
    if (a > 0 && b > 0)
      out.append(Ring {i, a, b});
  }
  return out;
}

QString ringWkt(const Event &e, const Ring &ring, int vertices)
{
  const double az = qDegreesToRadians(e.longAxisAzimuthDeg);
  QStringList pts;
  for (int k = 0; k <= vertices; ++k) {
    const double t = 2 * M_PI * (k % vertices) / vertices;
    const double u = ring.longKm * std::cos(t), v = ring.shortKm * std::sin(t);
    const double east = u * std::sin(az) + v * std::cos(az);
    const double north = u * std::cos(az) - v * std::sin(az);
    double lon = 0, lat = 0;
    localKmToLonLat(e.lon, e.lat, east, north, lon, lat);
    pts << QStringLiteral("%1 %2").arg(lon, 0, 'f', 7).arg(lat, 0, 'f', 7);
  }
  return QStringLiteral("POLYGON((%1))").arg(pts.join(QStringLiteral(", ")));
}

QString roman(int intensity)
{
  static const char *kNames[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  if (intensity < 1 || intensity > 12)
    return QString::number(intensity);
  return QString::fromLatin1(kNames[intensity]);
}

void lonLatToLocalKm(double lon0, double lat0, double lon, double lat, double &eastKm, double &northKm)
{
  const double k = M_PI / 180.0 * kEarthRadiusKm;
  eastKm = (lon - lon0) * k * std::cos(qDegreesToRadians(lat0));
  northKm = (lat - lat0) * k;
}

void localKmToLonLat(double lon0, double lat0, double eastKm, double northKm, double &lon, double &lat)
{
  const double k = M_PI / 180.0 * kEarthRadiusKm;
  lon = lon0 + eastKm / (k * std::cos(qDegreesToRadians(lat0)));
  lat = lat0 + northKm / k;
}

} // namespace onemap::earthquake
