#pragma once
// Forest fire spread after T hours as a wind-driven ellipse.
//
// Forward (head) rate of spread, Wang Zhengfei (王正非) model as used in
// Chinese fire-spread practice:   R = R0 * Ks * Kw * Kphi
//   R0   initial spread rate without wind on flat ground, m/min (input: it
//        comes from the day's weather/fire-danger rating)
//   Ks   fuel-type (combustibility) coefficient (input, default 1)
//   Kw   wind correction, Kw = exp(0.1783 * V), V wind speed in m/s
//   Kphi slope correction: not applied here (flat-terrain ellipse; the
//        terrain model is out of scope), i.e. Kphi = 1.
//
// Shape: Anderson, H.E. 1983. Predicting wind-driven wild land fire size and
// shape. Research Paper INT-305, USDA Forest Service, Intermountain Forest and
// Range Experiment Station, Ogden UT. Length-to-breadth ratio
//   LB = 0.936*e^(0.2566*U) + 0.461*e^(-0.1548*U) - 0.397,  U midflame wind in mph.
// Head-to-back ratio from LB (Alexander, M.E. 1985, Estimating the
// length-to-breadth ratio of elliptical forest fire patterns, Proc. 8th Conf.
// Fire and Forest Meteorology, pp. 287-304):
//   HB = (LB + sqrt(LB^2 - 1)) / (LB - sqrt(LB^2 - 1)).
// The ignition point is the rear focus region: head run D = R*t downwind,
// back run D/HB upwind, length D + D/HB, breadth length/LB.
// Wind: the input is the forecast/station wind at 10 m (what a duty officer
// has). Wang's Kw takes it as is. Anderson's LB wants the midflame wind:
//   U_20ft    = U_10m / 1.15   (the 10 m to 20 ft conversion of BehavePlus)
//   U_midflame = WAF * U_20ft, WAF = 0.4 (Rothermel, R.C. 1983, How to predict
//   the spread and intensity of forest and range fires, GTR INT-143: unsheltered
//   surface fuels 0.4-0.5; sheltered under canopy 0.1-0.3). 0.4 is the
//   conservative end for a fire the board must warn about: a longer, narrower
//   head than under a closed canopy. Taking the 10 m wind as midflame wind
//   (as an earlier version did) gave LB 16 at a moderate 5 m/s breeze.
#include "store/Result.h"

#include <QString>
#include <QVector>

struct sqlite3;

namespace onemap::forestfire {

struct FireInput
{
  double lon = 0;                 //!< ignition point, EPSG:4490 degrees
  double lat = 0;
  double r0MetresPerMin = 0;      //!< R0
  double ks = 1.0;                //!< fuel coefficient Ks
  double windSpeed = 0;           //!< m/s at 10 m (station/forecast wind)
  double windFromDeg = 0;         //!< meteorological: where the wind comes FROM, clockwise from north
  double hours = 0;
};

struct FireEllipse
{
  double kw = 1;                  //!< wind correction
  double headRateMetresPerMin = 0;
  double midflameWindMs = 0;      //!< wind Anderson's LB is computed from
  double lengthToBreadth = 1;     //!< LB
  double headToBack = 1;          //!< HB
  double headRunM = 0;            //!< downwind run from the ignition point
  double backRunM = 0;            //!< upwind run
  double semiMajorM = 0;
  double semiMinorM = 0;
  double centreOffsetM = 0;       //!< ellipse centre downwind of the ignition point
  double headingDeg = 0;          //!< direction of spread (downwind), clockwise from north
  double areaM2() const;
};

double windCorrection(double windSpeedMs);
//! Midflame wind from the 10 m wind: 0.4 * V / 1.15 (see above).
double midflameWind(double wind10mMs);
double lengthToBreadth(double midflameWindMph);
double headToBack(double lengthToBreadth);
double metresPerSecondToMph(double v);

//! Fails on negative or non-finite inputs, naming the field.
Result<FireEllipse> spread(const FireInput &input);
//! Closed polygon in EPSG:4490 (local equirectangular about the ignition point).
QString ellipseWkt(const FireInput &input, const FireEllipse &e, int vertices = 180);

struct PlaceInside
{
  QString table;                  //!< admin_units, shelters or teams
  QString name;
  qint64 population = 0;          //!< villages only
};

//! Villages whose centroid, and shelters/teams whose point, lie in the burnt
//! area polygon \a wkt. \a db must have SpatiaLite loaded.
Result<QVector<PlaceInside>> placesInside(sqlite3 *db, const QString &wkt);

} // namespace onemap::forestfire
