#pragma once
// \brief Every thematic table of the store, in drawing order (bottom first).
// The one list the map, the tests and later the ledgers iterate over.
#include "store/TableSpec.h"

#include <QVector>

namespace onemap::Catalog {

QVector<const TableSpec *> tables();
const TableSpec *table(const QString &name);

} // namespace onemap::Catalog
