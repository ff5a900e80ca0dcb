#pragma once
// \brief The ledgers a file can be imported into, and how a row finds the
// object it updates.
//
// Rows are matched on the ledger's natural key (code, or channel_id for
// cameras): a known key updates that object (with an audit entry), an unknown
// one inserts. responsible_persons has no code: a row matches a person with the
// same name AND phone; a row without a phone always inserts.
#include "store/TableSpec.h"

#include <QVariantMap>

namespace onemap {

struct ImportTarget
{
  const TableSpec *spec = nullptr;
  QStringList keyFields;  //!< natural key; all must be non-empty to match
  QVariantMap defaults;   //!< values of fields a file may leave out (the schema's defaults)

  //! Null when \a layer cannot be imported.
  static const ImportTarget *find(const QString &layer);
  static QStringList layers();
};

} // namespace onemap
