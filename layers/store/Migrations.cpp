#include "Migrations.h"

#include "SqlStatement.h"

#include <QStringList>

namespace onemap::Migrations {

namespace {

// Schema 1: administrative frame, ledgers, warnings and the audit log.
const char *kSchema1 = R"SQL(
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('insert','update','delete','bulk_insert')),
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);

CREATE TABLE admin_units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('county','township','village','grid')),
  parent_code TEXT,
  population INTEGER CHECK (population >= 0),
  households INTEGER CHECK (households >= 0),
  area_km2 REAL);
CREATE INDEX admin_units_parent ON admin_units(parent_code);

CREATE TABLE risk_zones (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT,
  hazard TEXT NOT NULL,
  risk_level INTEGER NOT NULL CHECK (risk_level BETWEEN 1 AND 4),
  exposed_population INTEGER CHECK (exposed_population >= 0),
  exposed_houses INTEGER CHECK (exposed_houses >= 0),
  source_year INTEGER,
  township_code TEXT);

CREATE TABLE hidden_dangers (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  hazard_type TEXT NOT NULL,
  scale TEXT,
  threatened_people INTEGER CHECK (threatened_people >= 0),
  threatened_households INTEGER CHECK (threatened_households >= 0),
  threatened_property REAL CHECK (threatened_property >= 0),
  village_code TEXT,
  monitor_person TEXT,
  responsible_unit TEXT,
  responsible_person TEXT,
  phone TEXT,
  measures TEXT,
  deadline TEXT,
  status TEXT NOT NULL DEFAULT 'identified'
    CHECK (status IN ('identified','assigned','rectifying','checked','signed_off')),
  supervised INTEGER NOT NULL DEFAULT 0 CHECK (supervised IN (0,1)));
CREATE INDEX hidden_dangers_village ON hidden_dangers(village_code);

CREATE TABLE shelters (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  shelter_class TEXT NOT NULL CHECK (shelter_class IN ('I','II','III','village','temporary')),
  capacity INTEGER NOT NULL CHECK (capacity >= 0),
  usable_area_m2 REAL CHECK (usable_area_m2 >= 0),
  supplies TEXT,
  manager TEXT,
  phone TEXT,
  is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0,1)),
  occupancy INTEGER NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
  village_code TEXT);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('comprehensive','professional','social','militia','enterprise')),
  specialties TEXT,
  members INTEGER CHECK (members >= 0),
  equipment TEXT,
  leader TEXT,
  phone TEXT,
  base TEXT,
  status TEXT NOT NULL DEFAULT 'standby' CHECK (status IN ('standby','deployed')),
  township_code TEXT);

CREATE TABLE reserves (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('county','township','village','social','household')),
  keeper TEXT,
  phone TEXT,
  township_code TEXT);

CREATE TABLE reserve_items (
  id INTEGER PRIMARY KEY,
  reserve_id INTEGER NOT NULL REFERENCES reserves(id) ON DELETE CASCADE,
  item TEXT NOT NULL,
  unit TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity >= 0));
CREATE INDEX reserve_items_reserve ON reserve_items(reserve_id);

CREATE TABLE stations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('weather','rain_gauge','river_level','gnss','tailings')),
  latest_value REAL,
  latest_time TEXT,
  threshold REAL,
  unit TEXT,
  village_code TEXT);

CREATE TABLE cameras (
  id INTEGER PRIMARY KEY,
  channel_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  owner_department TEXT,
  stream_url TEXT,
  village_code TEXT);

CREATE TABLE responsible_persons (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('disaster_responsible','grid_member','info_officer','emergency_manager','monitor')),
  unit TEXT,
  admin_code TEXT,
  phone TEXT,
  covers_table TEXT,
  covers_id INTEGER);
CREATE INDEX responsible_persons_admin ON responsible_persons(admin_code);

CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  identifier TEXT NOT NULL,
  sender TEXT NOT NULL,
  sent TEXT NOT NULL,
  msg_type TEXT NOT NULL DEFAULT 'Alert' CHECK (msg_type IN ('Alert','Update','Cancel')),
  issuer TEXT,
  hazard TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('blue','yellow','orange','red')),
  stage TEXT,
  headline TEXT,
  description TEXT,
  area_desc TEXT,
  effective TEXT,
  onset TEXT,
  expires TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','updated','cancelled','expired')),
  UNIQUE (identifier, sender, sent));
)SQL";

