#pragma once
// The drought warning rule: a drought warning threatens the villages of its
// area whose water sources fall short of the drinking-water norm, most people
// short first; the impact section counts them by township.
#include "api/HazardPlugin.h"

namespace onemap::drought {

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);

//! Villages short, people short and the daily shortfall per township, a total
//! row and the drought level each share gives (国家防汛抗旱应急预案 干旱等级).
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

} // namespace onemap::drought
