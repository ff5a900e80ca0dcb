#pragma once
// \brief The row-by-row import report: one line per problem, naming the file,
// the row, the field, the value and the reason; written as CSV (UTF-8 with a
// BOM so Excel opens the Chinese text correctly).
#include "store/Result.h"

#include <QFile>
#include <QString>
#include <QVector>

namespace onemap {

struct ImportIssue
{
  QString file;
  qint64 row = 0;  //!< 0: the file as a whole
  QString field;
  QString value;
  QString reason;
};

class ImportReportWriter
{
public:
  //! Opens \a path for writing and writes the header line.
  Status open(const QString &path);
  void add(const ImportIssue &issue);
  Status close();
  bool isOpen() const { return mFile.isOpen(); }

  static Status write(const QString &path, const QVector<ImportIssue> &issues);
  //! RFC 4180 quoting.
  static QString csvField(const QString &text);

private:
  QFile mFile;
};

} // namespace onemap
