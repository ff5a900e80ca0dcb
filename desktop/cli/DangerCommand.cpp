#include "DangerCommand.h"

#include "CliCommon.h"
#include "danger_loop/DangerLoop.h"
#include "map/FieldLabels.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

namespace {


QString option(const QCommandLineParser &p, const char *name) { return p.value(QLatin1String(name)).trimmed(); }

// Columns padded by display width: a CJK character takes two cells.
int cells(const QString &s)
{
  int n = 0;
  for (const QChar c : s)
    n += c.unicode() >= 0x1100 ? 2 : 1;
  return n;
}

void printTable(const QVector<QStringList> &rows)
{
  QVector<int> widths;
  for (const QStringList &row : rows)
    for (int i = 0; i < row.size(); ++i) {
      if (widths.size() <= i)
        widths << 0;
      widths[i] = std::max(widths[i], cells(row[i]));
    }
  for (const QStringList &row : rows) {
    QString line;
    for (int i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size())
        line += QString(widths[i] - cells(row[i]) + 2, QLatin1Char(' '));
    }
    cli::out() << line << '\n';
  }
  cli::out() << Qt::flush;
}

QString csvField(const QString &s)
{
  if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
    return s;
  return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString hazardLabel(const QString &code) { return FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("hazard_type"), code); }
QString statusLabel(const QString &code) { return FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("status"), code); }

// --date: the day overdue is judged on; today when not given.
bool parseDay(const QCommandLineParser &p, QDate &day, int &exitCode)
{
  if (!p.isSet(QStringLiteral("date")))
    return true;
  day = QDate::fromString(option(p, "date"), Qt::ISODate);
  if (!day.isValid()) {
    exitCode = cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "--date must be a date like 2025-06-30, not %1").arg(option(p, "date")));
    return false;
  }
  return true;
}

int advance(const QCommandLineParser &p, Store &store)
{
  DangerStep step;
  step.code = option(p, "code");
  step.to = option(p, "to");
  step.actor = option(p, "actor");
  if (step.code.isEmpty() || step.to.isEmpty() || step.actor.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "danger advance needs --code, --to and --actor"));
  step.note = option(p, "note");
  step.responsibleUnit = option(p, "unit");
  step.responsiblePerson = option(p, "person");
  step.measures = option(p, "measure");
  if (p.isSet(QStringLiteral("deadline"))) {
    step.deadline = QDate::fromString(option(p, "deadline"), Qt::ISODate);
    if (!step.deadline.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "%1: --deadline must be a date like 2025-09-30, not %2").arg(step.code, option(p, "deadline")));
  }
  if (p.isSet(QStringLiteral("at"))) {
    step.at = QDateTime::fromString(option(p, "at"), Qt::ISODate);
    if (!step.at.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "%1: --at must be a time like 2025-07-01T09:30:00, not %2").arg(step.code, option(p, "at")));
  }
  DangerLoop loop(store);
  const Result<qint64> event = loop.advance(step);
  if (!event)
    return cli::failure(event.message());
  const QVector<DangerEvent> history = loop.history(step.code).value();
  cli::out() << QCoreApplication::translate("onemap::DangerCommand", "%1: %2 at %3 by %4 (step %5 of its history)")
                  .arg(step.code, FieldLabels::value(QStringLiteral("danger_events"), QStringLiteral("step"), step.to), history.last().at, step.actor)
                  .arg(history.size())
             << Qt::endl;
  return 0;
}

