#pragma once
// 地震事件: the event form's parameters, recording a quake the duty officer
// enters (validated field by field, one row in quake_events) and its impact:
// the intensity VI ellipse (which holds every stronger ring) as the area,
// the rings-by-township section and the villages inside.
#include "api/HazardPlugin.h"

namespace onemap::earthquake {

constexpr double kMinMagnitude = 4.0; //!< below: no county response (GB/T 17742 felt only)
constexpr double kMaxMagnitude = 8.5;
constexpr double kMaxDepthKm = 100.0; //!< crustal and upper-mantle quakes of mainland China

QVector<EventKind> eventKinds();
qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error);
EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error);

} // namespace onemap::earthquake
