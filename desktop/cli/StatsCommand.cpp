#include "StatsCommand.h"

#include "CliCommon.h"
#include "export/statistics/DailyReportPdf.h"
#include "plugins/BoardPlugins.h"
#include "statistics/DailyReportFiles.h"
#include "statistics/DailyStatistics.h"
#include "statistics/StatisticSuggestions.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace onemap {

namespace {


//! "TOWNSHIP:FIELD=VALUE" -> parts; false when the shape is wrong.
bool splitAssignment(const QString &text, QString &township, QString &field, QString &value)
{
  static const QRegularExpression re(QStringLiteral("^([^:=]+):([A-Za-z0-9_]+)=(.*)$"));
  const QRegularExpressionMatch m = re.match(text.trimmed());
  if (!m.hasMatch())
    return false;
  township = m.captured(1).trimmed();
  field = m.captured(2);
  value = m.captured(3).trimmed();
  return true;
}

void print(const DailyReport &r, const QVector<StatisticSuggestion> &suggestions)
{
  QTextStream &out = cli::out();
  out << r.title() << Qt::endl;
  const auto line = [&](const QString &name, const std::function<QString(int)> &text) {
    QStringList cells;
    for (int f = 0; f < r.fields.size(); ++f)
      if (const QString t = text(f); !t.isEmpty())
        cells << QStringLiteral("%1=%2").arg(r.fields[f].label, t);
    out << name << QStringLiteral(": ") << (cells.isEmpty() ? QCoreApplication::translate("onemap::StatsCommand", "(nothing reported)") : cells.join(QStringLiteral(", "))) << Qt::endl;
  };
  for (int t = 0; t < r.townships.size(); ++t)
    line(QStringLiteral("%1 %2").arg(r.townships[t].code, r.townships[t].name), [&](int f) { return r.cellText(t, f); });
  line(QCoreApplication::translate("onemap::StatsCommand", "County total"), [&](int f) { return r.totalText(f); });
  const QHash<QString, StatisticSuggestion> byCell = StatisticSuggestions::byCell(suggestions);
  for (int t = 0; t < r.townships.size(); ++t)
    for (int f = 0; f < r.fields.size(); ++f) {
      const auto it = byCell.constFind(StatisticSuggestions::key(r.townships[t].code, r.fields[f].name));
      if (it == byCell.constEnd())
        continue;
      const std::optional<double> have = r.values[t][f];
      if (have && *have == it->value)
        continue;
      out << QCoreApplication::translate("onemap::StatsCommand", "suggested: %1 %2 %3 = %4 (%5)%6")
               .arg(r.townships[t].code, r.townships[t].name, r.fields[f].name, DailyReport::formatValue(it->value, r.fields[f].decimals), it->basis,
                    have ? QCoreApplication::translate("onemap::StatsCommand", "; entered %1 is kept").arg(r.cellText(t, f)) : QString())
          << Qt::endl;
    }
}

} // namespace