int list(const QCommandLineParser &p, Store &store)
{
  DangerFilter filter;
  filter.townshipCode = option(p, "township");
  filter.hazardType = option(p, "type");
  filter.status = option(p, "status");
  filter.overdueOnly = p.isSet(QStringLiteral("overdue"));
  filter.supervisedOnly = p.isSet(QStringLiteral("supervised"));
  const QString format = option(p, "format");
  if (format != QLatin1String("table") && format != QLatin1String("csv"))
    return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "--format must be table or csv, not %1").arg(format));
  QDate day;
  int code = 0;
  if (!parseDay(p, day, code))
    return code;
  const Result<QVector<DangerRow>> rows = DangerLoop(store).list(filter, day);
  if (!rows)
    return cli::usageError(rows.message()); // only a bad filter value fails here
  if (format == QLatin1String("csv")) {
    cli::out() << "code,name,township_code,township,hazard_type,status,responsible_unit,responsible_person,deadline,overdue,supervised\n";
    for (const DangerRow &r : rows.value()) {
      QStringList fields {r.code, r.name, r.townshipCode, r.townshipName, r.hazardType, r.status, r.responsibleUnit,
                          r.responsiblePerson, r.deadline, r.overdue ? QStringLiteral("1") : QStringLiteral("0"),
                          r.supervised ? QStringLiteral("1") : QStringLiteral("0")};
      for (QString &f : fields)
        f = csvField(f);
      cli::out() << fields.join(QLatin1Char(',')) << '\n';
    }
    cli::out() << Qt::flush;
    return 0;
  }
  QVector<QStringList> table {{QCoreApplication::translate("onemap::DangerCommand", "Code"), QCoreApplication::translate("onemap::DangerCommand", "Name"), QCoreApplication::translate("onemap::DangerCommand", "Township"), QCoreApplication::translate("onemap::DangerCommand", "Hazard type"), QCoreApplication::translate("onemap::DangerCommand", "Status"), QCoreApplication::translate("onemap::DangerCommand", "Responsible unit"),
                               QCoreApplication::translate("onemap::DangerCommand", "Responsible person"), QCoreApplication::translate("onemap::DangerCommand", "Deadline"), QCoreApplication::translate("onemap::DangerCommand", "Flags")}};
  for (const DangerRow &r : rows.value()) {
    QStringList flags;
    if (r.overdue)
      flags << QCoreApplication::translate("onemap::DangerCommand", "overdue");
    if (r.supervised)
      flags << QCoreApplication::translate("onemap::DangerCommand", "supervised");
    table << QStringList {r.code, r.name, r.townshipName, hazardLabel(r.hazardType), statusLabel(r.status), r.responsibleUnit,
                          r.responsiblePerson, r.deadline, flags.join(QLatin1Char(' '))};
  }
  printTable(table);
  cli::out() << QCoreApplication::translate("onemap::DangerCommand", "%n hidden danger(s)", nullptr, rows.value().size()) << Qt::endl;
  return 0;
}

QStringList countsRow(const QString &township, const QString &type, const DangerCounts &c)
{
  return {township, type, QString::number(c.found), QString::number(c.pending), QString::number(c.inRectification),
          QString::number(c.overdue), QString::number(c.signedOff), QString::number(c.supervised)};
}

int summary(const QCommandLineParser &p, Store &store)
{
  QDate day;
  int code = 0;
  if (!parseDay(p, day, code))
    return code;
  DangerLoop loop(store);
  if (!day.isValid())
    day = loop.today();
  const Result<DangerSummary> s = loop.summary(day);
  if (!s)
    return cli::failure(s.message());
  cli::out() << QCoreApplication::translate("onemap::DangerCommand", "Hidden-danger closed loop on %1").arg(day.toString(Qt::ISODate)) << '\n';
  QVector<QStringList> table {{QCoreApplication::translate("onemap::DangerCommand", "Township"), QCoreApplication::translate("onemap::DangerCommand", "Hazard type"), QCoreApplication::translate("onemap::DangerCommand", "Found"), QCoreApplication::translate("onemap::DangerCommand", "Not assigned"), QCoreApplication::translate("onemap::DangerCommand", "In rectification"),
                               QCoreApplication::translate("onemap::DangerCommand", "Overdue"), QCoreApplication::translate("onemap::DangerCommand", "Signed off"), QCoreApplication::translate("onemap::DangerCommand", "Supervised")}};
  for (const DangerCounts &town : s.value().byTownship) {
    const QString name = town.townshipName.isEmpty() ? (town.townshipCode.isEmpty() ? QCoreApplication::translate("onemap::DangerCommand", "(no village code)") : town.townshipCode) : town.townshipName;
    for (const DangerCounts &c : s.value().rows)
      if (c.townshipCode == town.townshipCode)
        table << countsRow(name, hazardLabel(c.hazardType), c);
    table << countsRow(name, QCoreApplication::translate("onemap::DangerCommand", "subtotal"), town);
  }
  for (const DangerCounts &c : s.value().byHazardType)
    table << countsRow(QCoreApplication::translate("onemap::DangerCommand", "County"), hazardLabel(c.hazardType), c);
  table << countsRow(QCoreApplication::translate("onemap::DangerCommand", "County"), QCoreApplication::translate("onemap::DangerCommand", "total"), s.value().total);
  printTable(table);
  const DangerCounts &t = s.value().total;
  cli::out() << QCoreApplication::translate("onemap::DangerCommand", "found %1, signed off %2, in rectification %3 (overdue %4), not yet assigned %5, supervised %6")
                  .arg(t.found).arg(t.signedOff).arg(t.inRectification).arg(t.overdue).arg(t.pending).arg(t.supervised)
             << Qt::endl;
  return 0;
}

} // namespace

