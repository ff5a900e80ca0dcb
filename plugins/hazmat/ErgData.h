#pragma once
// The ERG 2024 tables the plugin ships (data/*.csv, compiled in as Qt
// resources :/hazmat/...; also installed next to the plugin data for the
// bureau to read), loaded once.
#include "EvacuationTable.h"

namespace onemap::hazmat {

struct ErgData
{
  EvacuationTable table1;
  ContainerTable table3;
  QString error; //!< non-empty when a table did not load
};

const ErgData &ergData();

//! The largest protective action distance the tables give for \a un (any
//! spill, container, wind, day or night): the planning distance around a
//! fixed installation whose release cannot be foreseen. Invalid when unknown.
Result<Distances> worstCase(const QString &un);

//! "UN1017 氯气" for labels.
QString substanceLabel(const QString &un);

} // namespace onemap::hazmat
