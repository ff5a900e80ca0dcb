#pragma once
// \brief The transfer list (转移避险清单) as an A4 PDF: a summary page (people
// to move, placed and not placed per township, then every group not placed
// with the reason), then one section per township: a map of the township
// with the plan's routes, sources and shelters, and the list itself (source,
// risk type, people, shelter, route, responsible person), running on over
// further pages when long; rows not placed are shaded with their reason.
#include "store/Result.h"
#include "transfer/TransferPlans.h"

class QgsFeedback;

namespace onemap {

class Store;

//! Writes the list of \a plan for \a townships (TransferPlans::byTownship) to
//! \a outPath (.pdf), beside it first, then renamed. The county name comes
//! from the store's county_name; maps are drawn from the store's layers.
Status writeTransferListPdf(Store &store, const TransferPlan &plan, const QVector<TownshipTransferList> &townships, const QString &outPath,
                            QgsFeedback *feedback = nullptr);

} // namespace onemap
