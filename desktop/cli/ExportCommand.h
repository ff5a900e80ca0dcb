#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export map --store FILE --out X.pdf|X.png [--paper A4|A3]
//!  [--orientation landscape|portrait] [--dpi N] [--title TEXT]`
int runExport(const QStringList &arguments);
} // namespace onemap
