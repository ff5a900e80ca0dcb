#include "CapWatchCommand.h"

#include "CapCliSupport.h"
#include "CliCommon.h"
#include "warnings/CapFolderWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

int runCapWatch(const QCommandLineParser &parser)
{
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 3)
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "cap watch takes one folder (onemap cap watch DIR --store S)"));
  const QString folder = positional[2];
  if (!QFileInfo(folder).isDir())
    return cli::failure(QCoreApplication::translate("onemap::CapCommand", "%1 is not a folder").arg(folder));
  Result<cli::CapSetup> setup = cli::openCapInbox(parser);
  if (!setup)
    return cli::failure(setup.message());

  bool fine = true;
  CapFolderWatcher watcher(*setup.value().inbox, folder);
  QObject::connect(&watcher, &CapFolderWatcher::handled, [&fine, &setup](const CapInboxOutcome &o) { fine = cli::printOutcome(o, *setup.value().store) && fine; });
  QObject::connect(&watcher, &CapFolderWatcher::problem, [](const QString &message) { cli::err() << QStringLiteral("onemap: ") << message << Qt::endl; });

  if (parser.isSet(QStringLiteral("once"))) {
    watcher.drain();
    cli::expireWarnings(*setup.value().store);
    return fine ? 0 : 1;
  }
  if (Status s = watcher.start(); !s)
    return cli::failure(s.message());
  cli::err() << QCoreApplication::translate("onemap::CapCommand", "watching %1; stop with Ctrl+C").arg(folder) << Qt::endl;
  QObject lifetime;
  cli::runUntilStopped(*setup.value().store, &lifetime);
  QCoreApplication::exec();
  watcher.stop();
  cli::expireWarnings(*setup.value().store);
  return 0;
}

} // namespace onemap