int runStats(const QStringList &arguments)
{
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate("onemap::StatsCommand", "The daily statistics of the seven situations (rain, water, danger, disaster, work, social, public opinion) "
                                 "by township during a response: record values, then print or export the day's report."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("stats"), QCoreApplication::translate("onemap::StatsCommand", "the verb"));
  p.addPositionalArgument(QStringLiteral("daily"), QCoreApplication::translate("onemap::StatsCommand", "the daily report"));
  const auto add = [&p](const char *name, const char *help, const char *value = nullptr, const QString &def = QString()) {
    if (value)
      p.addOption({QString::fromLatin1(name), QCoreApplication::translate("onemap::StatsCommand", help), QCoreApplication::translate("onemap::StatsCommand", value), def});
    else
      p.addOption({QString::fromLatin1(name), QCoreApplication::translate("onemap::StatsCommand", help)});
  };
  add("store", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Situation store."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "FILE"));
  add("date", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Report date (county time), not in the future."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "YYYY-MM-DD"));
  add("set", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Statistic set: rain (default), drought, fire, snow or other."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "SET"),
      QStringLiteral("rain"));
  add("set-value", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Record a value, TOWNSHIP:FIELD=VALUE (township code or name; an empty VALUE clears it). Repeatable."),
      QT_TRANSLATE_NOOP("onemap::StatsCommand", "T:F=V"));
  add("note", QT_TRANSLATE_NOOP("onemap::StatsCommand", "A note on a value given with --set-value, TOWNSHIP:FIELD=TEXT. Repeatable."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "T:F=TEXT"));
  add("copy-previous", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Fill the cells still empty with the day before's values."));
  add("accept-suggestions", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Fill the cells still empty with the values the store derives."));
  add("by", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Who records (default the login name)."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "NAME"));
  add("out", QT_TRANSLATE_NOOP("onemap::StatsCommand", "Write the report to a .pdf, .csv or .xlsx instead of printing it."), QT_TRANSLATE_NOOP("onemap::StatsCommand", "FILE"));
  if (const std::optional<int> done = cli::parse(p, arguments))
    return *done;
  if (p.positionalArguments().value(1) != QLatin1String("daily"))
    return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "stats needs an action: stats daily --date YYYY-MM-DD [--set SET] [--set-value T:F=V ...] [--out FILE]"));
  const QDate date = QDate::fromString(p.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
  if (!p.isSet(QStringLiteral("date")) || !date.isValid())
    return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "--date must be a date YYYY-MM-DD, not \"%1\"").arg(p.value(QStringLiteral("date"))));
  const QString set = p.value(QStringLiteral("set")).trimmed();
  if (!StatisticFields::sets().contains(set))
    return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "--set must be one of %1, not \"%2\"").arg(StatisticFields::sets().join(QStringLiteral(", ")), set));
  const QString outPath = p.value(QStringLiteral("out")).trimmed();
  const QString suffix = QFileInfo(outPath).suffix().toLower();
  if (!outPath.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
    return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "--out %1: the report is written as .pdf, .csv or .xlsx").arg(outPath));

  auto opened = Store::open(p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store")) : cli::defaultStorePath());
  if (!opened)
    return cli::failure(opened.message());
  Store &store = *opened.value();
  const StatisticFields fields = StatisticFields::fromRegistry(BoardPlugins::registry());
  for (const QString &problem : fields.problems())
    cli::err() << problem << Qt::endl;
  DailyStatistics stats(store, fields);

  // Notes first, so each --set-value can take its own.
  QHash<QString, QString> notes;
  for (const QString &n : p.values(QStringLiteral("note"))) {
    QString township, field, text;
    if (!splitAssignment(n, township, field, text))
      return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "--note \"%1\": write TOWNSHIP:FIELD=TEXT").arg(n));
    notes.insert(StatisticSuggestions::key(stats.township(township).code.isEmpty() ? township : stats.township(township).code, field), text);
  }
  QVector<StatisticEdit> edits;
  for (const QString &a : p.values(QStringLiteral("set-value"))) {
    QString township, field, text;
    if (!splitAssignment(a, township, field, text))
      return cli::usageError(QCoreApplication::translate("onemap::StatsCommand", "--set-value \"%1\": write TOWNSHIP:FIELD=VALUE, e.g. 539901001000:people_transferred=120").arg(a));
    StatisticEdit e;
    e.date = date;
    e.set = set;
    const StatisticTownship t = stats.township(township);
    e.townshipCode = t.code.isEmpty() ? township : t.code; // validate() names an unknown one
    e.field = field;
    if (!text.isEmpty()) {
      bool ok = false;
      const double v = text.toDouble(&ok);
      if (!ok)
        return cli::failure(QCoreApplication::translate("onemap::StatsCommand", "%1, township %2: value \"%3\" is not a number").arg(field, township, text));
      e.value = v;
    }
    e.note = notes.value(StatisticSuggestions::key(e.townshipCode, field));
    edits << e;
  }
  const QString by = cli::actor(p);
  int copied = 0, accepted = 0;
  const Status written = store.transaction([&]() -> Status {
    if (Status s = stats.applyAll(edits, by); !s)
      return s;
    if (p.isSet(QStringLiteral("copy-previous"))) {
      const QVector<StatisticEdit> copy = stats.copyEdits(date.addDays(-1), date, set);
      if (Status s = stats.applyAll(copy, by); !s)
        return s;
      copied = copy.size();
    }
    if (p.isSet(QStringLiteral("accept-suggestions"))) {
      const QVector<StatisticEdit> take = stats.suggestionEdits(date, set);
      if (Status s = stats.applyAll(take, by); !s)
        return s;
      accepted = take.size();
    }
    return Status();
  });
  if (!written)
    return cli::failure(written.message());
  if (const int recorded = int(edits.size()))
    cli::err() << QCoreApplication::translate("onemap::StatsCommand", "%n value(s) recorded", nullptr, recorded) << Qt::endl;
  if (copied)
    cli::err() << QCoreApplication::translate("onemap::StatsCommand", "%n value(s) copied from %1", nullptr, copied).arg(date.addDays(-1).toString(Qt::ISODate)) << Qt::endl;
  if (accepted)
    cli::err() << QCoreApplication::translate("onemap::StatsCommand", "%n suggested value(s) accepted", nullptr, accepted) << Qt::endl;

  const DailyReport report = stats.report(date, set);
  if (outPath.isEmpty()) {
    print(report, StatisticSuggestions::derive(store, date, set, fields));
    return 0;
  }
  Status s;
  if (suffix == QLatin1String("pdf"))
    s = DailyReportPdf::write(report, outPath);
  else if (suffix == QLatin1String("csv"))
    s = DailyReportFiles::writeCsv(report, outPath);
  else
    s = DailyReportFiles::writeXlsx(report, outPath);
  if (!s)
    return cli::failure(s.message());
  cli::err() << QCoreApplication::translate("onemap::StatsCommand", "wrote %1").arg(outPath) << Qt::endl;
  return 0;
}

} // namespace onemap
