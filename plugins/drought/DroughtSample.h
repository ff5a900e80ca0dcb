#pragma once
// Sample-county rows for the drought tables: a dry-season day (2024-04-20, the
// height of the spring drought in the south-west) on which the reservoirs and
// ponds of a few townships have fallen low and some villages go short.
#include <QString>

struct sqlite3;

namespace onemap::drought {

//! The day the sample describes.
QString sampleDate();

//! Writes the water sources, who relies on them, and the township drought
//! levels derived from them. Deterministic for a given \a seed. Error text or empty.
QString writeDroughtSample(sqlite3 *db, quint64 seed);

} // namespace onemap::drought
