#pragma once
// \brief The shelter balance (避难场所容量平衡) per township as files: CSV (one
// row per township, then the county total) and an A4 PDF with a county map of
// the townships coloured by shortfall (TransferStyles::applyShortfallStyle,
// as on the board) and the table: people to move, shelters, free capacity,
// shortfall, ratio.
#include "export/SheetFiles.h"
#include "transfer/ShelterBalance.h"

namespace onemap {

class Store;

namespace ShelterBalanceReport {
//! The rows of the CSV: township code, township, people to move, shelters,
//! free capacity, shortfall, ratio (blank when there is no capacity), then the total.
Sheet sheet(const QVector<TownshipBalance> &balance);
} // namespace ShelterBalanceReport

Status writeShelterBalanceCsv(const QVector<TownshipBalance> &balance, const QString &outPath);
//! \a basis says where the people to move come from (a plan's name, or the
//! open danger points); printed under the title when given.
Status writeShelterBalancePdf(Store &store, const QVector<TownshipBalance> &balance, const QString &outPath, const QString &basis = QString());

} // namespace onemap
