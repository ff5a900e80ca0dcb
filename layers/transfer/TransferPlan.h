#pragma once
// \brief The rows of a transfer plan (转移避险清单): the plan, one row per
// group of people sent to one shelter, and the reports made in a response.
//
// A plan is a snapshot: names, people and responsible persons are copied from
// the ledgers when it is made, so the list stays what was agreed even when
// the ledgers change later. Edits (reassigning a group by hand) go through
// TypedTable, so each one has its audit_log row.
#include "store/TypedTable.h"

namespace onemap {

struct TransferPlan
{
  qint64 id = 0;
  QString name;
  QString areaKind;       //!< warning, zone, township, county
  QString areaRef;        //!< warning id, risk-zone code, township code, county code
  QString areaLabel;      //!< what the user saw when choosing the area
  QString hazard;         //!< warnings.hazard code the suitability rule used (may be empty)
  QString travelMode;     //!< walk, drive
  double walkKmh = 5;
  QString shelterClasses; //!< comma list of shelter classes allowed; empty: all
  QString cutRoadIds;     //!< comma list of roads.id avoided when planning
  QString createdAt;      //!< ISO date-time
  QString createdBy;
  QString note;
  QString areaWkt;        //!< the area as planned (MULTIPOLYGON, EPSG:4490)

  static const TypedSpec<TransferPlan> &schema();
  static const QStringList &areaKinds();
  static const QStringList &travelModes();
};
using TransferPlanTable = TypedTable<TransferPlan>;

//! One group of people from one source (a hidden-danger point or a village)
//! to one shelter. A source too big for its nearest shelter is split over
//! several rows; a group nobody could place has shelterId 0 and a reason.
struct TransferAssignment
{
  qint64 id = 0;
  qint64 planId = 0;
  QString sourceKind;     //!< danger, village
  QString sourceCode;     //!< hidden_dangers.code or the village's admin code
  QString sourceName;
  QString villageCode;
  QString townshipCode;
  QString riskType;       //!< hazard type of the point, or the area's hazard for a village
  qint64 people = 0;
  qint64 shelterId = 0;   //!< 0: not placed
  QString shelterName;    //!< copied for the list
  double routeM = 0;      //!< along roads plus the walk to and from them
  double routeMinutes = 0;
  QString responsiblePerson;
  QString responsiblePhone;
  QString unplacedReason; //!< no_shelter_reachable, capacity_exhausted (empty when placed)
  bool manual = false;    //!< set when a person reassigned the row
  QString routeWkt;       //!< LINESTRING source -> shelter; empty when not placed

  static const TypedSpec<TransferAssignment> &schema();
  static const QStringList &sourceKinds();
  static const QStringList &unplacedReasons();
};
using TransferAssignmentTable = TypedTable<TransferAssignment>;

//! A village's report during a response ("four 100%"): one row per report,
//! never rewritten; the latest per village is the current state.
struct TransferReport
{
  qint64 id = 0;
  qint64 planId = 0;
  QString villageCode;
  QString reportedAt;     //!< ISO date-time
  QString reportedBy;
  qint64 transferred = 0; //!< people moved so far
  qint64 personsAtPost = 0;
  qint64 personsExpected = 0; //!< responsible persons of the village when reported
  qint64 returned = 0;    //!< people gone back home
  bool returnsAssessed = false; //!< homes checked safe before anyone returned
  QString note;

  static const TypedSpec<TransferReport> &schema();
};
using TransferReportTable = TypedTable<TransferReport>;

} // namespace onemap
