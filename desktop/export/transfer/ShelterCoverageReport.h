#pragma once
// \brief Shelter coverage (避难场所覆盖) as files: CSV (one row per village:
// population, area, covered area and share, covered people, own shelter,
// uncovered) and an A4 PDF with the county totals, a county map of the
// covered area with the uncovered villages hatched, and the lists of
// uncovered villages and of villages without a shelter of their own.
#include "export/SheetFiles.h"
#include "routing/ShelterCoverage.h"

namespace onemap {

class Store;

namespace ShelterCoverageReport {
//! The CSV rows, villages in the order of \a result; township names from \a store.
Sheet sheet(Store &store, const CoverageResult &result);
} // namespace ShelterCoverageReport

Status writeShelterCoverageCsv(Store &store, const CoverageResult &result, const QString &outPath);
//! \a options says the walk (minutes, km/h) the coverage was computed for.
Status writeShelterCoveragePdf(Store &store, const CoverageResult &result, const CoverageOptions &options, const QString &outPath);

} // namespace onemap