int runDanger(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::DangerCommand", "The hidden-danger closed loop: advance a danger one step, list the ledger, summarise per township."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("danger"), QCoreApplication::translate("onemap::DangerCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("onemap::DangerCommand", "advance, list or summary"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::DangerCommand", "Situation store."), QCoreApplication::translate("onemap::DangerCommand", "FILE")});
  parser.addOption({QStringLiteral("code"), QCoreApplication::translate("onemap::DangerCommand", "advance: hidden-danger code."), QCoreApplication::translate("onemap::DangerCommand", "CODE")});
  parser.addOption({QStringLiteral("to"), QCoreApplication::translate("onemap::DangerCommand", "advance: step (identified, assigned, rectifying, checked, signed_off, reopened)."), QCoreApplication::translate("onemap::DangerCommand", "STEP")});
  parser.addOption({QStringLiteral("actor"), QCoreApplication::translate("onemap::DangerCommand", "advance: who takes the step."), QCoreApplication::translate("onemap::DangerCommand", "NAME")});
  parser.addOption({QStringLiteral("note"), QCoreApplication::translate("onemap::DangerCommand", "advance: note on the step."), QCoreApplication::translate("onemap::DangerCommand", "TEXT")});
  parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("onemap::DangerCommand", "advance: responsible unit (assigned)."), QCoreApplication::translate("onemap::DangerCommand", "TEXT")});
  parser.addOption({QStringLiteral("person"), QCoreApplication::translate("onemap::DangerCommand", "advance: responsible person (assigned)."), QCoreApplication::translate("onemap::DangerCommand", "TEXT")});
  parser.addOption({QStringLiteral("measure"), QCoreApplication::translate("onemap::DangerCommand", "advance: rectification measure (assigned)."), QCoreApplication::translate("onemap::DangerCommand", "TEXT")});
  parser.addOption({QStringLiteral("deadline"), QCoreApplication::translate("onemap::DangerCommand", "advance: deadline (assigned; optional on reopened)."), QCoreApplication::translate("onemap::DangerCommand", "YYYY-MM-DD")});
  parser.addOption({QStringLiteral("at"), QCoreApplication::translate("onemap::DangerCommand", "advance: when (default now)."), QCoreApplication::translate("onemap::DangerCommand", "ISO-TIME")});
  parser.addOption({QStringLiteral("township"), QCoreApplication::translate("onemap::DangerCommand", "list: 12-digit township code."), QCoreApplication::translate("onemap::DangerCommand", "CODE")});
  parser.addOption({QStringLiteral("type"), QCoreApplication::translate("onemap::DangerCommand", "list: hazard type code."), QCoreApplication::translate("onemap::DangerCommand", "TYPE")});
  parser.addOption({QStringLiteral("status"), QCoreApplication::translate("onemap::DangerCommand", "list: status code."), QCoreApplication::translate("onemap::DangerCommand", "STATUS")});
  parser.addOption({QStringLiteral("overdue"), QCoreApplication::translate("onemap::DangerCommand", "list: only overdue dangers.")});
  parser.addOption({QStringLiteral("supervised"), QCoreApplication::translate("onemap::DangerCommand", "list: only dangers listed for supervision.")});
  parser.addOption({QStringLiteral("format"), QCoreApplication::translate("onemap::DangerCommand", "list: table (default) or csv."), QCoreApplication::translate("onemap::DangerCommand", "FORMAT"), QStringLiteral("table")});
  parser.addOption({QStringLiteral("date"), QCoreApplication::translate("onemap::DangerCommand", "list, summary: judge overdue on this day (default today)."), QCoreApplication::translate("onemap::DangerCommand", "YYYY-MM-DD")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(1);
  if (positional.size() < 2)
    return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "danger needs an action: advance, list or summary"));
  if (positional.size() != 2
      || (action != QLatin1String("advance") && action != QLatin1String("list") && action != QLatin1String("summary")))
    return cli::usageError(QCoreApplication::translate("onemap::DangerCommand", "unknown danger action %1 (try: onemap danger advance|list|summary)").arg(positional.mid(1).join(QLatin1Char(' '))));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  if (action == QLatin1String("advance"))
    return advance(parser, *store.value());
  if (action == QLatin1String("list"))
    return list(parser, *store.value());
  return summary(parser, *store.value());
}

} // namespace onemap
