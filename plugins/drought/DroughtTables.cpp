#include "DroughtTables.h"

namespace onemap::drought {

const QStringList &sourceKinds()
{
  static const QStringList k {QStringLiteral("reservoir"), QStringLiteral("pond"), QStringLiteral("well"),
                              QStringLiteral("spring"), QStringLiteral("river_intake")};
  return k;
}

QStringList droughtMigrations()
{
  // supply_ratio is today's supply as a share of the design supply (what the
  // duty officer gets from the water bureau); storage_pct is kept for reservoirs
  // and ponds, whose storage is what the daily drought report quotes.
  return {QStringLiteral(R"SQL(
CREATE TABLE drought_water_sources (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reservoir','pond','well','spring','river_intake')),
  admin_code TEXT NOT NULL CHECK (length(admin_code) = 12),
  design_m3_day REAL NOT NULL CHECK (design_m3_day > 0),
  supply_ratio REAL NOT NULL CHECK (supply_ratio >= 0 AND supply_ratio <= 1),
  storage_pct REAL CHECK (storage_pct IS NULL OR (storage_pct >= 0 AND storage_pct <= 100)),
  updated_at TEXT NOT NULL,
  note TEXT);
CREATE INDEX drought_water_sources_admin ON drought_water_sources(admin_code);
SELECT AddGeometryColumn('drought_water_sources', 'geom', 4490, 'POINT', 'XY');
SELECT CreateSpatialIndex('drought_water_sources', 'geom');

CREATE TABLE drought_source_villages (
  source_id INTEGER NOT NULL REFERENCES drought_water_sources(id) ON DELETE CASCADE,
  village_code TEXT NOT NULL CHECK (length(village_code) = 12),
  people INTEGER NOT NULL CHECK (people > 0),
  PRIMARY KEY (source_id, village_code));
CREATE INDEX drought_source_villages_village ON drought_source_villages(village_code);

CREATE TABLE drought_levels (
  id INTEGER PRIMARY KEY,
  admin_code TEXT NOT NULL CHECK (length(admin_code) = 12),
  level TEXT NOT NULL CHECK (level IN ('light','moderate','severe','extreme')),
  assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  basis TEXT NOT NULL CHECK (basis IN ('drinking_water','agricultural','meteorological')),
  indicator REAL,
  source TEXT NOT NULL CHECK (length(source) > 0),
  UNIQUE (admin_code, assessed_on, basis));
SELECT AddGeometryColumn('drought_levels', 'geom', 4490, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('drought_levels', 'geom');
)SQL")};
}

} // namespace onemap::drought
