#pragma once
// \brief The checks a ledger edit needs beyond TableSpec::validate, because
// they read the store: admin codes that exist, references to rows that exist,
// unique codes, and points inside the county.
#include "store/Record.h"
#include "store/Result.h"
#include "store/TableSpec.h"

namespace onemap {

class Store;

class LedgerValidator
{
public:
  explicit LedgerValidator(const Store &store) : mStore(store) {}

  //! TableSpec::validate first, then the store checks; the message names the
  //! table, the field and the value.
  Status validate(const TableSpec &spec, const Record &record) const;

  //! Each failing field with its message (for a form that marks every field).
  QVector<QPair<QString, QString>> fieldErrors(const TableSpec &spec, const Record &record) const;

  //! The level of an admin code in admin_units ("village", "township"...), empty if unknown.
  QString adminLevel(const QString &code) const;
  //! True when a point WKT lies inside (or on the edge of) the county polygon.
  //! A store without a county polygon accepts every point.
  bool insideCounty(const QString &pointWkt) const;

private:
  Status checkField(const TableSpec &spec, const Record &record, const FieldSpec &field) const;
  Status checkGeometry(const TableSpec &spec, const Record &record) const;

  const Store &mStore;
};

} // namespace onemap
