#include "CapCallsCommand.h"

#include "CliCommon.h"
#include "export/calls/CallSheetPdf.h"
#include "map/FieldLabels.h"
#include "store/Store.h"
#include "warnings/CallList.h"
#include "warnings/CallSheetXlsx.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {

QString option(const QCommandLineParser &p, const char *name) { return p.value(QString::fromLatin1(name)).trimmed(); }

QString roleLabel(const QString &role) { return FieldLabels::value(QStringLiteral("responsible_persons"), QStringLiteral("role"), role); }

void print(const CallSheet &sheet)
{
  const Warning &w = sheet.warning;
  QTextStream &out = cli::out();
  out << QCoreApplication::translate("onemap::CapCallsCommand", "Warning %1 %2: %3 (%4), sent %5")
           .arg(w.id).arg(w.identifier, w.headline, FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("level"), w.level), CallList::shortTime(w.sent))
      << Qt::endl;
  const CallTally &t = sheet.total;
  out << QCoreApplication::translate("onemap::CapCallsCommand", "As of %1, limit %2 min: %3 calls, %4 called, %5 answered, %6 without answer past the limit")
           .arg(CallList::formatTime(sheet.now)).arg(sheet.minutes).arg(t.calls).arg(t.called).arg(t.answered).arg(t.overdue)
      << Qt::endl;
  int group = -1;
  for (const CallRow &r : sheet.rows) {
    if (group < 0 || sheet.townships[group].townshipCode != r.townshipCode) {
      const CallTally &g = sheet.townships[++group];
      out << QStringLiteral("== ") << QCoreApplication::translate("onemap::CapCallsCommand", "%1 %2: called %3/%4, answered %5/%4, %6 without answer past the limit")
                                          .arg(g.townshipName, g.townshipCode).arg(g.called).arg(g.calls).arg(g.answered).arg(g.overdue)
          << Qt::endl;
    }
    const WarningCall &c = r.call;
    QStringList cells {QStringLiteral("[%1]").arg(c.id), r.unitLevel == QLatin1String("township") ? QCoreApplication::translate("onemap::CapCallsCommand", "(township)") : r.unitName, c.personName,
                       roleLabel(c.role), c.phone};
    cells << (c.called() ? QCoreApplication::translate("onemap::CapCallsCommand", "called %1 by %2").arg(CallList::shortTime(c.calledAt), c.calledBy) : QCoreApplication::translate("onemap::CapCallsCommand", "not called"));
    if (c.answered())
      cells << QCoreApplication::translate("onemap::CapCallsCommand", "answered %1 by %2").arg(CallList::shortTime(c.answeredAt), c.answeredBy);
    else if (r.overdue)
      cells << QCoreApplication::translate("onemap::CapCallsCommand", "OVERDUE: no answer after %1 min (%2 min over)").arg(r.waitingMinutes).arg(r.overdueMinutes);
    else
      cells << QCoreApplication::translate("onemap::CapCallsCommand", "no answer yet");
    if (!c.note.isEmpty())
      cells << c.note;
    out << QStringLiteral("   ") << cells.join(QStringLiteral("  ")) << Qt::endl;
  }
}

