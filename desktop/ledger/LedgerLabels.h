#pragma once
// \brief The ledger's readable names: FieldLabels' Chinese aliases and coded
// values for a table, in the shape layers/ledger's export takes.
#include "ledger/LedgerExport.h"

namespace onemap {

//! Headers and coded values of \a table as people read them (id, lon, lat included).
LedgerLabels ledgerLabels(const QString &table);
//! The registry's display name, e.g. hidden_dangers -> 隐患点.
QString ledgerTitle(const QString &table);

} // namespace onemap
