#include "GeoSql.h"

#include <sqlite3.h>

namespace onemap::geohazard {

Sql::Sql(sqlite3 *db, const char *sql) : mDb(db)
{
  if (sqlite3_prepare_v2(db, sql, -1, &mStmt, nullptr) != SQLITE_OK)
    mError = QString::fromUtf8(sqlite3_errmsg(db));
}

Sql::~Sql() { sqlite3_finalize(mStmt); }

Sql &Sql::bind(int index, const QVariant &value)
{
  if (!mStmt)
    return *this;
  switch (value.userType()) {
  case QMetaType::Int:
  case QMetaType::LongLong:
  case QMetaType::UInt:
  case QMetaType::ULongLong:
    sqlite3_bind_int64(mStmt, index, value.toLongLong());
    break;
  case QMetaType::Double:
    sqlite3_bind_double(mStmt, index, value.toDouble());
    break;
  default:
    if (value.isNull()) {
      sqlite3_bind_null(mStmt, index);
    } else {
      const QByteArray utf8 = value.toString().toUtf8();
      sqlite3_bind_text(mStmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    }
  }
  return *this;
}

bool Sql::next()
{
  if (!mStmt)
    return false;
  const int rc = sqlite3_step(mStmt);
  if (rc == SQLITE_ROW)
    return true;
  if (rc != SQLITE_DONE)
    mError = QString::fromUtf8(sqlite3_errmsg(mDb));
  return false;
}

bool Sql::exec()
{
  while (next()) {
  }
  return mStmt && mError.isEmpty();
}

void Sql::reset()
{
  if (mStmt) {
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
  }
}

qint64 Sql::int64(int i) const { return sqlite3_column_int64(mStmt, i); }
double Sql::real(int i) const { return sqlite3_column_double(mStmt, i); }
QString Sql::text(int i) const
{
  return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(mStmt, i)), sqlite3_column_bytes(mStmt, i));
}

} // namespace onemap::geohazard
