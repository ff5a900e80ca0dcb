#pragma once
// \brief The sample county's hazards: risk-census zones, hidden-danger points
// with their monitors, and a few live warnings.
#include "SampleNetwork.h"
#include "SamplePeople.h"
#include "hidden_dangers/HiddenDanger.h"
#include "risk_zones/RiskZone.h"
#include "warnings/Warning.h"

namespace onemap::sample {

//! Flood bands along the rivers, geological blobs and a forest-fire zone per
//! township, each cut to one township.
QVector<RiskZone> buildRiskZones(const Frame &frame, const Network &net, Rng &rng);

struct Dangers
{
  QVector<HiddenDanger> points;
  QVector<ResponsiblePerson> monitors; //!< monitors[i] watches points[i]; covers_id is set once ids exist
};

Dangers buildHiddenDangers(const Frame &frame, const People &people, int count, Rng &rng);

//! A yellow rainstorm warning over the seat and its neighbour, a blue
//! geological warning and an orange flood warning, with fixed dates.
//! The sample's warnings, sent on \a day and in force until the next evening.
QVector<Warning> buildWarnings(const Frame &frame, const Network &net, const QVector<HiddenDanger> &dangers, const QDate &day);

} // namespace onemap::sample
