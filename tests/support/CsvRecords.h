#pragma once
// Test helper: CSV as the exports write it (RFC 4180 quoting, doubled quotes,
// CRLF or LF records, optional UTF-8 BOM) back into rows of cells.
#include <QFile>
#include <QStringList>
#include <QVector>

namespace onemap::testing {

inline QVector<QStringList> parseCsv(const QString &text)
{
  QVector<QStringList> rows;
  QStringList row;
  QString cell;
  bool quoted = false;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
        cell += c, ++i;
      else if (c == QLatin1Char('"'))
        quoted = false;
      else
        cell += c;
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      row << cell, cell.clear();
    } else if (c == QLatin1Char('\n')) {
      row << cell, cell.clear();
      rows << row, row.clear();
    } else if (c != QLatin1Char('\r')) {
      cell += c;
    }
  }
  if (!cell.isEmpty() || !row.isEmpty())
    rows << (row << cell);
  return rows;
}

//! The file's records; empty when it cannot be read.
inline QVector<QStringList> readCsvFile(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  QByteArray bytes = f.readAll();
  if (bytes.startsWith("\xEF\xBB\xBF"))
    bytes = bytes.mid(3);
  return parseCsv(QString::fromUtf8(bytes));
}

} // namespace onemap::testing
