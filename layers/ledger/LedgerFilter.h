#pragma once
// \brief The ledger's filter (township, type, status, free text, parent row)
// as an SQL condition with bound parameters only.
#include "store/TableSpec.h"

#include <QDate>
#include <QVariantList>

namespace onemap {

class Store;

struct LedgerFilter
{
  //! Pseudo status values every ledger with a deadline/supervision understands.
  static constexpr const char *kOverdue = "@overdue";
  static constexpr const char *kSupervised = "@supervised";

  QString township;  //!< 12-digit township code (or any code: its first 9 digits count)
  QString type;      //!< a code of LedgerColumns::typeField
  QString status;    //!< a code of LedgerColumns::statusField, or kOverdue / kSupervised
  QString text;      //!< matched (contains, case-insensitive) over the free-text fields
  qint64 parentId = 0; //!< e.g. the depot of reserve_items; 0 = all
  QDate today = QDate::currentDate(); //!< for kOverdue; tests fix it

  struct Sql
  {
    QString where;        //!< empty = no condition; otherwise uses ? only
    QVariantList params;
  };
  //! The condition for \a spec; a filter the table cannot apply (e.g. a township
  //! on a table without admin codes) matches nothing rather than everything.
  Sql toSql(const TableSpec &spec) const;
  bool isEmpty() const;
};

} // namespace onemap
