#include "CapCommand.h"

#include "CapCallsCommand.h"
#include "CliCommon.h"
#include "store/Store.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace onemap {

namespace {

//! A file name that cannot climb out of the folder or clash with reserved characters.
QString safeName(const QString &text)
{
  static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
  QString s = QString(text).replace(bad, QStringLiteral("_"));
  while (s.startsWith(QLatin1Char('.')))
    s.remove(0, 1);
  return s.left(120);
}

//! \a name in \a dir, with -2, -3... added when it is taken.
QString freePath(const QDir &dir, const QString &name)
{
  const QFileInfo fi(name);
  const QString suffix = fi.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + fi.completeSuffix();
  QString path = dir.filePath(name);
  for (int i = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".reason")); ++i)
    path = dir.filePath(fi.baseName() + QStringLiteral("-%1").arg(i) + suffix);
  return path;
}

Status quarantine(const QString &file, const QDir &dir, const QString &reason)
{
  const QString target = freePath(dir, QFileInfo(file).fileName());
  // Moved so it is not picked up again; copied when the source cannot be removed.
  if (!QFile::rename(file, target) && !QFile::copy(file, target))
    return Status::failure(QCoreApplication::translate("onemap::CapCommand", "%1: cannot put into quarantine %2").arg(file, dir.path()));
  QFile r(target + QStringLiteral(".reason"));
  if (!r.open(QIODevice::WriteOnly | QIODevice::Truncate) || r.write((reason + QLatin1Char('\n')).toUtf8()) < 0)
    return Status::failure(QCoreApplication::translate("onemap::CapCommand", "%1: cannot write %2").arg(file, r.fileName()));
  return {};
}
} // namespace

int runCap(const QStringList &arguments)
{
  if (isCapCallsAction(arguments))
    return runCapCalls(arguments);
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::CapCommand", "Ingest CAP 1.1/1.2 warning messages (GB/T 35965.1 identifiers) into the store."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("cap"), QCoreApplication::translate("onemap::CapCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("ingest"), QCoreApplication::translate("onemap::CapCommand", "the action"));
  parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("onemap::CapCommand", "CAP files to ingest"), QStringLiteral("FILE..."));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::CapCommand", "Situation store to write."), QCoreApplication::translate("onemap::CapCommand", "FILE")});
  parser.addOption({QStringLiteral("archive"), QCoreApplication::translate("onemap::CapCommand", "Folder for accepted messages as received (default: <store>.cap-archive)."), QCoreApplication::translate("onemap::CapCommand", "DIR")});
  parser.addOption({QStringLiteral("quarantine"), QCoreApplication::translate("onemap::CapCommand", "Folder for rejected messages and their .reason files (default: <store>.cap-quarantine)."), QCoreApplication::translate("onemap::CapCommand", "DIR")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional.value(1) != QLatin1String("ingest"))
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "unknown cap action %1 (try: onemap cap ingest --store S FILE...)").arg(positional.value(1)));
  const QStringList files = positional.mid(2);
  if (files.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "no CAP file given"));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  const QDir archive(parser.isSet(QStringLiteral("archive")) ? parser.value(QStringLiteral("archive")) : storePath + QStringLiteral(".cap-archive"));
  const QDir quarantineDir(parser.isSet(QStringLiteral("quarantine")) ? parser.value(QStringLiteral("quarantine")) : storePath + QStringLiteral(".cap-quarantine"));
  if (!QDir().mkpath(archive.path()) || !QDir().mkpath(quarantineDir.path()))
    return cli::failure(QCoreApplication::translate("onemap::CapCommand", "cannot create %1 or %2").arg(archive.path(), quarantineDir.path()));

  bool anyRejected = false;
  for (const QString &file : files) {
    Result<CapMessage> parsed = CapParser::parseFile(file);
    Result<CapIngestOutcome> ingested = parsed ? CapIngest::ingest(*store.value(), parsed.value()) : Result<CapIngestOutcome>(parsed.status());
    if (!ingested) {
      anyRejected = true;
      const QString reason = ingested.message();
      const Status moved = quarantine(file, quarantineDir, reason);
      cli::out() << QCoreApplication::translate("onemap::CapCommand", "%1: rejected: %2").arg(file, reason) << Qt::endl;
      if (!moved)
        cli::err() << QStringLiteral("onemap: ") << moved.message() << Qt::endl;
      continue;
    }
    const CapMessage &m = parsed.value();
    const CapIngestOutcome &o = ingested.value();
    if (o.duplicate) {
      cli::out() << QCoreApplication::translate("onemap::CapCommand", "%1: already ingested as warning %2 (%3)").arg(file).arg(o.id).arg(m.identifier) << Qt::endl;
      continue;
    }
    // Named by identifier and sent; another sender's message of the same name gets -2, -3...
    const QString name = safeName(m.identifier) + QLatin1Char('_') + safeName(m.sent) + QStringLiteral(".xml");
    const QString archived = freePath(archive, name);
    if (!QFile::copy(file, archived)) {
      anyRejected = true;
      cli::err() << QStringLiteral("onemap: ") << QCoreApplication::translate("onemap::CapCommand", "%1: ingested but cannot archive to %2").arg(file, archived) << Qt::endl;
    }
    QString line = QCoreApplication::translate("onemap::CapCommand", "%1: ingested %2 %3 as warning %4 (%5)").arg(file, m.msgType, m.identifier).arg(o.id).arg(o.status);
    if (!o.notes.isEmpty())
      line += QStringLiteral("; ") + o.notes.join(QStringLiteral("; "));
    cli::out() << line << Qt::endl;
  }
  const Result<int> expired = CapIngest::expire(*store.value());
  if (expired && expired.value() > 0)
    cli::out() << QCoreApplication::translate("onemap::CapCommand", "%n warning(s) expired", nullptr, expired.value()) << Qt::endl;
  return anyRejected ? 1 : 0;
}

} // namespace onemap
