#pragma once
// geo_monitors: the professional monitoring at hidden-danger points (GNSS
// displacement, crack meters, rain gauges) with their alarm thresholds.
#include <QString>
#include <QStringList>

struct sqlite3;

namespace onemap::geohazard {

//! Hazard types (hidden_dangers.hazard_type) this plugin looks after.
const QStringList &geoHazardTypes();

//! Schema steps of geo_monitors, in order.
QStringList monitorMigrations();

//! A few dozen monitors at the sample county's most populous geohazard points.
//! Returns an error text, empty on success.
QString writeSampleMonitors(sqlite3 *db, quint64 seed);

} // namespace onemap::geohazard