// Schema 2: the road and river network, kept apart because routing grows on it.
const char *kSchema2 = R"SQL(
CREATE TABLE roads (
  id INTEGER PRIMARY KEY,
  name TEXT,
  road_class TEXT NOT NULL CHECK (road_class IN ('national','provincial','county','township','village')),
  length_m REAL CHECK (length_m >= 0),
  is_cut INTEGER NOT NULL DEFAULT 0 CHECK (is_cut IN (0,1)));
CREATE TABLE rivers (
  id INTEGER PRIMARY KEY,
  name TEXT,
  river_rank INTEGER);
)SQL";

// Schema 3: the hidden-danger closed loop. One row per step taken, never
// rewritten, so the history of a point (including reopenings) is kept whole;
// hidden_dangers.status caches the latest step for the map and the ledger.
const char *kSchema3 = R"SQL(
CREATE TABLE danger_events (
  id INTEGER PRIMARY KEY,
  danger_id INTEGER NOT NULL REFERENCES hidden_dangers(id) ON DELETE CASCADE,
  step TEXT NOT NULL
    CHECK (step IN ('identified','assigned','rectifying','checked','signed_off','reopened')),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT,
  responsible_unit TEXT,
  responsible_person TEXT,
  measures TEXT,
  deadline TEXT);
CREATE INDEX danger_events_danger ON danger_events(danger_id, at);
CREATE INDEX hidden_dangers_status ON hidden_dangers(status, deadline);
)SQL";

// Schema 4: call-and-answer (叫应) of a warning. One row per responsible
// person of each affected unit; names and phones are copied so the record
// stays what was called even when the person ledger changes later.
const char *kSchema4 = R"SQL(
CREATE TABLE warning_calls (
  id INTEGER PRIMARY KEY,
  warning_id INTEGER NOT NULL REFERENCES warnings(id) ON DELETE CASCADE,
  admin_code TEXT NOT NULL CHECK (length(admin_code) = 12),
  person_id INTEGER REFERENCES responsible_persons(id) ON DELETE SET NULL,
  person_name TEXT NOT NULL,
  role TEXT NOT NULL,
  phone TEXT,
  called_at TEXT,
  called_by TEXT,
  answered_at TEXT,
  answered_by TEXT,
  note TEXT,
  CHECK (answered_at IS NULL OR called_at IS NOT NULL),
  UNIQUE (warning_id, admin_code, person_id));
CREATE INDEX warning_calls_warning ON warning_calls(warning_id, admin_code);
)SQL";

// Schema 5: the daily statistics (七情统计) kept during a response: one value
// per day, statistic set (rain, drought, fire, snow, other), township and
// field. source says whether a person entered it or accepted a value the
// store derived, so a suggestion never replaces what someone typed.
const char *kSchema5 = R"SQL(
CREATE TABLE daily_statistics (
  id INTEGER PRIMARY KEY,
  report_date TEXT NOT NULL CHECK (report_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  stat_set TEXT NOT NULL CHECK (stat_set IN ('rain','drought','fire','snow','other')),
  township_code TEXT NOT NULL CHECK (length(township_code) = 12),
  field TEXT NOT NULL CHECK (length(field) > 0),
  value REAL NOT NULL CHECK (value >= 0),
  note TEXT,
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','suggested','copied')),
  UNIQUE (report_date, stat_set, township_code, field));
CREATE INDEX daily_statistics_day ON daily_statistics(report_date, stat_set);
)SQL";

