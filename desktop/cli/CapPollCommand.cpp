#include "CapPollCommand.h"

#include "CapCliSupport.h"
#include "CliCommon.h"
#include "warnings/CapFeedPoller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace onemap {

int runCapPoll(const QCommandLineParser &parser)
{
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 3)
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "cap poll takes one URL (onemap cap poll URL --store S --interval SECONDS)"));
  QUrl url(positional[2], QUrl::StrictMode);
  if (url.scheme().isEmpty())
    url = QUrl::fromLocalFile(QDir::current().absoluteFilePath(positional[2])); // a plain path is a file URL
  if (!CapFeedPoller::supportedScheme(url))
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "%1 is not an http, https or file URL").arg(positional[2]));
  const bool once = parser.isSet(QStringLiteral("once"));
  bool intervalOk = false;
  const int interval = parser.value(QStringLiteral("interval")).toInt(&intervalOk);
  if (!once && (!intervalOk || interval < 1))
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "--interval SECONDS (1 or more) is needed unless --once"));
  bool timeoutOk = true;
  const int timeout = parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toInt(&timeoutOk) : 30;
  if (!timeoutOk || timeout < 1)
    return cli::usageError(QCoreApplication::translate("onemap::CapCommand", "--timeout takes whole seconds"));

  Result<cli::CapSetup> setup = cli::openCapInbox(parser);
  if (!setup)
    return cli::failure(setup.message());
  CapFeedPoller poller(*setup.value().inbox, url);
  if (Status s = poller.setAllowPrefixes(parser.values(QStringLiteral("allow-prefix"))); !s)
    return cli::usageError(s.message());
  poller.setTimeoutSeconds(timeout);

  bool fine = true;
  int duplicates = 0;
  // A feed repeats what it already said every round: duplicates are summed, not listed.
  QObject::connect(&poller, &CapFeedPoller::handled, [&](const CapInboxOutcome &o) {
    if (o.kind == CapInboxOutcome::Kind::Duplicate && o.problem.isEmpty())
      ++duplicates;
    else
      fine = cli::printOutcome(o, *setup.value().store) && fine;
  });
  QObject::connect(&poller, &CapFeedPoller::notice, [](const QString &message) { cli::out() << message << Qt::endl; });
  QObject::connect(&poller, &CapFeedPoller::problem, [&fine](const QString &message) {
    fine = false;
    cli::err() << QStringLiteral("onemap: ") << message << Qt::endl;
  });
  QObject::connect(&poller, &CapFeedPoller::roundFinished, [&]() {
    if (duplicates > 0)
      cli::out() << QCoreApplication::translate("onemap::CapCommand", "%1: %n message(s) already ingested", nullptr, duplicates).arg(url.toDisplayString(QUrl::RemovePassword)) << Qt::endl;
    duplicates = 0;
    if (once)
      QCoreApplication::quit();
  });

  if (once) {
    poller.pollOnce();
    QCoreApplication::exec();
    cli::expireWarnings(*setup.value().store);
    return fine ? 0 : 1;
  }
  cli::err() << QCoreApplication::translate("onemap::CapCommand", "polling %1 every %2 s; stop with Ctrl+C").arg(url.toDisplayString(QUrl::RemovePassword)).arg(interval) << Qt::endl;
  QObject lifetime;
  cli::runUntilStopped(*setup.value().store, &lifetime);
  poller.start(interval);
  QCoreApplication::exec();
  poller.stop();
  cli::expireWarnings(*setup.value().store);
  return 0;
}

} // namespace onemap
