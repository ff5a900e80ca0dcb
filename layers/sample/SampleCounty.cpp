#include "SampleCounty.h"

#include "SampleDangerHistory.h"
#include "SampleHazards.h"
#include "SampleResources.h"
#include "SampleSensors.h"
#include "admin_units/AdminUnit.h"
#include "catalog/Catalog.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace onemap {

using namespace sample;

namespace {

// Stream numbers: each part of the sample draws from its own stream.
enum Part : quint64 { FramePart = 1, NetworkPart, PeoplePart, ZonePart, DangerPart, ShelterPart, TeamPart, ReservePart, StationPart, CameraPart, HistoryPart };

int scaled(double perUnit, int scale) { return static_cast<int>(std::lround(perUnit * scale)); }

//! Everything the sample writes, built in memory before the transaction opens.
struct Content
{
  Frame frame;
  Network net;
  People people;
  QVector<RiskZone> zones;
  Dangers dangers;
  DangerHistories histories;
  QVector<Shelter> shelters;
  QVector<Team> teams;
  Depots depots;
  QVector<Station> stations;
  QVector<Camera> cameras;
  QVector<Warning> warnings;

  qint64 rows() const
  {
    return 1 + frame.townships.size() + frame.villages.size() + net.roads.size() + net.rivers.size() + zones.size()
           + dangers.points.size() + histories.events.size() + dangers.monitors.size() + shelters.size() + teams.size() + depots.reserves.size()
           + depots.items.size() + stations.size() + cameras.size() + people.persons.size() + warnings.size();
  }
};

AdminUnit adminUnit(const QString &code, const QString &name, const char *level, qint64 population, qint64 households,
                    const planar::MultiPolygon &shape)
{
  AdminUnit u;
  u.code = code;
  u.name = name;
  u.level = QLatin1String(level);
  u.parentCode = AdminUnit::parentOf(code);
  u.population = population;
  u.households = households;
  // Exact spherical area (R = 6371.0088 km) of the lon/lat polygon, see PlanarGeometry.
  u.areaKm2 = std::round(planar::sphericalAreaKm2(shape) * 100) / 100;
  u.wkt = planar::toWkt(shape);
  return u;
}

QVector<AdminUnit> adminUnits(const Frame &frame)
{
  QVector<AdminUnit> out;
  out << adminUnit(QLatin1String(SampleCounty::kCountyCode) + QStringLiteral("000000"), QStringLiteral("示范县"), "county", frame.population,
                   frame.households, frame.county);
  for (const Area &t : frame.townships)
    out << adminUnit(t.code, t.name, "township", t.population, t.households, t.shape);
  for (const Area &v : frame.villages)
    out << adminUnit(v.code, v.name, "village", v.population, v.households, v.shape);
  return out;
}

QDate registerDateOf(const SampleOptions &options)
{
  return options.registerDate.isValid() ? options.registerDate : SampleCounty::registerDate();
}

Result<Content> build(const SampleOptions &options, const SampleCounty::Progress &progress)
{
  auto step = [&](const char *name, int percent) {
    if (progress)
      progress(QCoreApplication::translate("onemap::SampleCounty", name), percent);
  };
  const quint64 seed = options.seed;
  const int scale = options.scale;
  Content c;
  ChineseNames names;
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "drawing the county, townships and villages"), 0);
  Rng frameRng = streamFor(seed, FramePart);
  Result<Frame> frame = buildFrame(frameRng, names);
  if (!frame)
    return frame.status();
  c.frame = frame.take();
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "laying out roads and rivers"), 3);
  Rng netRng = streamFor(seed, NetworkPart), peopleRng = streamFor(seed, PeoplePart), zoneRng = streamFor(seed, ZonePart);
  c.net = buildNetwork(c.frame, netRng, names);
  c.people = buildUnitPeople(c.frame, peopleRng);
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "zoning risks"), 5);
  c.zones = buildRiskZones(c.frame, c.net, zoneRng);
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "placing hidden-danger points"), 6);
  Rng dangerRng = streamFor(seed, DangerPart);
  c.dangers = buildHiddenDangers(c.frame, c.people, scaled(250, scale), dangerRng);
  // Its own stream, so the points stay where they were before histories existed.
  Rng historyRng = streamFor(seed, HistoryPart);
  QStringList townshipNames;
  for (const Area &t : c.frame.townships)
    townshipNames << t.name;
  c.histories = buildDangerHistories(c.dangers.points, townshipNames, registerDateOf(options), historyRng);
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "placing shelters, teams and reserves"), 7);
  Rng shelterRng = streamFor(seed, ShelterPart), teamRng = streamFor(seed, TeamPart), reserveRng = streamFor(seed, ReservePart);
  c.shelters = buildShelters(c.frame, scaled(80, scale), scaled(500, scale), shelterRng);
  c.teams = buildTeams(c.frame, scaled(40, scale), teamRng);
  c.depots = buildReserves(c.frame, scaled(20, scale), reserveRng);
  step(QT_TRANSLATE_NOOP("onemap::SampleCounty", "placing stations and cameras"), 8);
  Rng stationRng = streamFor(seed, StationPart), cameraRng = streamFor(seed, CameraPart);
  c.stations = buildStations(c.frame, c.net, c.dangers.points, stationRng);
  c.cameras = buildCameras(c.frame, scaled(300, scale), cameraRng);
  c.warnings = buildWarnings(c.frame, c.net, c.dangers.points, registerDateOf(options));
  return c;
}

