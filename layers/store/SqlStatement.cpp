#include "SqlStatement.h"

#include <sqlite3.h>

namespace onemap {

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql)
  : mDb(db)
{
  const QByteArray utf8 = sql.toUtf8();
  if (sqlite3_prepare_v2(db, utf8.constData(), utf8.size(), &mStmt, nullptr) != SQLITE_OK) {
    mError = QString::fromUtf8(sqlite3_errmsg(db));
    mStmt = nullptr;
  }
}

SqlStatement::~SqlStatement()
{
  if (mStmt)
    sqlite3_finalize(mStmt);
}

SqlStatement &SqlStatement::bind(int index, const QVariant &value)
{
  if (!mStmt)
    return *this;
  int rc = SQLITE_OK;
  if (!value.isValid() || value.isNull()) {
    rc = sqlite3_bind_null(mStmt, index);
  } else {
    switch (value.userType()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
      rc = sqlite3_bind_int64(mStmt, index, value.toLongLong());
      break;
    case QMetaType::Double:
    case QMetaType::Float:
      rc = sqlite3_bind_double(mStmt, index, value.toDouble());
      break;
    case QMetaType::QByteArray: {
      const QByteArray b = value.toByteArray();
      rc = sqlite3_bind_blob(mStmt, index, b.constData(), b.size(), SQLITE_TRANSIENT);
      break;
    }
    default: {
      const QByteArray t = value.toString().toUtf8();
      rc = sqlite3_bind_text(mStmt, index, t.constData(), t.size(), SQLITE_TRANSIENT);
    }
    }
  }
  if (rc != SQLITE_OK)
    mError = QString::fromUtf8(sqlite3_errmsg(mDb));
  return *this;
}

SqlStatement &SqlStatement::bind(const char *name, const QVariant &value)
{
  if (!mStmt)
    return *this;
  const int index = sqlite3_bind_parameter_index(mStmt, name);
  if (index == 0) {
    mError = QStringLiteral("no SQL parameter %1").arg(QString::fromUtf8(name));
    return *this;
  }
  return bind(index, value);
}

bool SqlStatement::next()
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

bool SqlStatement::exec()
{
  if (!mStmt)
    return false;
  while (next()) {
  }
  return !hasError();
}

void SqlStatement::reset()
{
  if (!mStmt)
    return;
  sqlite3_reset(mStmt);
  sqlite3_clear_bindings(mStmt);
  mError.clear();
}

int SqlStatement::columnCount() const { return mStmt ? sqlite3_column_count(mStmt) : 0; }

QString SqlStatement::columnName(int i) const { return QString::fromUtf8(sqlite3_column_name(mStmt, i)); }

QVariant SqlStatement::value(int i) const
{
  switch (sqlite3_column_type(mStmt, i)) {
  case SQLITE_INTEGER: return QVariant(static_cast<qlonglong>(sqlite3_column_int64(mStmt, i)));
  case SQLITE_FLOAT: return QVariant(sqlite3_column_double(mStmt, i));
  case SQLITE_TEXT: return QVariant(text(i));
  case SQLITE_BLOB:
    return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(mStmt, i)), sqlite3_column_bytes(mStmt, i)));
  default: return QVariant();
  }
}

qint64 SqlStatement::int64(int i) const { return sqlite3_column_int64(mStmt, i); }
double SqlStatement::real(int i) const { return sqlite3_column_double(mStmt, i); }
bool SqlStatement::isNull(int i) const { return sqlite3_column_type(mStmt, i) == SQLITE_NULL; }

QString SqlStatement::text(int i) const
{
  const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, i));
  return t ? QString::fromUtf8(t, sqlite3_column_bytes(mStmt, i)) : QString();
}

QString execSql(sqlite3 *db, const QString &sql)
{
  char *err = nullptr;
  if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
    const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    return message;
  }
  return QString();
}

} // namespace onemap
