#pragma once
// The flood plugin's own tables: reservoirs, torrent gullies (山洪沟), flood
// zones (洪水风险区) and the warning / guaranteed levels of the board's
// river-level stations. Rivers and gauges themselves stay in the board's
// `rivers` and `stations` tables.
#include <QStringList>

namespace onemap::flood {

//! Schema steps, in order (step 1 = all four tables).
QStringList floodMigrations();

} // namespace onemap::flood
