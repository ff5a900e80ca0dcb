#pragma once
// \brief The snow/freeze model in plain numbers: where a warning level puts the
// freezing line, which road segments ice and close there, and how much ice
// a power line collects. No store access, so the tests check it by hand.
//
// Freezing altitude (where snow lies and roads ice):
//   H = h_ref + T_level / gamma
// h_ref: altitude of the county seat, where the reference weather station of
// the warning stands; gamma = 0.65 degC per 100 m, the temperature lapse rate
// of the ICAO / ISO 2533 standard atmosphere (6.5 K/km). T_level is the
// minimum temperature the level means at that station: the CMA cold-wave
// signals (China Meteorological Administration Order No. 16, 2007) set it at
// <= 4 degC for blue and yellow and <= 0 degC for orange and red; the plugin
// spreads the levels 2 degC apart (blue 6, yellow 4, orange 2, red 0 degC) so
// that each level brings the line down by one step of 2 / 0.0065 = 308 m,
// yellow and red being exactly the CMA thresholds.
//
// Icing-prone segments (易结冰路段: bridges, shaded slopes, passes) run about
// 2 degC colder than the air, so they behave as if 308 m higher.
//
// Closing: an iced village road is closed. Roads higher in the 除冰保畅
// order (ploughing, de-icing salt, chain checkpoints: trunk roads first) stay
// open until the ice is harder, i.e. the freezing line is further below them:
// national and provincial roads 4 degC (615 m), county roads 2 degC (308 m),
// township roads 1 degC (154 m).
//
// Ice on power lines: the expected standard ice thickness at the freezing line
// is the ice-zone value of the level after GB 50545-2010 and DL/T 5440-2009
// (light zone <= 10 mm, medium 15-20 mm, heavy >= 20 mm): blue 5, yellow 10,
// orange 15, red 20 mm; above the line it grows by 1 mm per 100 m (the
// plugin's assumption: in-cloud icing grows with height above the freezing
// level). Below the line no ice forms. A line is at risk when its design ice
// thickness is below the expected thickness at its highest point.
#include <QString>

namespace onemap::snowfreeze {

//! 0.65 degC per 100 m (ISO 2533 standard atmosphere).
constexpr double kLapseRatePerM = 0.0065;
//! Icing-prone surfaces are this much colder than the air.
constexpr double kIcingProneColderC = 2.0;

enum class Level { Blue, Yellow, Orange, Red };

//! "blue".."red" (warnings.level); false when the text is none of them.
bool levelFromText(const QString &text, Level *level);

//! Minimum temperature at the reference station for the level, degC.
double referenceTemperatureC(Level level);

//! H = h_ref + T_level / gamma, in metres.
double freezingAltitudeM(Level level, double referenceAltitudeM);

//! The altitude a segment behaves as: its highest point, or its icing-prone
//! spot raised by 2 degC / gamma when that is higher. \a icingAltitudeM < 0: none.
double effectiveAltitudeM(double maxAltitudeM, double icingAltitudeM);

//! How far above H a road of this class stays open (0 for village roads).
double keptOpenMarginM(const QString &roadClass);

bool isIced(double effectiveAltitudeM, double freezingAltitudeM);
bool isClosed(double effectiveAltitudeM, double freezingAltitudeM, const QString &roadClass);

//! Standard ice thickness at the freezing line for the level, mm.
double baseIceMm(Level level);
//! Expected ice at \a altitudeM: 0 below H, else base + 1 mm per 100 m above H.
double expectedIceMm(Level level, double altitudeM, double freezingAltitudeM);

//! GB 50545-2010 ice zone of a design thickness: "light", "medium" or "heavy".
QString iceZone(double designIceMm);

} // namespace onemap::snowfreeze
