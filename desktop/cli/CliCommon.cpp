#include "CliCommon.h"

#include "store/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace onemap::cli {

QTextStream &out()
{
  static QTextStream s(stdout);
  return s;
}

QTextStream &err()
{
  static QTextStream s(stderr);
  return s;
}

int failure(const QString &message)
{
  err() << "onemap: " << message << Qt::endl;
  return 1;
}

int usageError(const QString &message)
{
  err() << "onemap: " << message << Qt::endl;
  return 2;
}

int printHelp(const QCommandLineParser &parser)
{
  out() << parser.helpText() << Qt::flush;
  return 0;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
  parser.addOption(languageOption());
  if (!parser.parse(arguments))
    return usageError(parser.errorText());
  if (parser.isSet(QStringLiteral("help")))
    return printHelp(parser);
  return std::nullopt;
}

QCommandLineOption languageOption()
{
  return {QStringLiteral("lang"), QCoreApplication::translate("onemap::cli", "Interface language: zh (default) or en."),
          QStringLiteral("LANG"), QStringLiteral("zh")};
}

QString defaultStorePath()
{
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("sample-county.onemap.sqlite"));
}

QString actor(const QCommandLineParser &parser)
{
  const QString by = parser.value(QStringLiteral("by")).trimmed();
  return by.isEmpty() ? AuditLog::loginName() : by;
}

} // namespace onemap::cli
