#include "CapCliSupport.h"

#include "CliCommon.h"
#include "warnings/CapIngest.h"
#include "warnings/WarningImpact.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <csignal>

namespace onemap::cli {

namespace {
volatile std::sig_atomic_t gStopRequested = 0;

extern "C" void requestStop(int)
{
  gStopRequested = 1; // only a flag here: the event loop looks at it between messages
}
} // namespace

Result<CapSetup> openCapInbox(const QCommandLineParser &parser)
{
  CapSetup setup;
  setup.storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : defaultStorePath();
  auto store = Store::open(setup.storePath);
  if (!store)
    return store.status();
  setup.store = store.take();
  const QString archive = parser.isSet(QStringLiteral("archive")) ? parser.value(QStringLiteral("archive")) : setup.storePath + QStringLiteral(".cap-archive");
  const QString quarantine = parser.isSet(QStringLiteral("quarantine")) ? parser.value(QStringLiteral("quarantine")) : setup.storePath + QStringLiteral(".cap-quarantine");
  setup.inbox = std::make_unique<CapInbox>(*setup.store, archive, quarantine);
  if (Status s = setup.inbox->prepare(); !s)
    return s;
  return setup;
}

namespace {
//! One line of what the warning's area holds, so the operator watching the
//! feed sees the stakes the moment it lands (the dock shows the same figures).
void printImpact(Store &store, qint64 warningId)
{
  const Result<Impact> impact = WarningImpact::of(store, warningId, QDate::currentDate());
  if (!impact) {
    err() << QStringLiteral("onemap: ") << impact.message() << Qt::endl;
    return;
  }
  const ImpactTotals &t = impact.value().totals;
  out() << QStringLiteral("  ")
        << QCoreApplication::translate("onemap::CapCommand", "impact: %1 township(s), %2 village(s), %3 people; %4 hidden danger(s), %5 escalated; %6 shelter(s) for %7; %8 team(s)")
             .arg(t.townships).arg(t.villages).arg(t.villagePopulation).arg(t.dangers).arg(t.escalated).arg(t.shelters).arg(t.shelterCapacity).arg(t.teams)
        << Qt::endl;
}

} // namespace

bool printOutcome(const CapInboxOutcome &o, Store &store)
{
  bool fine = true;
  switch (o.kind) {
  case CapInboxOutcome::Kind::Accepted: {
    QString line = QCoreApplication::translate("onemap::CapCommand", "%1: ingested %2 %3 as warning %4 (%5)").arg(o.origin, o.msgType, o.identifier).arg(o.warningId).arg(o.status);
    if (!o.notes.isEmpty())
      line += QStringLiteral("; ") + o.notes.join(QStringLiteral("; "));
    out() << line << Qt::endl;
    if (o.status == QLatin1String("active"))
      printImpact(store, o.warningId);
    break;
  }
  case CapInboxOutcome::Kind::Duplicate:
    out() << QCoreApplication::translate("onemap::CapCommand", "%1: already ingested as warning %2 (%3)").arg(o.origin).arg(o.warningId).arg(o.identifier) << Qt::endl;
    break;
  case CapInboxOutcome::Kind::Rejected:
    fine = false;
    out() << QCoreApplication::translate("onemap::CapCommand", "%1: rejected: %2").arg(o.origin, o.reason) << Qt::endl;
    break;
  case CapInboxOutcome::Kind::Failed:
    fine = false;
    err() << QStringLiteral("onemap: ") << QCoreApplication::translate("onemap::CapCommand", "%1: not stored, left to try again: %2").arg(o.origin, o.reason) << Qt::endl;
    break;
  case CapInboxOutcome::Kind::NotReady:
    break;
  }
  if (!o.problem.isEmpty()) {
    fine = false;
    err() << QStringLiteral("onemap: ") << o.problem << Qt::endl;
  }
  return fine;
}

void expireWarnings(Store &store)
{
  const Result<int> expired = CapIngest::expire(store);
  if (!expired)
    err() << QStringLiteral("onemap: ") << expired.message() << Qt::endl;
  else if (expired.value() > 0)
    out() << QCoreApplication::translate("onemap::CapCommand", "%n warning(s) expired", nullptr, expired.value()) << Qt::endl;
}

void runUntilStopped(Store &store, QObject *parent)
{
  gStopRequested = 0;
  std::signal(SIGINT, requestStop);
  std::signal(SIGTERM, requestStop);
  auto *stopCheck = new QTimer(parent);
  QObject::connect(stopCheck, &QTimer::timeout, stopCheck, []() {
    if (gStopRequested)
      QCoreApplication::quit();
  });
  stopCheck->start(200);
  auto *expiry = new QTimer(parent);
  QObject::connect(expiry, &QTimer::timeout, expiry, [&store]() { expireWarnings(store); });
  expiry->start(60 * 1000);
}

} // namespace onemap::cli
