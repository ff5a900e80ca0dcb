#pragma once
// The plugin's own tables (prefix fire_) and their sample-county rows:
//   fire_forest_areas  林区/林班 polygons with the 火险区 class (1..3)
//   fire_watch_posts   瞭望塔 with their view radius
//   fire_firebreaks    防火隔离带 lines with their width
//   fire_hotspots      satellite 热点 and what checking them found
//   fire_events        火情: ignition point, weather and fuel for the spread model
#include <QStringList>

struct sqlite3;

namespace onemap::forestfire {

QStringList fireMigrations();

//! Deterministic rows for the sample county: forests on the thinly settled
//! (hill) villages away from each township seat, a watch post and a firebreak
//! per forest, satellite hotspots of the last high season and one labelled
//! sample fire. Returns an error text, empty on success.
QString writeSampleFireData(sqlite3 *db, quint64 seed);

} // namespace onemap::forestfire