// Schema 6: transfer plans (转移避险). A plan is a snapshot of who moves where
// (one row per group sent to one shelter; unplaced groups have shelter_id 0
// and a reason; shelter_id is no foreign key because the row keeps the
// shelter's name and stays a record after the shelter ledger changes); transfer_reports holds the reports of a response, one row per
// report, never rewritten.
const char *kSchema6 = R"SQL(
CREATE TABLE transfer_plans (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  area_kind TEXT NOT NULL CHECK (area_kind IN ('warning','zone','township','county')),
  area_ref TEXT NOT NULL,
  area_label TEXT,
  hazard TEXT,
  travel_mode TEXT NOT NULL DEFAULT 'walk' CHECK (travel_mode IN ('walk','drive')),
  walk_kmh REAL NOT NULL DEFAULT 5 CHECK (walk_kmh > 0),
  shelter_classes TEXT,
  cut_road_ids TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  note TEXT);
CREATE TABLE transfer_assignments (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES transfer_plans(id) ON DELETE CASCADE,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('danger','village')),
  source_code TEXT NOT NULL,
  source_name TEXT,
  village_code TEXT,
  township_code TEXT,
  risk_type TEXT,
  people INTEGER NOT NULL CHECK (people >= 0),
  shelter_id INTEGER NOT NULL DEFAULT 0,
  shelter_name TEXT,
  route_m REAL CHECK (route_m >= 0),
  route_minutes REAL CHECK (route_minutes >= 0),
  responsible_person TEXT,
  responsible_phone TEXT,
  unplaced_reason TEXT CHECK (unplaced_reason IS NULL OR unplaced_reason IN ('no_shelter_reachable','capacity_exhausted')),
  manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0,1)),
  CHECK ((shelter_id = 0) = (unplaced_reason IS NOT NULL)));
CREATE INDEX transfer_assignments_plan ON transfer_assignments(plan_id, township_code);
CREATE INDEX transfer_assignments_shelter ON transfer_assignments(shelter_id);
CREATE TABLE transfer_reports (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES transfer_plans(id) ON DELETE CASCADE,
  village_code TEXT NOT NULL CHECK (length(village_code) = 12),
  reported_at TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  transferred INTEGER NOT NULL CHECK (transferred >= 0),
  persons_at_post INTEGER NOT NULL DEFAULT 0 CHECK (persons_at_post >= 0),
  persons_expected INTEGER NOT NULL DEFAULT 0 CHECK (persons_expected >= 0),
  returned INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0),
  returns_assessed INTEGER NOT NULL DEFAULT 0 CHECK (returns_assessed IN (0,1)),
  note TEXT);
CREATE INDEX transfer_reports_plan ON transfer_reports(plan_id, village_code, reported_at);
)SQL";

// Schema 7: consultation meetings (会商) and their record. A consultation owns
// its agenda steps (each a saved view plus notes), the plots drawn on the map,
// the decisions and the tasks; all go with it (ON DELETE CASCADE). Plots keep
// one generic GEOMETRY column: a meeting draws arrows and lines (LINESTRING),
// areas (POLYGON/MULTIPOLYGON) and text or marks (POINT) on one layer, in one
// drawing order, and one table keeps that order and one undo history;
// the kind/geometry pairing is checked by the Consultations layer.
// warning_id is no foreign key: the record stays when the warning is purged.
const char *kSchema7 = R"SQL(
CREATE TABLE consultations (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('annual_outlook','seasonal_stage','rolling_event')),
  title TEXT NOT NULL CHECK (length(title) > 0),
  hazard TEXT,
  held_on TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  place TEXT,
  chair TEXT,
  attendees_json TEXT NOT NULL DEFAULT '[]',
  warning_id INTEGER,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  template_name TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE INDEX consultations_held ON consultations(held_on, started_at);
CREATE TABLE consultation_steps (
  id INTEGER PRIMARY KEY,
  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  title TEXT NOT NULL CHECK (length(title) > 0),
  speaker_notes TEXT,
  view_json TEXT NOT NULL DEFAULT '{}',
  snapshot_png BLOB,
  UNIQUE (consultation_id, position));
