#include "TransferPlan.h"

namespace onemap {

const QStringList &TransferPlan::areaKinds()
{
  static const QStringList k {QStringLiteral("warning"), QStringLiteral("zone"), QStringLiteral("township"),
                              QStringLiteral("county")};
  return k;
}

const QStringList &TransferPlan::travelModes()
{
  static const QStringList m {QStringLiteral("walk"), QStringLiteral("drive")};
  return m;
}

const TypedSpec<TransferPlan> &TransferPlan::schema()
{
  static const TypedSpec<TransferPlan> s = TypedSpec<TransferPlan>("transfer_plans", GeometryType::MultiPolygon)
    .field("name", &TransferPlan::name).required()
    .field("area_kind", &TransferPlan::areaKind).required().oneOf(areaKinds())
    .field("area_ref", &TransferPlan::areaRef).required()
    .field("area_label", &TransferPlan::areaLabel)
    .field("hazard", &TransferPlan::hazard)
    .field("travel_mode", &TransferPlan::travelMode).required().oneOf(travelModes())
    .field("walk_kmh", &TransferPlan::walkKmh).range(0.5, 20)
    .field("shelter_classes", &TransferPlan::shelterClasses)
    .field("cut_road_ids", &TransferPlan::cutRoadIds)
    .field("created_at", &TransferPlan::createdAt).required().dateTime()
    .field("created_by", &TransferPlan::createdBy).required()
    .field("note", &TransferPlan::note)
    .wkt(&TransferPlan::areaWkt);
  return s;
}

const QStringList &TransferAssignment::sourceKinds()
{
  static const QStringList k {QStringLiteral("danger"), QStringLiteral("village")};
  return k;
}

const QStringList &TransferAssignment::unplacedReasons()
{
  static const QStringList r {QStringLiteral("no_shelter_reachable"), QStringLiteral("capacity_exhausted")};
  return r;
}

const TypedSpec<TransferAssignment> &TransferAssignment::schema()
{
  static const TypedSpec<TransferAssignment> s = TypedSpec<TransferAssignment>("transfer_assignments", GeometryType::LineString)
    .field("plan_id", &TransferAssignment::planId).required()
    .field("source_kind", &TransferAssignment::sourceKind).required().oneOf(sourceKinds())
    .field("source_code", &TransferAssignment::sourceCode).required()
    .field("source_name", &TransferAssignment::sourceName)
    .field("village_code", &TransferAssignment::villageCode)
    .field("township_code", &TransferAssignment::townshipCode)
    .field("risk_type", &TransferAssignment::riskType)
    .field("people", &TransferAssignment::people).required().atLeast(0)
    .field("shelter_id", &TransferAssignment::shelterId).atLeast(0)
    .field("shelter_name", &TransferAssignment::shelterName)
    .field("route_m", &TransferAssignment::routeM).atLeast(0)
    .field("route_minutes", &TransferAssignment::routeMinutes).atLeast(0)
    .field("responsible_person", &TransferAssignment::responsiblePerson)
    .field("responsible_phone", &TransferAssignment::responsiblePhone)
    .field("unplaced_reason", &TransferAssignment::unplacedReason).oneOf(unplacedReasons())
    .field("manual", &TransferAssignment::manual)
    .wkt(&TransferAssignment::routeWkt);
  return s;
}

const TypedSpec<TransferReport> &TransferReport::schema()
{
  static const TypedSpec<TransferReport> s = TypedSpec<TransferReport>("transfer_reports", GeometryType::None)
    .field("plan_id", &TransferReport::planId).required()
    .field("village_code", &TransferReport::villageCode).required()
    .field("reported_at", &TransferReport::reportedAt).required().dateTime()
    .field("reported_by", &TransferReport::reportedBy).required()
    .field("transferred", &TransferReport::transferred).required().atLeast(0)
    .field("persons_at_post", &TransferReport::personsAtPost).atLeast(0)
    .field("persons_expected", &TransferReport::personsExpected).atLeast(0)
    .field("returned", &TransferReport::returned).atLeast(0)
    .field("returns_assessed", &TransferReport::returnsAssessed)
    .field("note", &TransferReport::note);
  return s;
}

} // namespace onemap
