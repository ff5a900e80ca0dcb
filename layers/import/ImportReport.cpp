#include "ImportReport.h"

#include <QCoreApplication>

namespace onemap {

QString ImportReportWriter::csvField(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  QString q = text;
  q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + q + QLatin1Char('"');
}

Status ImportReportWriter::open(const QString &path)
{
  mFile.setFileName(path);
  if (!mFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return Status::failure(QCoreApplication::translate("onemap::ImportReport", "cannot write report %1").arg(path));
  mFile.write("\xEF\xBB\xBF" "file,row,field,value,reason\r\n");
  return Status();
}

void ImportReportWriter::add(const ImportIssue &i)
{
  const QString line = QStringList {csvField(i.file), QString::number(i.row), csvField(i.field), csvField(i.value), csvField(i.reason)}.join(QLatin1Char(','));
  mFile.write(line.toUtf8() + "\r\n");
}

Status ImportReportWriter::close()
{
  const bool ok = mFile.flush() && mFile.error() == QFileDevice::NoError;
  const QString name = mFile.fileName();
  mFile.close();
  return ok ? Status() : Status::failure(QCoreApplication::translate("onemap::ImportReport", "cannot write report %1").arg(name));
}

Status ImportReportWriter::write(const QString &path, const QVector<ImportIssue> &issues)
{
  ImportReportWriter w;
  if (Status s = w.open(path); !s)
    return s;
  for (const ImportIssue &i : issues)
    w.add(i);
  return w.close();
}

} // namespace onemap
