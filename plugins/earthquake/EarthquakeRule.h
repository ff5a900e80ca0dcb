#pragma once
// The earthquake warning rule: villages in the intensity VI+ rings of the
// event the warning refers to, and the people per ring and township.
#include "QuakeEvents.h"
#include "api/HazardPlugin.h"

namespace onemap::earthquake {

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error);
ImpactSection impactSection(sqlite3 *db, qint64 warningId);

//! The same for one recorded event (warning or not).
QVector<ThreatenedObject> threatenedByEvent(sqlite3 *db, const QuakeEvent &event, QString *error);
ImpactSection sectionForEvent(sqlite3 *db, const QuakeEvent &event);

} // namespace onemap::earthquake
