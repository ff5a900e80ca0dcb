#pragma once
// Initial isolation and protective action distances for toxic-by-inhalation
// gases common in Chinese chemical parks, as published in the Emergency
// Response Guidebook (ERG 2024, U.S. DOT/PHMSA, Transport Canada, SCT Mexico),
// Table 1 "Initial Isolation and Protective Action Distances" (green pages):
// per UN number, small spill (< 208 L) and large spill, the isolation radius
// in metres (all directions) and the downwind protective action distance in
// km by day and by night.
//
// The distances are loaded from UTF-8 CSV files (the plugin ships
// data/erg2024_table1.csv and data/erg2024_table3.csv, transcribed from ERG 2024
// Table 1 pp. 290-291 and Table 3 pp. 341-343), so every number on the board can
// be traced to the page it came from. Table 1 columns:
//   un,name_zh,name_en,small_isolation_m,small_day_km,small_night_km,
//   large_isolation_m,large_day_km,large_night_km,source
// where the three large-spill fields may all read "table3": since ERG 2016 the
// guidebook prints "Refer to Table 3" for large spills of ammonia, chlorine,
// hydrogen chloride, sulfur dioxide (and ethylene oxide, hydrogen fluoride),
// whose distances depend on the container and the wind speed (ContainerTable).
// A distance may end in "+" (the guidebook's "can be larger in certain
// atmospheric conditions"). Lines starting with '#' are comments; fields may be
// double-quoted. Errors name the file, the row and the field.
#include "store/Result.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QString>
#include <QVector>

struct sqlite3;

namespace onemap::hazmat {

enum class Spill { Small, Large };
enum class Period { Day, Night };

struct Substance
{
  QString un;        //!< "1017"
  QString nameZh;    //!< 氯气
  QString nameEn;    //!< Chlorine
};

//! The gases the board offers by name (UN numbers from the UN Model
//! Regulations dangerous goods list; names as in the Chinese catalogue of
//! hazardous chemicals 危险化学品目录).
const QVector<Substance> &knownSubstances();

struct Distances
{
  double isolationM = 0;        //!< radius, all directions
  double protectiveKm = 0;      //!< downwind
  bool atLeast = false;         //!< printed with "+": can be larger
  QString source;               //!< edition and page from the table file
};

//! ERG Table 3 wind classes: low < 10 km/h, moderate 10-20 km/h, high > 20 km/h.
enum class Wind { Low, Moderate, High };
Wind windClass(double metresPerSecond);

//! Files larger than this are refused before parsing (a transcribed table is a few kB).
constexpr qint64 kMaxTableBytes = 1 << 20;

//! One CSV line split on commas, honouring double quotes ("a, b" and "").
QStringList splitCsvLine(const QString &line);

class EvacuationTable
{
public:
  //! Loads the transcribed table; errors name the file, row and field.
  static Result<EvacuationTable> fromCsv(const QString &path);

  //! \a key is a UN number ("1017", "UN1017") or a Chinese/English name (氯气, Chlorine).
  //! A large spill of a "table3" row is an error that says so: use ContainerTable.
  Result<Distances> lookup(const QString &key, Spill spill, Period period) const;
  int size() const { return mRows.size(); }
  //! The UN number a key resolves to, or empty when not in the table.
  QString unOf(const QString &key) const;
  //! True when the table sends large spills of \a un to Table 3.
  bool largeInTable3(const QString &un) const;
  //! The substances in the table, in file order.
  QVector<Substance> substances() const;

private:
  struct Row
  {
    Substance substance;
    double smallIsolationM = 0, smallDayKm = 0, smallNightKm = 0;
    double largeIsolationM = 0, largeDayKm = 0, largeNightKm = 0;
    bool smallDayPlus = false, smallNightPlus = false, largeDayPlus = false, largeNightPlus = false;
    bool largeTable3 = false;
    QString source;
  };
  QString resolve(const QString &key) const;
  QHash<QString, Row> mRows;    // by UN number
  QStringList mOrder;
};

//! ERG Table 3: large spills by container and wind. Columns:
//!   un,container,isolation_m,day_low_km,day_moderate_km,day_high_km,
//!   night_low_km,night_moderate_km,night_high_km,source
//! container is one of containerCodes().
class ContainerTable
{
public:
  static Result<ContainerTable> fromCsv(const QString &path);
  Result<Distances> lookup(const QString &un, const QString &container, Period period, Wind wind) const;
  //! Containers listed for \a un, in file order.
  QStringList containers(const QString &un) const;
  int size() const { return mRows.size(); }

private:
  struct Row
  {
    double isolationM = 0;
    double km[2][3] = {{0, 0, 0}, {0, 0, 0}}; // [day/night][low/moderate/high]
    bool plus[2][3] = {{false, false, false}, {false, false, false}};
    QString source;
  };
  QHash<QString, Row> mRows;    // by "un/container"
  QStringList mOrder;
};

//! The container codes of Table 3 with their English labels (translate in
//! context onemap::HazmatPlugin).
const QVector<QPair<QString, QString>> &containerCodes();

struct VillageInside
{
  QString code;
  QString name;
  qint64 population = 0;
  qint64 households = 0;
  double distanceM = 0;         //!< centroid to the spill point (ellipsoidal)
};

//! Villages whose centroid lies within \a radiusM of (\a lon, \a lat),
//! nearest first. \a db must have SpatiaLite loaded.
Result<QVector<VillageInside>> peopleInside(sqlite3 *db, double lon, double lat, double radiusM);

} // namespace onemap::hazmat
