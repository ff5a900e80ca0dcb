#pragma once
// Seismic intensity (China scale, GB/T 17742) around an epicentre from the
// elliptical intensity attenuation relation adopted for the fifth-generation
// zonation map GB 18306-2015:
//
//   I = A + B*Ms + C*lg(R + R0)      (separately along the long and short axis)
//
// Yu Yanxiang, Li Shanyou, Xiao Liang (俞言祥, 李山有, 肖亮), 2013,
// "Development of ground motion attenuation relations for the new seismic
// hazard map of China" (为新区划图编制所建立的地震动衰减关系), Technology for
// Earthquake Disaster Prevention (震灾防御技术) 8(1): 24-33, Table 1;
// the same coefficients are reproduced in the GB 18306-2015 explanatory
// material (高孟潭 ed., 宣贯教材, p. 172). R is the epicentral distance in km,
// Ms the surface-wave magnitude; lg is the base-10 logarithm.
//
//   region                         axis   A       B       C        R0   sigma
//   Eastern strong (东部强震区)     long   5.7123  1.3626  -4.2903  25   0.5826
//                                  short  3.6588  1.3626  -3.5406  13
//   Moderate-to-strong (中强地震区) long   5.8410  1.0710  -3.6570  15   0.5200
//                                  short  3.9440  1.0710  -2.8450   7
//   Xinjiang (新疆区)               long   5.6018  1.4347  -4.4899  25   0.5924
//                                  short  3.6113  1.4347  -3.8477  13
//   Qinghai-Tibet (青藏区)          long   6.4580  1.2746  -4.4709  25   0.6636
//                                  short  3.3682  1.2746  -3.3119   9
//
// The long- and short-axis forms give the same epicentral intensity (R = 0)
// in every region, which the tests check as a guard against typos.
// Focal depth is not a term of this relation; it is carried for display only.
#include <QString>
#include <QVector>

namespace onemap::earthquake {

enum class Region { EasternStrong, ModerateStrong, Xinjiang, QinghaiTibet };

struct AxisCoefficients
{
  double a = 0, b = 0, c = 0, r0 = 0;
};

struct RegionCoefficients
{
  AxisCoefficients longAxis;
  AxisCoefficients shortAxis;
  double sigma = 0;
};

const RegionCoefficients &coefficients(Region region);

struct Event
{
  double lon = 0;          //!< epicentre, EPSG:4490 degrees
  double lat = 0;
  double magnitude = 0;    //!< surface-wave magnitude Ms
  double depthKm = 0;      //!< not used by the relation (see above)
  double longAxisAzimuthDeg = 0; //!< direction of the long axis, clockwise from north (fault strike when known)
  Region region = Region::ModerateStrong;
};

//! Intensity at \a distanceKm from the epicentre along one axis.
double intensityAlongLongAxis(const Event &e, double distanceKm);
double intensityAlongShortAxis(const Event &e, double distanceKm);
//! Intensity at the epicentre (R = 0, long-axis form).
double epicentralIntensity(const Event &e);

//! Semi-axis in km of the isoseismal ellipse of \a intensity along one axis;
//! 0 when the intensity is not reached.
double longSemiAxisKm(const Event &e, double intensity);
double shortSemiAxisKm(const Event &e, double intensity);

//! Intensity at a point \a eastKm / \a northKm from the epicentre: the
//! intensity whose isoseismal ellipse passes through the point.
double intensityAt(const Event &e, double eastKm, double northKm);
//! Same, at a lon/lat point (local equirectangular projection about the epicentre).
double intensityAtLonLat(const Event &e, double lon, double lat);

struct Ring
{
  int intensity = 0;       //!< VI..XI as 6..11
  double longKm = 0;       //!< semi-axes
  double shortKm = 0;
};

//! Isoseismal ellipses for intensities VI..XI that the event reaches, strongest first.
QVector<Ring> rings(const Event &e);
//! Closed polygon of one ring as WKT in EPSG:4490 (\a vertices points).
QString ringWkt(const Event &e, const Ring &ring, int vertices = 180);

//! Roman numeral of an intensity 1..12 for labels ("VI").
QString roman(int intensity);

//! Local metric offsets of a lon/lat point from an origin (equirectangular,
//! GRS80 mean radius; adequate within a few hundred km for ring membership).
void lonLatToLocalKm(double lon0, double lat0, double lon, double lat, double &eastKm, double &northKm);
void localKmToLonLat(double lon0, double lat0, double eastKm, double northKm, double &lon, double &lat);

} // namespace onemap::earthquake