CREATE TABLE consultation_plots (
  id INTEGER PRIMARY KEY,
  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  step_position INTEGER CHECK (step_position IS NULL OR step_position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('arrow','area','line','text','mark')),
  style TEXT,
  label TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE INDEX consultation_plots_consultation ON consultation_plots(consultation_id, step_position);
CREATE TABLE consultation_decisions (
  id INTEGER PRIMARY KEY,
  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  text TEXT NOT NULL CHECK (length(text) > 0),
  UNIQUE (consultation_id, position));
CREATE TABLE consultation_tasks (
  id INTEGER PRIMARY KEY,
  consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  task TEXT NOT NULL CHECK (length(task) > 0),
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  unit TEXT,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
  done_at TEXT,
  CHECK ((status = 'done') = (done_at IS NOT NULL)));
CREATE INDEX consultation_tasks_due ON consultation_tasks(status, deadline);
CREATE TABLE consultation_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('annual_outlook','seasonal_stage','rolling_event')),
  hazard TEXT,
  steps_json TEXT NOT NULL DEFAULT '[]');
)SQL";

struct GeometryColumn
{
  const char *table;
  const char *type;
};

const GeometryColumn kGeometry1[] = {
  {"admin_units", "MULTIPOLYGON"}, {"risk_zones", "MULTIPOLYGON"}, {"hidden_dangers", "POINT"},
  {"shelters", "POINT"},           {"teams", "POINT"},             {"reserves", "POINT"},
  {"stations", "POINT"},           {"cameras", "POINT"},           {"warnings", "MULTIPOLYGON"},
};
const GeometryColumn kGeometry2[] = {{"roads", "LINESTRING"}, {"rivers", "LINESTRING"}};
const GeometryColumn kGeometry6[] = {{"transfer_plans", "MULTIPOLYGON"}, {"transfer_assignments", "LINESTRING"}};
const GeometryColumn kGeometry7[] = {{"consultation_plots", "GEOMETRY"}};

// SpatiaLite's management functions report failure as 0, not as an SQL error.
Status selectOne(sqlite3 *db, const QString &sql)
{
  SqlStatement q(db, sql);
  if (!q.next())
    return Status::failure(q.hasError() ? q.error() : sql);
  if (q.int64(0) != 1)
    return Status::failure(QStringLiteral("%1 returned %2").arg(sql, q.text(0)));
  return Status();
}

template <size_t N>
Status addGeometry(sqlite3 *db, const GeometryColumn (&columns)[N])
{
  for (const GeometryColumn &c : columns) {
    const QString table = QString::fromLatin1(c.table);
    if (Status s = selectOne(db, QStringLiteral("SELECT AddGeometryColumn('%1','geom',4490,'%2','XY')").arg(table, QLatin1String(c.type))); !s)
      return s;
    if (Status s = selectOne(db, QStringLiteral("SELECT CreateSpatialIndex('%1','geom')").arg(table)); !s)
      return s;
  }
  return Status();
}

Status run(sqlite3 *db, const char *sql)
{
  const QString err = execSql(db, QString::fromUtf8(sql));
  return err.isEmpty() ? Status() : Status::failure(err);
}

} // namespace

int latestVersion() { return 7; }

Status apply(sqlite3 *db, int version)
{
  switch (version) {
  case 1: {
    if (Status s = selectOne(db, QStringLiteral("SELECT InitSpatialMetadata(0, 'NONE')")); !s)
      return s;
    // CGCS2000 and its 3-degree Gauss-Kruger zone at 108E for metric work.
    for (int srid : {4490, 4545})
      if (Status s = selectOne(db, QStringLiteral("SELECT InsertEpsgSrid(%1)").arg(srid)); !s)
        return s;
    if (Status s = run(db, kSchema1); !s)
      return s;
    return addGeometry(db, kGeometry1);
  }
  case 2:
    if (Status s = run(db, kSchema2); !s)
      return s;
    return addGeometry(db, kGeometry2);
  case 3:
    return run(db, kSchema3);
  case 4:
    return run(db, kSchema4);
  case 5:
    return run(db, kSchema5);
  case 6:
    if (Status s = run(db, kSchema6); !s)
      return s;
    return addGeometry(db, kGeometry6);
  case 7:
    if (Status s = run(db, kSchema7); !s)
      return s;
    return addGeometry(db, kGeometry7);
  default:
    return Status::failure(QStringLiteral("no migration to schema %1").arg(version));
  }
}

} // namespace onemap::Migrations
