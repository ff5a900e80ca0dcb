#pragma once
// Initial isolation and protective action distances for toxic-by-inhalation
// gases common in Chinese chemical parks, as published in the Emergency
// Response Guidebook (ERG 2024, U.S. DOT/PHMSA, Transport Canada, SCT Mexico),
// Table 1 "Initial Isolation and Protective Action Distances" (green pages):
// per UN number, small spill (< 208 L) and large spill, the isolation radius
// in metres (all directions) and the downwind protective action distance in
// km by day and by night.
//
// The distances are NOT compiled into the program: they are loaded from a
// UTF-8 CSV that the bureau transcribes from its printed guidebook, so every
// number on the board can be traced to the page it came from. Columns:
//   un,name_zh,name_en,small_isolation_m,small_day_km,small_night_km,
//   large_isolation_m,large_day_km,large_night_km,source
// (source: edition and page, e.g. "ERG2024 Table 1 p.xxx"). The substances
// below are known by name without a table; their distances come only from
// the loaded file.
#include "store/Result.h"

#include <QHash>
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
  QString source;               //!< edition and page from the table file
};

class EvacuationTable
{
public:
  //! Loads the transcribed table; errors name the file, row and field.
  static Result<EvacuationTable> fromCsv(const QString &path);

  //! \a key is a UN number ("1017", "UN1017") or a Chinese/English name (氯气, Chlorine).
  Result<Distances> lookup(const QString &key, Spill spill, Period period) const;
  int size() const { return mRows.size(); }

private:
  struct Row
  {
    Substance substance;
    double smallIsolationM = 0, smallDayKm = 0, smallNightKm = 0;
    double largeIsolationM = 0, largeDayKm = 0, largeNightKm = 0;
    QString source;
  };
  QString resolve(const QString &key) const;
  QHash<QString, Row> mRows;    // by UN number
};

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