Status ensureEmpty(Store &store)
{
  for (const TableSpec *spec : Catalog::tables()) {
    const qint64 rows = Table(store, *spec).count();
    if (rows > 0)
      return Status::failure(QCoreApplication::translate("onemap::SampleCounty", "%1 already holds data (%2 rows in %3): the sample county is only generated into an empty store")
                               .arg(store.path()).arg(rows).arg(spec->name));
  }
  return Status();
}

QHash<QString, qint64> idsByCode(Store &store, const QString &table)
{
  QHash<QString, qint64> ids; // looked up only, never iterated: its order does not matter
  SqlStatement q(store.handle(), QStringLiteral("SELECT code, id FROM %1").arg(table));
  while (q.next())
    ids.insert(q.text(0), q.int64(1));
  return ids;
}

//! Writes the tables in order and turns rows written into percent.
class Writer
{
public:
  Writer(Store &store, qint64 total, const SampleCounty::Progress &progress) : mStore(store), mTotal(total), mProgress(progress) {}

  template <typename T>
  Status write(const QVector<T> &rows, const char *label)
  {
    return write(rows, {}, label);
  }

  //! \a rows then \a more as one bulk insert, without copying them into one vector.
  template <typename T>
  Status write(const QVector<T> &rows, const QVector<T> &more, const char *label)
  {
    const QString step = QCoreApplication::translate("onemap::SampleCounty", label);
    const int count = rows.size() + more.size();
    Result<int> done = TypedTable<T>(mStore).table().insertMany(
      count, [&](int i) { return T::schema().toRecord(i < rows.size() ? rows[i] : more[i - rows.size()]); },
      QLatin1String(SampleCounty::kActor), [&](int n) { report(step, mDone + n); }, Table::SpatialIndexing::AfterRows);
    if (!done)
      return done.status();
    mDone += count;
    report(step, mDone);
    return Status();
  }

private:
  void report(const QString &step, qint64 done)
  {
    if (mProgress)
      mProgress(step, 10 + static_cast<int>(89 * done / std::max<qint64>(1, mTotal)));
  }

  Store &mStore;
  qint64 mTotal;
  qint64 mDone = 0;
  const SampleCounty::Progress &mProgress;
};

