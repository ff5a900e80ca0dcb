#pragma once
// The hazmat warning rule (domain: "sensor over threshold"): a hazmat warning
// threatens the major hazard sources and tailings ponds inside its area and
// the villages within their protective distance (a source: the largest ERG
// 2024 protective action distance for its substance; a pond: its dam-break
// influence distance from its safety assessment, downstream within +/-45
// degrees), ranked by people; sensors over threshold come first.
#include "api/HazardPlugin.h"

namespace onemap::hazmat {

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

//! Half-angle of the downstream sector of a tailings pond.
constexpr double kPondSectorDeg = 45;

} // namespace onemap::hazmat
