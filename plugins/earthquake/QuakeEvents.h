#pragma once
// The plugin's own table quake_events (epicentres) and the event a warning
// refers to.
#include "IntensityModel.h"

#include <QString>
#include <QStringList>
#include <optional>

struct sqlite3;

namespace onemap::earthquake {

struct QuakeEvent
{
  qint64 id = 0;
  QString place;
  QString occurredAt;
  Event event;
};

QStringList quakeEventMigrations();

//! One sample event (labelled as such) near the middle of the sample county.
QString writeSampleEvent(sqlite3 *db, quint64 seed);

//! The newest event within 50 km of earthquake warning \a warningId's area;
//! none when the warning is not an earthquake one or no event is near.
std::optional<QuakeEvent> eventForWarning(sqlite3 *db, qint64 warningId, QString *error = nullptr);

//! Event \a id of quake_events; none (with \a error) when there is no such row.
std::optional<QuakeEvent> eventById(sqlite3 *db, qint64 id, QString *error = nullptr);

} // namespace onemap::earthquake
