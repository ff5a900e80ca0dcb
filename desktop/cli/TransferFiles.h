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

//! The tracking status of a plan's villages as a terminal table.
ImpactTable transferStatusTable(const QVector<VillageTransferStatus> &rows);

} // namespace onemap
