#pragma once
// The geohazard warning rule: a rainstorm or geological-hazard warning
// threatens the open landslide / collapse / debris-flow / unstable-slope /
// subsidence points inside its area, most threatened people first.
#include "api/HazardPlugin.h"

namespace onemap::geohazard {

//! Warning hazards (warnings.hazard) the rule answers.
const QStringList &warningHazards();

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);

//! Count, people and the ten most threatened points, with their monitors.
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

} // namespace onemap::geohazard
