#pragma once
// The snow_freeze warning rule and its impact section, both read off one
// Assessment (SnowAssessment.h).
#include "api/HazardPlugin.h"

namespace onemap::snowfreeze {

//! Cut-off villages (most people first), then iced road segments (by class),
//! then power lines at risk.
QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);
//! Per township: road km closed, villages and people cut off, lines at risk; a total row.
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

} // namespace onemap::snowfreeze
