#pragma once
// The "release" event (危化品泄漏): where (a source or a point), what (UN
// number from the shipped ERG table), how much (small/large, container for
// Table 3 substances), day or night, the wind. Stored in hazmat_releases;
// its impact is the ERG isolation circle plus downwind protective square
// (ReleaseZone) with people by village and township (areal weighting).
#include "api/HazardPlugin.h"

namespace onemap::hazmat {

QVector<EventKind> eventKinds();
qint64 recordEvent(sqlite3 *db, const QString &kind, const QVariantMap &values, QString *error);
EventImpact eventImpact(sqlite3 *db, const QString &kind, qint64 eventId, QString *error);

} // namespace onemap::hazmat
