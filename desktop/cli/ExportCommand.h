#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export map --store FILE --out X.pdf|X.png [--paper A4|A3]
//!  [--orientation landscape|portrait] [--dpi N] [--title TEXT]`
//! `onemap export ledger ...`: see LedgerExportCommand.h
int runExport(const QStringList &arguments);
} // namespace onemap
