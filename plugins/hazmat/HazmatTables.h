#pragma once
// The plugin's own tables: major hazard sources (重大危险源) with their gas and
// level sensors, tailings ponds (尾矿库) whose sensors are board stations of
// kind 'tailings', and recorded releases.
#include <QString>
#include <QStringList>

struct sqlite3;

namespace onemap::hazmat {

QStringList tableMigrations();

//! Sample sources along the county's roads near township seats, ponds above
//! its rivers, their sensors (one of each kind over threshold). Deterministic.
QString writeSample(sqlite3 *db, quint64 seed);

} // namespace onemap::hazmat
