#pragma once
// \brief The command line's shelter coverage and balance: terminal tables and
// files (the writer picked from the suffix).
#include "export/impact/ImpactTables.h"
#include "routing/ShelterCoverage.h"

namespace onemap {

class Store;

ImpactTable coverageVillageTable(const CoverageResult &coverage);

Status writeCoverageFile(Store &store, const CoverageResult &coverage, const CoverageOptions &options, const QString &path);
Status writeBalanceFile(Store &store, qint64 planId, const QString &path);

} // namespace onemap
