#include "LedgerExportCommand.h"

#include "CliCommon.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerExport.h"
#include "ledger/LedgerLabels.h"
#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

namespace {

// A township by 12-digit code, 9-digit prefix or name (城关镇).
QString resolveTownship(const Store &store, const QString &given)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' "
                                                "AND (code = ? OR substr(code, 1, 9) = ? OR name = ?)"));
  q.bind(1, given).bind(2, given.left(9)).bind(3, given);
  return q.next() ? q.text(0) : QString();
}

// A coded value given as its code or its label (滑坡 -> landslide).
QString resolveCode(const TableSpec &spec, const QString &column, const QString &given)
{
  const FieldSpec *field = spec.field(column);
  if (!field)
    return given;
  for (const auto &pair : FieldLabels::values(spec.name, column))
    if (pair.second == given)
      return pair.first;
  return given;
}

QStringList ledgerNames()
{
  QStringList names;
  for (const TableSpec *spec : Ledgers::tables())
    names << spec->name;
  return names;
}
} // namespace

int runLedgerExport(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::LedgerExportCommand", "Export a ledger, filtered, to CSV (UTF-8 with BOM) or XLSX."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("onemap::LedgerExportCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("ledger"), QCoreApplication::translate("onemap::LedgerExportCommand", "what to export"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::LedgerExportCommand", "Situation store to read."), QCoreApplication::translate("onemap::LedgerExportCommand", "FILE")});
  parser.addOption({QStringLiteral("layer"), QCoreApplication::translate("onemap::LedgerExportCommand", "Ledger table: %1.").arg(ledgerNames().join(QStringLiteral(", "))), QCoreApplication::translate("onemap::LedgerExportCommand", "TABLE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::LedgerExportCommand", "Output file, .csv or .xlsx."), QCoreApplication::translate("onemap::LedgerExportCommand", "FILE")});
  parser.addOption({QStringLiteral("township"), QCoreApplication::translate("onemap::LedgerExportCommand", "Only this township (code or name)."), QCoreApplication::translate("onemap::LedgerExportCommand", "CODE")});
  parser.addOption({QStringLiteral("type"), QCoreApplication::translate("onemap::LedgerExportCommand", "Only this type, kind or class (code or label)."), QCoreApplication::translate("onemap::LedgerExportCommand", "T")});
  parser.addOption({QStringLiteral("status"), QCoreApplication::translate("onemap::LedgerExportCommand", "Only this status (code or label; overdue, supervised for hidden dangers)."), QCoreApplication::translate("onemap::LedgerExportCommand", "S")});
  parser.addOption({QStringLiteral("text"), QCoreApplication::translate("onemap::LedgerExportCommand", "Only rows whose text fields contain this."), QCoreApplication::translate("onemap::LedgerExportCommand", "Q")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  const QString table = parser.value(QStringLiteral("layer"));
  const TableSpec *spec = nullptr;
  for (const TableSpec *candidate : Ledgers::tables())
    if (candidate->name == table)
      spec = candidate;
  if (!spec)
    return cli::usageError(QCoreApplication::translate("onemap::LedgerExportCommand", "unknown ledger \"%1\" (use --layer with one of: %2)").arg(table, ledgerNames().join(QStringLiteral(", "))));
  const QString out = parser.value(QStringLiteral("out"));
  if (out.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::LedgerExportCommand", "--out is required (a .csv or .xlsx file)"));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());

  const LedgerColumns columns = LedgerColumns::of(*spec);
  LedgerFilter filter;
  if (parser.isSet(QStringLiteral("township"))) {
    filter.township = resolveTownship(*store.value(), parser.value(QStringLiteral("township")).trimmed());
    if (filter.township.isEmpty())
      return cli::usageError(QCoreApplication::translate("onemap::LedgerExportCommand", "no township \"%1\" in %2").arg(parser.value(QStringLiteral("township")), storePath));
  }
  if (parser.isSet(QStringLiteral("type"))) {
    if (columns.typeField.isEmpty())
      return cli::usageError(QCoreApplication::translate("onemap::LedgerExportCommand", "ledger %1 has no type to filter by").arg(spec->name));
    filter.type = resolveCode(*spec, columns.typeField, parser.value(QStringLiteral("type")));
  }
  if (parser.isSet(QStringLiteral("status"))) {
    const QString status = parser.value(QStringLiteral("status"));
    if (status == QLatin1String("overdue"))
      filter.status = QLatin1String(LedgerFilter::kOverdue);
    else if (status == QLatin1String("supervised"))
      filter.status = QLatin1String(LedgerFilter::kSupervised);
    else if (columns.statusField.isEmpty())
      return cli::usageError(QCoreApplication::translate("onemap::LedgerExportCommand", "ledger %1 has no status to filter by").arg(spec->name));
    else
      filter.status = resolveCode(*spec, columns.statusField, status);
  }
  filter.text = parser.value(QStringLiteral("text"));

  LedgerExportOptions options;
  options.outPath = out;
  options.sheetName = ledgerTitle(spec->name);
  options.labels = ledgerLabels(spec->name);
  auto written = LedgerExport::write(*store.value(), *spec, filter, options);
  if (!written)
    return cli::failure(written.message());
  cli::err() << QCoreApplication::translate("onemap::LedgerExportCommand", "wrote %1 (%2 rows)").arg(out).arg(written.value()) << Qt::endl;
  return 0;
}

} // namespace onemap