int runCalls(const QCommandLineParser &p, Store &store, qint64 warningId)
{
  int minutes = CallList::kDefaultMinutes;
  if (p.isSet(QStringLiteral("minutes"))) {
    bool ok = false;
    minutes = option(p, "minutes").toInt(&ok);
    if (!ok || minutes < 0)
      return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--minutes must be a whole number of minutes, not %1").arg(option(p, "minutes")));
  }
  QDateTime now = QDateTime::currentDateTime();
  if (p.isSet(QStringLiteral("now"))) {
    now = CallList::parseTime(option(p, "now"));
    if (!now.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--now must be an ISO date-time (2024-06-20T09:00 or with +08:00), not %1").arg(option(p, "now")));
  }
  const QString outPath = option(p, "out");
  const QString suffix = QFileInfo(outPath).suffix().toLower();
  if (!outPath.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
    return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--out %1: the call sheet is written as .pdf or .xlsx").arg(outPath));

  CallList list(store);
  Result<int> added = list.prepare(warningId, cli::actor(p));
  if (!added)
    return cli::failure(added.message());
  Result<CallSheet> sheet = list.sheet(warningId, now, minutes);
  if (!sheet)
    return cli::failure(sheet.message());
  if (added.value() > 0)
    cli::err() << QCoreApplication::translate("onemap::CapCallsCommand", "%n call(s) added to the call list of warning %1", nullptr, added.value()).arg(warningId) << Qt::endl;
  if (outPath.isEmpty()) {
    print(sheet.value());
    return 0;
  }
  Status written;
  if (suffix == QLatin1String("pdf")) {
    written = CallSheetPdf::write(sheet.value(), store.meta(QStringLiteral("county_name")), outPath);
  } else {
    CallSheetLabels labels;
    labels.role = roleLabel;
    written = CallSheetXlsx::write(sheet.value(), outPath, labels);
  }
  if (!written)
    return cli::failure(written.message());
  cli::err() << QCoreApplication::translate("onemap::CapCallsCommand", "wrote %1").arg(outPath) << Qt::endl;
  return 0;
}

int runAck(const QCommandLineParser &p, Store &store, qint64 warningId)
{
  CallQuery query;
  query.personName = option(p, "person");
  query.adminCode = option(p, "admin");
  if (p.isSet(QStringLiteral("call"))) {
    bool ok = false;
    query.callId = option(p, "call").toLongLong(&ok);
    if (!ok || query.callId <= 0)
      return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--call must be a call id, not %1").arg(option(p, "call")));
  }
  if (query.callId == 0 && query.personName.isEmpty() && query.adminCode.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "cap ack needs --person, --call or --admin"));
  QDateTime at;
  if (p.isSet(QStringLiteral("at"))) {
    at = CallList::parseTime(option(p, "at"));
    if (!at.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--at must be an ISO date-time (2024-06-20T08:10 or with +08:00), not %1").arg(option(p, "at")));
  }
  const QString by = cli::actor(p);
  CallList list(store);
  if (Result<int> added = list.prepare(warningId, by); !added)
    return cli::failure(added.message());
  Result<QVector<WarningCall>> found = list.find(warningId, query);
  if (!found)
    return cli::failure(found.message());
  if (found.value().size() > 1) {
    QStringList which;
    for (const WarningCall &c : found.value())
      which << QStringLiteral("%1 %2 %3 (%4)").arg(c.id).arg(c.personName, roleLabel(c.role), c.adminCode);
    const QString field = !query.personName.isEmpty() ? QStringLiteral("person") : QStringLiteral("admin");
    return cli::failure(QCoreApplication::translate("onemap::CapCallsCommand", "%1: %2 calls of warning %3 match; name one with --call: %4")
                          .arg(field).arg(found.value().size()).arg(warningId).arg(which.join(QStringLiteral("; "))));
  }
  const WarningCall c = found.value().first();
  const QString answeredBy = option(p, "answered-by");
  Status done;
  if (!answeredBy.isEmpty())
    done = list.markAnswered(c.id, at, answeredBy, option(p, "note"), by);
  else if (p.isSet(QStringLiteral("note")))
    return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--note goes with --answered-by"));
  else
    done = list.markCalled(c.id, at, by);
  if (!done)
    return cli::failure(done.message());
  const WarningCall after = list.call(c.id).value();
  if (after.answered())
    cli::out() << QCoreApplication::translate("onemap::CapCallsCommand", "call %1: %2 (%3) answered at %4 by %5")
                    .arg(after.id).arg(after.personName, after.adminCode, after.answeredAt, after.answeredBy)
               << Qt::endl;
  else
    cli::out() << QCoreApplication::translate("onemap::CapCallsCommand", "call %1: %2 (%3) called at %4 by %5")
                    .arg(after.id).arg(after.personName, after.adminCode, after.calledAt, after.calledBy)
               << Qt::endl;
  return 0;
}

} // namespace

bool isCapCallsAction(const QStringList &arguments)
{
  const QString action = arguments.value(2);
  return action == QLatin1String("calls") || action == QLatin1String("ack");
}

int runCapCalls(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::CapCallsCommand", "Call-and-answer of a warning: the list of responsible persons to call in the "
                                                                                        "townships and villages it covers, and who has answered."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("cap"), QCoreApplication::translate("onemap::CapCallsCommand", "the verb"));
  p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("onemap::CapCallsCommand", "calls (print or write the call sheet) or ack (record a call or an answer)"));
  const auto add = [&p](const char *name, const char *help, const char *value = nullptr) {
    if (value)
      p.addOption({QString::fromLatin1(name), QCoreApplication::translate("onemap::CapCallsCommand", help), QCoreApplication::translate("onemap::CapCallsCommand", value)});
    else
      p.addOption({QString::fromLatin1(name), QCoreApplication::translate("onemap::CapCallsCommand", help)});
  };
  add("store", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "Situation store."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "FILE"));
  add("warning", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "Warning id (as `cap ingest` printed it)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ID"));
  add("minutes", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "calls: minutes a call may stay unanswered (default 30)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "N"));
  add("now", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "calls: the time overdue is judged at (default now)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ISO"));
  add("out", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "calls: write the call sheet to this .pdf or .xlsx instead of printing it."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "FILE"));
  add("person", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: the responsible person's name in the call list."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "NAME"));
  add("call", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: the call id in the call list."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ID"));
  add("admin", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: the township or village code (12 digits)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "CODE"));
  add("called", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: record the call as made (the default without --answered-by)."));
  add("answered-by", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: record the answer, given by this person (or a stand-in)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "NAME"));
  add("at", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: when (default now); without offset it is county time (UTC+8)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ISO"));
  add("note", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "ack: a note with the answer."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "TEXT"));
  add("by", QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "Who records (default the login name)."), QT_TRANSLATE_NOOP("onemap::CapCallsCommand", "NAME"));
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  const QString action = p.positionalArguments().value(1);
  if (!p.isSet(QStringLiteral("warning")))
    return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "cap %1 needs --warning ID").arg(action));
  bool ok = false;
  const qint64 warningId = option(p, "warning").toLongLong(&ok);
  if (!ok || warningId <= 0)
    return cli::usageError(QCoreApplication::translate("onemap::CapCallsCommand", "--warning must be a warning id, not %1").arg(option(p, "warning")));
  const QString storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  return action == QLatin1String("ack") ? runAck(p, *store.value(), warningId) : runCalls(p, *store.value(), warningId);
}

} // namespace onemap
