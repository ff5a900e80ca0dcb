#pragma once
// The flood / rainstorm warning rule and the plugin's impact section, both
// read off one run of the impact model (FloodExposure).
#include "api/HazardPlugin.h"

namespace onemap::flood {

//! Villages whose territory meets a flood zone inside the warning area and
//! the torrent gullies in it, most people in the zone first.
QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);

//! Per township: villages and people in the zone, gullies, shelters within
//! 2 km and whether they hold the people, gauges over 警戒水位 and
//! reservoirs over 汛限水位; a total row last.
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

} // namespace onemap::flood
