#include "FloodTables.h"

namespace onemap::flood {

QStringList floodMigrations()
{
  // Scale codes follow SL 252 (水利水电工程等级划分): 小(2)型 10-100, 小(1)型
  // 100-1000, 中型 1000-10000, 大型 >= 10000 (10^4 m3); the CHECK keeps a
  // capacity inside its scale's band so a typo in either is caught.
  return {QStringLiteral(R"SQL(
CREATE TABLE flood_reservoirs (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  scale TEXT NOT NULL CHECK (scale IN ('small_2','small_1','medium','large')),
  capacity_1e4m3 REAL NOT NULL CHECK (capacity_1e4m3 > 0),
  flood_limit_level REAL NOT NULL,
  design_flood_level REAL NOT NULL,
  current_level REAL,
  level_time TEXT,
  township_code TEXT CHECK (township_code IS NULL OR length(township_code) = 12),
  CHECK (design_flood_level >= flood_limit_level),
  CHECK ((scale = 'small_2' AND capacity_1e4m3 < 100) OR (scale = 'small_1' AND capacity_1e4m3 >= 100 AND capacity_1e4m3 < 1000)
      OR (scale = 'medium' AND capacity_1e4m3 >= 1000 AND capacity_1e4m3 < 10000) OR (scale = 'large' AND capacity_1e4m3 >= 10000)));
SELECT AddGeometryColumn('flood_reservoirs', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('flood_reservoirs', 'geom');

CREATE TABLE flood_gullies (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  catchment_km2 REAL NOT NULL CHECK (catchment_km2 > 0),
  villages_at_risk INTEGER NOT NULL CHECK (villages_at_risk >= 0),
  people INTEGER NOT NULL CHECK (people >= 0),
  village_code TEXT CHECK (village_code IS NULL OR length(village_code) = 12),
  township_code TEXT CHECK (township_code IS NULL OR length(township_code) = 12));
SELECT AddGeometryColumn('flood_gullies', 'geom', 4490, 'LINESTRING', 'XY');
SELECT CreateSpatialIndex('flood_gullies', 'geom');

CREATE TABLE flood_zones (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('river_flood','torrent','reservoir_downstream')),
  return_period INTEGER NOT NULL CHECK (return_period IN (10, 20, 50, 100)),
  river_id INTEGER,
  township_code TEXT CHECK (township_code IS NULL OR length(township_code) = 12));
SELECT AddGeometryColumn('flood_zones', 'geom', 4490, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('flood_zones', 'geom');

CREATE TABLE flood_gauge_levels (
  station_id INTEGER PRIMARY KEY REFERENCES stations(id) ON DELETE CASCADE,
  warning_level REAL NOT NULL,
  guarantee_level REAL NOT NULL,
  CHECK (guarantee_level >= warning_level));
-- A CHECK cannot look at another table: only river-level stations carry
-- 警戒/保证水位, so anything else is refused here.
CREATE TRIGGER flood_gauge_levels_river_level BEFORE INSERT ON flood_gauge_levels
WHEN NOT EXISTS (SELECT 1 FROM stations WHERE id = NEW.station_id AND kind = 'river_level')
BEGIN SELECT RAISE(ABORT, 'flood_gauge_levels.station_id: not a river_level station'); END;
CREATE TRIGGER flood_gauge_levels_river_level_update BEFORE UPDATE OF station_id ON flood_gauge_levels
WHEN NOT EXISTS (SELECT 1 FROM stations WHERE id = NEW.station_id AND kind = 'river_level')
BEGIN SELECT RAISE(ABORT, 'flood_gauge_levels.station_id: not a river_level station'); END;
)SQL")};
}

} // namespace onemap::flood
