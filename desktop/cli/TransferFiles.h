#pragma once
// \brief The command line's file outputs of transfer plans, shelter balance
// and coverage: picks the writer from the file's suffix.
#include "export/impact/ImpactTables.h"
#include "store/Result.h"
#include "transfer/TransferTracking.h"

#include <QStringList>

namespace onemap {

class Store;

//! Suffixes a transfer list can be written as: pdf, xlsx, csv.
const QStringList &transferListFormats();
Status writeTransferListFile(Store &store, qint64 planId, const QString &path);

//! no_shelter_reachable / capacity_exhausted in words.
QString transferUnplacedReasonText(const QString &reason);

//! The tracking status of a plan's villages as a table (terminal, CSV).
ImpactTable transferStatusTable(const QVector<VillageTransferStatus> &rows);
Status writeTableCsv(const ImpactTable &table, const QString &path);

} // namespace onemap
