#pragma once
// \brief What the generic ledger needs to know about a table, read from its
// TableSpec by the store's column conventions rather than written per table:
// where the admin code sits, which coded field is the "type", which the status.
#include "store/TableSpec.h"

#include <QVector>

namespace onemap {

struct LedgerColumns
{
  QString adminField;   //!< village_code, township_code or admin_code; empty if none
  QString typeField;    //!< first coded field that is not the status (hazard_type, kind...)
  QString statusField;  //!< "status", else the first yes/no field (shelters.is_open)
  QString parentField;  //!< required integer reference, e.g. reserve_items.reserve_id
  QString parentTable;  //!< the table parentField points to (reserves)
  QStringList textFields; //!< free-text search runs over these (uncoded text)
  QString titleField;   //!< name, else the first required text field

  static LedgerColumns of(const TableSpec &spec);
};

namespace Ledgers {

//! The registries the ledger view offers, taken from the catalog in display order.
QVector<const TableSpec *> tables();

//! The 12-digit township code an admin code belongs to: first 9 digits + "000".
QString townshipOf(const QString &adminCode);

} // namespace Ledgers

} // namespace onemap
