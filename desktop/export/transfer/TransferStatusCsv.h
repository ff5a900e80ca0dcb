#pragma once
// \brief Where a transfer stands in a response ("four 100%"), one row per
// village, as CSV (UTF-8 with BOM): planned against moved, responsible
// persons at post, returns and whether they were assessed, the last report.
#include "export/SheetFiles.h"
#include "transfer/TransferTracking.h"

namespace onemap {

namespace TransferStatusCsv {
//! Township code, village code, village, planned, transferred, share (%), persons at post,
//! persons expected, returned, returns assessed, last report at, by; rows in the order given.
Sheet sheet(const QVector<VillageTransferStatus> &status);
} // namespace TransferStatusCsv

Status writeTransferStatusCsv(const QVector<VillageTransferStatus> &status, const QString &outPath);

} // namespace onemap
