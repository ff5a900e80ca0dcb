#pragma once
// The one event the drought plugin records: a township's drought level as
// assessed on a day (旱情评定), kept in drought_levels with the township's
// polygon. Its impact is the villages of that township short of drinking water.
#include "api/HazardPlugin.h"

namespace onemap::drought {

//! "assessment": township code, level, date, basis, share short (%), source.
EventKind assessmentKind();

//! Validates every value (error naming the field) and inserts one
//! drought_levels row in one savepoint; -1 and nothing written on error.
qint64 recordAssessment(sqlite3 *db, const QVariantMap &values, QString *error);

//! The township's polygon, its villages short of drinking water (most short
//! first) and a section by village with a total.
EventImpact assessmentImpact(sqlite3 *db, qint64 id, QString *error);

} // namespace onemap::drought
