#pragma once
// Test helpers: the first value (or first column) a query gives, with values
// bound by position (never pasted into the SQL text).
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QStringList>
#include <QVariantList>
#include <cmath>

namespace onemap::testing {

namespace detail {
inline void bindAll(SqlStatement &q, const QVariantList &args)
{
  for (int i = 0; i < args.size(); ++i)
    q.bind(i + 1, args.at(i));
}
} // namespace detail

//! The integer result, or -1 when there is no row.
inline qint64 scalar(sqlite3 *db, const QString &sql, const QVariantList &args = {})
{
  SqlStatement q(db, sql);
  detail::bindAll(q, args);
  return q.next() ? q.int64(0) : -1;
}

//! The real result, or NaN when there is no row (so any comparison fails).
inline double real(sqlite3 *db, const QString &sql, const QVariantList &args = {})
{
  SqlStatement q(db, sql);
  detail::bindAll(q, args);
  return q.next() ? q.real(0) : std::nan("");
}

//! The text result, or a null string when there is no row.
inline QString text(sqlite3 *db, const QString &sql, const QVariantList &args = {})
{
  SqlStatement q(db, sql);
  detail::bindAll(q, args);
  return q.next() ? q.text(0) : QString();
}

//! The text result of a query on the store file at \a storePath, opened for
//! this one query (end-to-end tests, where another process wrote it); the
//! error message when the store does not open.
inline QString textIn(const QString &storePath, const QString &sql)
{
  auto store = Store::open(storePath);
  if (!store)
    return store.message();
  return text(store.value()->handle(), sql);
}

//! The first column of every row, as text.
inline QStringList column(sqlite3 *db, const QString &sql, const QVariantList &args = {})
{
  SqlStatement q(db, sql);
  detail::bindAll(q, args);
  QStringList out;
  while (q.next())
    out << q.text(0);
  return out;
}

} // namespace onemap::testing
