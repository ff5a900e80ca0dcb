#pragma once
// A thin RAII wrapper over sqlite3_stmt: values are always bound, never
// pasted into SQL text.
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace onemap {

class SqlStatement
{
public:
  SqlStatement(sqlite3 *db, const QString &sql);
  ~SqlStatement();
  SqlStatement(const SqlStatement &) = delete;
  SqlStatement &operator=(const SqlStatement &) = delete;

  bool isValid() const { return mStmt != nullptr; }
  //! Binds by 1-based position; a null QVariant binds SQL NULL.
  SqlStatement &bind(int index, const QVariant &value);
  SqlStatement &bind(const char *name, const QVariant &value);

  //! Steps once: true while a row is available. Check error() after false.
  bool next();
  //! Runs to completion; false on error.
  bool exec();
  void reset();

  int columnCount() const;
  QString columnName(int i) const;
  QVariant value(int i) const;
  qint64 int64(int i) const;
  double real(int i) const;
  QString text(int i) const;
  bool isNull(int i) const;

  bool hasError() const { return !mError.isEmpty(); }
  const QString &error() const { return mError; }

private:
  sqlite3 *mDb = nullptr;
  sqlite3_stmt *mStmt = nullptr;
  QString mError;
};

//! Runs SQL without parameters (DDL, pragmas); returns an error text or empty.
QString execSql(sqlite3 *db, const QString &sql);

} // namespace onemap
