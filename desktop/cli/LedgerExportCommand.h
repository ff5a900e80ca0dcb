#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export ledger --store FILE --layer TABLE --out F.csv|F.xlsx
//!  [--township CODE|NAME] [--type T] [--status S] [--text Q] [--lang zh|en]`
int runLedgerExport(const QStringList &arguments);
} // namespace onemap
