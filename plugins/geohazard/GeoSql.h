#pragma once
// The plugin's own small statement wrapper: it talks to the store through the
// raw sqlite3 handle, so values are bound here, never pasted into SQL.
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace onemap::geohazard {

class Sql
{
public:
  Sql(sqlite3 *db, const char *sql);
  ~Sql();
  Sql(const Sql &) = delete;
  Sql &operator=(const Sql &) = delete;

  Sql &bind(int index, const QVariant &value);
  bool next();            //!< true while a row is there
  bool exec();            //!< runs to the end; false on error
  void reset();
  qint64 int64(int i) const;
  double real(int i) const;
  QString text(int i) const;
  const QString &error() const { return mError; }

private:
  sqlite3 *mDb;
  sqlite3_stmt *mStmt = nullptr;
  QString mError;
};

} // namespace onemap::geohazard
