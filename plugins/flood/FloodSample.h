#pragma once
// Sample-county rows for the flood tables, laid on the county's real
// `rivers`, villages and debris-flow points so they line up on the map.
#include <QtGlobal>
#include <QString>

struct sqlite3;

namespace onemap::flood {

//! Flood zones along every river (a buffer clipped to each township it
//! crosses), torrent gullies from debris-flow villages down to the nearest
//! river, reservoirs upstream on the tributaries and at gully heads, and the
//! 警戒/保证水位 of each river-level station. Deterministic for \a seed.
//! Returns an error text, empty on success.
QString writeSample(sqlite3 *db, quint64 seed);

//! Hack's law (Hack 1957, USGS Prof. Paper 294-B): main-stream length
//! L = 1.4 A^0.6 in miles and square miles, i.e. L_km = 1.273 A_km2^0.6;
//! returns the catchment area A (km2) of a gully \a lengthKm long.
double hackCatchmentKm2(double lengthKm);

} // namespace onemap::flood
