#pragma once
// \brief The SQL behind WarningImpact: one statement per object kind, each
// finding the points within one warning's area (R*Tree prefilter or scan).
#include <QString>
#include <QStringList>

namespace onemap::ImpactQueries {

//! Columns: id, identifier, headline, level, hazard, status, area_desc, sent, expires. Binds ?1 = warning id.
QString warning();

//! Columns: id, code, name, hazard_type, status, deadline, village_code, village name,
//! township code, township name, threatened_people, supervised.
//! Binds ?1 = warning id, then ?2.. = the \a hazardTypes given (count only).
QString dangers(bool useSpatialIndex, int hazardTypes);

//! Columns: id, code, name, capacity, occupancy, is_open, township code, township name. Binds ?1.
QString shelters(bool useSpatialIndex);

//! Columns: id, code, name, kind, members, status, township code, township name. Binds ?1.
QString teams(bool useSpatialIndex);

//! Columns: code, name, population, households of every township.
QString townships();

//! Columns: id, expires of the active orange and red warnings. No parameters.
QString escalatingWarnings();
//! Ids of dangers not signed off within one warning. Binds ?1 = warning id.
QString openDangersWithin();

} // namespace onemap::ImpactQueries
