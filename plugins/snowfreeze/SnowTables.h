#pragma once
// The plugin's own tables: altitude and icing-prone spots of each road
// segment (snow_road_segments, one row per roads row), power lines with their
// design ice thickness (snow_power_lines) and village altitudes
// (snow_village_altitude), with deterministic sample rows.
#include <QString>
#include <QStringList>

struct sqlite3;

namespace onemap::snowfreeze {

QStringList snowMigrations();

//! Sample rows from one terrain (Terrain.h) over the sample county's roads,
//! rivers and villages. Returns an error text, empty on success.
QString writeSampleTables(sqlite3 *db, quint64 seed);

} // namespace onemap::snowfreeze
