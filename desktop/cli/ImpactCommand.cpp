#include "ImpactCommand.h"

#include "CliCommon.h"
#include "export/impact/ImpactCsv.h"
#include "export/impact/ImpactReport.h"
#include "export/impact/ImpactTables.h"
#include "export/impact/PluginImpactTables.h"
#include "plugins/BoardPlugins.h"
#include "store/Store.h"
#include "warnings/WarningImpact.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {

// Terminal columns a text takes: CJK and full-width characters take two.
int displayWidth(const QString &text)
{
  int width = 0;
  for (const QChar c : text) {
    const ushort u = c.unicode();
    width += (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                              || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
               ? 2
               : 1;
  }
  return width;
}

QString pad(const QString &text, int width, bool right)
{
  const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
  return right ? fill + text : text + fill;
}

} // namespace

void printTable(const ImpactTable &t, int maxRows)
{
  QVector<int> widths(t.headers.size(), 0);
  for (int c = 0; c < t.headers.size(); ++c)
    widths[c] = displayWidth(t.headers[c]);
  const int count = maxRows < 0 ? t.rows.size() : std::min(maxRows, static_cast<int>(t.rows.size()));
  for (int r = 0; r < count; ++r)
    for (int c = 0; c < t.rows[r].size(); ++c)
      widths[c] = std::max(widths[c], displayWidth(t.rows[r][c]));
  auto line = [&](const QStringList &cells) {
    QStringList out;
    for (int c = 0; c < cells.size(); ++c)
      out << pad(cells[c], widths[c], t.numeric.value(c));
    cli::out() << out.join(QStringLiteral("  ")).trimmed() << Qt::endl;
  };
  cli::out() << t.title << Qt::endl;
  line(t.headers);
  for (int r = 0; r < count; ++r)
    line(t.rows[r]);
  if (count < t.rows.size())
    cli::out() << QCoreApplication::translate("onemap::ImpactCommand", "… and %1 more (write them all with --out X.csv)").arg(t.rows.size() - count) << Qt::endl;
}

void printSheet(const Sheet &sheet, int maxRows)
{
  ImpactTable t;
  t.title = sheet.name;
  t.headers = sheet.headers;
  for (int c = 0; c < sheet.headers.size(); ++c)
    t.numeric << (sheet.kinds.value(c, CellKind::Text) != CellKind::Text);
  for (const QStringList &row : sheet.rows)
    t.rows << row;
  printTable(t, maxRows);
}

void printPluginParts(const QVector<PluginImpactPart> &parts)
{
  for (const PluginImpactPart &part : parts) {
    cli::out() << Qt::endl;
    if (!part.error.isEmpty())
      cli::out() << part.error << Qt::endl;
    if (!part.section.title.isEmpty()) {
      printTable(PluginImpactTables::section(part));
      if (!part.section.summary.isEmpty())
        cli::out() << part.section.summary << Qt::endl;
    }
    printTable(PluginImpactTables::threatened(part), 30);
    if (part.hasLevel)
      for (ResponseTier tier : PluginImpact::kTiers) {
        const ImpactTable c = PluginImpactTables::checklist(part, tier);
        cli::out() << c.title << Qt::endl;
        for (const QStringList &row : c.rows)
          cli::out() << QStringLiteral("  %1. %2").arg(row.value(0), row.value(1)) << Qt::endl;
      }
  }
}

int runImpact(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::ImpactCommand", "The impact of a warning: townships and villages it covers, and the hidden dangers, shelters "
                                      "and teams inside its area, summed by township. Hidden dangers not signed off inside an orange or red area are escalated and listed first."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("impact"), QCoreApplication::translate("onemap::ImpactCommand", "the verb"));
  parser.addOption({QStringLiteral("warning"), QCoreApplication::translate("onemap::ImpactCommand", "Id of the warning (the warnings table's id)."), QCoreApplication::translate("onemap::ImpactCommand", "ID")});
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ImpactCommand", "Situation store to read."), QCoreApplication::translate("onemap::ImpactCommand", "FILE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::ImpactCommand", "Write the impact to a .csv table or a .pdf report instead of printing a summary."), QCoreApplication::translate("onemap::ImpactCommand", "FILE")});
  parser.addOption({QStringLiteral("as-of"), QCoreApplication::translate("onemap::ImpactCommand", "Day that decides what is overdue, YYYY-MM-DD (default today)."), QCoreApplication::translate("onemap::ImpactCommand", "DATE")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  if (!parser.isSet(QStringLiteral("warning")))
    return cli::usageError(QCoreApplication::translate("onemap::ImpactCommand", "--warning is required"));
  bool ok = false;
  const qint64 warningId = parser.value(QStringLiteral("warning")).toLongLong(&ok);
  if (!ok || warningId <= 0)
    return cli::usageError(QCoreApplication::translate("onemap::ImpactCommand", "--warning must be a warning id (a positive number), not %1").arg(parser.value(QStringLiteral("warning"))));
  QDate asOf = QDate::currentDate();
  if (parser.isSet(QStringLiteral("as-of"))) {
    asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf.isValid())
      return cli::usageError(QCoreApplication::translate("onemap::ImpactCommand", "--as-of must be YYYY-MM-DD, not %1").arg(parser.value(QStringLiteral("as-of"))));
  }
  const QString outPath = parser.value(QStringLiteral("out"));
  const QString suffix = QFileInfo(outPath).suffix().toLower();
  if (parser.isSet(QStringLiteral("out")) && suffix != QLatin1String("csv") && suffix != QLatin1String("pdf"))
    return cli::usageError(QCoreApplication::translate("onemap::ImpactCommand", "--out must end in .csv or .pdf, not %1").arg(outPath));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  Result<Impact> impact = WarningImpact::of(*store.value(), warningId, asOf);
  if (!impact)
    return cli::failure(impact.message());
  const Impact &i = impact.value();
  // Plugin problems are reported, never fatal: the board's impact still prints.
  for (const QString &problem : BoardPlugins::start(storePath))
    cli::err() << problem << Qt::endl;
  const QVector<PluginImpactPart> parts = PluginImpact::forWarning(BoardPlugins::registry(), store.value()->handle(), warningId, i.warning.hazard, i.warning.level);

  if (suffix == QLatin1String("csv") || suffix == QLatin1String("pdf")) {
    const Status written = suffix == QLatin1String("csv") ? ImpactCsv::write(i, outPath, parts)
                                                           : ImpactReport::writePdf(i, store.value()->path(), store.value()->meta(QStringLiteral("county_name")), outPath, parts);
    if (!written)
      return cli::failure(written.message());
    cli::err() << QCoreApplication::translate("onemap::ImpactCommand", "wrote %1").arg(outPath) << Qt::endl;
    return 0;
  }

  for (const auto &fact : ImpactTables::warningFacts(i))
    if (!fact.second.isEmpty())
      cli::out() << fact.first << QStringLiteral(": ") << fact.second << Qt::endl;
  cli::out() << Qt::endl;
  printTable(ImpactTables::townships(i));
  cli::out() << Qt::endl;
  const ImpactTable escalated = ImpactTables::dangers(i, true);
  if (escalated.rows.isEmpty())
    cli::out() << QCoreApplication::translate("onemap::ImpactCommand", "No escalated hidden dangers.") << Qt::endl;
  else
    printTable(escalated, 50);
  printPluginParts(parts);
  return 0;
}

} // namespace onemap