Status writeAll(Store &store, Content &c, const SampleOptions &options, const SampleCounty::Progress &progress)
{
  Writer w(store, c.rows(), progress);
  if (Status s = w.write(adminUnits(c.frame), QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing administrative units")); !s)
    return s;
  if (Status s = w.write(c.net.rivers, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing rivers")); !s)
    return s;
  if (Status s = w.write(c.net.roads, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing roads")); !s)
    return s;
  if (Status s = w.write(c.zones, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing risk zones")); !s)
    return s;
  if (Status s = w.write(c.dangers.points, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing hidden-danger points")); !s)
    return s;
  // Monitors and items point at rows by id, known only now.
  const QHash<QString, qint64> dangerIds = idsByCode(store, QStringLiteral("hidden_dangers"));
  for (int i = 0; i < c.dangers.points.size(); ++i)
    c.dangers.monitors[i].coversId = dangerIds.value(c.dangers.points[i].code);
  for (int i = 0; i < c.histories.events.size(); ++i)
    c.histories.events[i].dangerId = dangerIds.value(c.dangers.points[c.histories.eventDanger[i]].code);
  if (Status s = w.write(c.histories.events, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing hidden-danger histories")); !s)
    return s;
  if (Status s = w.write(c.shelters, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing shelters")); !s)
    return s;
  if (Status s = w.write(c.teams, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing rescue teams")); !s)
    return s;
  if (Status s = w.write(c.depots.reserves, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing material reserves")); !s)
    return s;
  const QHash<QString, qint64> depotIds = idsByCode(store, QStringLiteral("reserves"));
  for (int i = 0; i < c.depots.items.size(); ++i)
    c.depots.items[i].reserveId = depotIds.value(c.depots.reserves[c.depots.itemDepot[i]].code);
  if (Status s = w.write(c.depots.items, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing reserve items")); !s)
    return s;
  if (Status s = w.write(c.stations, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing monitoring stations")); !s)
    return s;
  if (Status s = w.write(c.cameras, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing video channels")); !s)
    return s;
  if (Status s = w.write(c.people.persons, c.dangers.monitors, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing responsible persons")); !s)
    return s;
  if (Status s = w.write(c.warnings, QT_TRANSLATE_NOOP("onemap::SampleCounty", "writing warnings")); !s)
    return s;
  const QPair<const char *, QString> meta[] = {
    {"county_name", QStringLiteral("示范县")},
    {"county_code", QLatin1String(SampleCounty::kCountyCode) + QStringLiteral("000000")},
    {"sample_seed", QString::number(options.seed)},
    {"sample_scale", QString::number(options.scale)},
    {"sample_register_date", registerDateOf(options).toString(Qt::ISODate)},
  };
  for (const auto &m : meta)
    if (Status s = store.setMeta(QLatin1String(m.first), m.second); !s)
      return s;
  return Status();
}

//! Connection settings for the one big transaction, put back after it:
//! - a page cache that holds the pages it writes, so SQLite does not spill
//!   dirty pages to the WAL mid-transaction and read them back (only pages
//!   in use take memory);
//! - statement journals in memory: every INSERT (foreign keys, triggers)
//!   journals the pages it touches, by default to a temporary file.
class BulkWriteSettings
{
public:
  explicit BulkWriteSettings(Store &store) : mStore(store)
  {
    mOldCache = pragma(QStringLiteral("cache_size"), -2000);
    mOldTempStore = pragma(QStringLiteral("temp_store"), 0);
    execSql(store.handle(), QStringLiteral("PRAGMA cache_size = -%1; PRAGMA temp_store = MEMORY").arg(kCacheKib));
  }
  ~BulkWriteSettings()
  {
    execSql(mStore.handle(), QStringLiteral("PRAGMA cache_size = %1; PRAGMA temp_store = %2").arg(mOldCache).arg(mOldTempStore));
  }

private:
  static constexpr qint64 kCacheKib = 512 * 1024;

  qint64 pragma(const QString &name, qint64 fallback) const
  {
    SqlStatement q(mStore.handle(), QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.int64(0) : fallback;
  }

  Store &mStore;
  qint64 mOldCache = -2000;
  qint64 mOldTempStore = 0;
};

} // namespace

QDate SampleCounty::registerDate() { return QDate::fromString(QLatin1String(kRegisterDate), Qt::ISODate); }

Status SampleCounty::checkOptions(const SampleOptions &options)
{
  if (options.scale < kMinScale || options.scale > kMaxScale)
    return Status::failure(QCoreApplication::translate("onemap::SampleCounty", "sample scale %1 is out of range (%2 to %3)").arg(options.scale).arg(kMinScale).arg(kMaxScale));
  return Status();
}

Result<QMap<QString, qint64>> SampleCounty::generate(Store &store, const SampleOptions &options, const Progress &progress)
{
  if (Status s = checkOptions(options); !s)
    return s;
  if (Status s = ensureEmpty(store); !s)
    return s;
  Result<Content> content = build(options, progress);
  if (!content)
    return content.status();
  // All or nothing: one outer transaction around every table's bulk insert.
  BulkWriteSettings settings(store);
  if (Status s = store.transaction([&]() { return writeAll(store, content.value(), options, progress); }); !s)
    return Status::failure(QCoreApplication::translate("onemap::SampleCounty", "cannot generate the sample county in %1: %2").arg(store.path(), s.message()));
  QMap<QString, qint64> counts;
  for (const TableSpec *spec : Catalog::tables())
    counts.insert(spec->name, Table(store, *spec).count());
  if (progress)
    progress(QCoreApplication::translate("onemap::SampleCounty", "sample county ready"), 100);
  return counts;
}

} // namespace onemap
