#pragma once
// \brief Impact on arrival (预警影响): what a warning's area holds.
//
// The townships and villages it covers (AffectedUnits' share rule), and the
// hidden-danger points, shelters and teams whose point lies within it, summed
// by township. Dangers not signed off inside an orange or red area are
// escalated: they come first (overdue ones before the rest) and the map marks
// them. One query per object kind, so a county of 100,000 points stays quick.
#include "store/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace onemap {

class Store;

struct ImpactWarning
{
  qint64 id = 0;
  QString identifier;
  QString headline;
  QString level;    //!< blue, yellow, orange, red
  QString hazard;
  QString status;   //!< active, updated, cancelled, expired
  QString areaDesc;
  QString sent;
  QString expires;
};

struct ImpactTownship
{
  QString code;
  QString name;
  qint64 population = 0;       //!< the whole township
  qint64 households = 0;
  bool covered = false;        //!< the township itself passes the share rule
  int villages = 0;            //!< affected villages of this township
  qint64 villagePopulation = 0;
  qint64 villageHouseholds = 0;
  int dangers = 0;
  int escalated = 0;
  int shelters = 0;
  qint64 shelterCapacity = 0;
  int teams = 0;
  qint64 teamMembers = 0;
};

struct ImpactVillage
{
  QString code;
  QString name;
  QString townshipCode;
  qint64 population = 0;
  qint64 households = 0;
  int dangers = 0;              //!< hidden dangers inside the area with this village code
};

struct ImpactDanger
{
  qint64 id = 0;
  QString code;
  QString name;
  QString hazardType;
  QString status;
  QString deadline;
  QString villageCode;
  QString villageName;
  QString townshipCode;
  QString townshipName;
  qint64 threatenedPeople = 0;
  bool overdue = false;
  bool escalated = false;
  bool supervised = false;
};

struct ImpactShelter
{
  qint64 id = 0;
  QString code;
  QString name;
  qint64 capacity = 0;
  qint64 occupancy = 0;
  bool isOpen = true;
  QString townshipCode;
  QString townshipName;
};

struct ImpactTeam
{
  qint64 id = 0;
  QString code;
  QString name;
  QString kind;
  qint64 members = 0;
  QString status;
  QString townshipCode;
  QString townshipName;
};

struct ImpactTotals
{
  int townships = 0;
  int villages = 0;
  qint64 villagePopulation = 0;   //!< people of the affected villages
  qint64 villageHouseholds = 0;
  int dangers = 0;
  int escalated = 0;
  int overdue = 0;
  qint64 threatenedPeople = 0;
  int shelters = 0;
  qint64 shelterCapacity = 0;
  int teams = 0;
  qint64 teamMembers = 0;
};

struct Impact
{
  ImpactWarning warning;
  QDate asOf;                         //!< the day overdue was judged on
  QVector<ImpactTownship> townships;  //!< in code order; every township that holds something
  QVector<ImpactVillage> villages;    //!< in code order
  QVector<ImpactDanger> dangers;      //!< escalated first (overdue first), then threatened people desc, then code
  QVector<ImpactShelter> shelters;    //!< in code order
  QVector<ImpactTeam> teams;          //!< in code order
  ImpactTotals totals;
};

class WarningImpact
{
public:
  struct Options
  {
    bool useSpatialIndex = true;  //!< false: plain scan (the benchmark's baseline)
    QStringList hazardFilter;     //!< hidden-danger hazard types; empty = all
  };

  //! The levels whose areas escalate dangers not signed off.
  static bool escalates(const QString &level);

  //! Impact of one warning, whatever its status (an expired warning can still be looked back at).
  //! Fails with a message naming the id when the warning does not exist.
  static Result<Impact> of(Store &store, qint64 warningId, const QDate &today, const Options &options);
  static Result<Impact> of(Store &store, qint64 warningId, const QDate &today) { return of(store, warningId, today, Options()); }

  //! Ids of dangers not signed off inside any orange or red warning in force at \a now: status
  //! active and not past its expires (the map's escalated symbol; an active row that CapIngest::expire
  //! has not yet marked does not escalate).
  static Result<QSet<qint64>> escalatedDangerIds(Store &store, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace onemap
