#include "ImportCommand.h"

#include "CliCommon.h"
#include "import/ImportTarget.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {
constexpr int kIssuesShown = 20;
} // namespace

int runImport(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::ImportCommand", "Import a CSV, XLSX, Shapefile, GeoJSON, GeoPackage or KML file into a ledger. "
                                      "Rows whose code is already in the store update that object."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("import"), QCoreApplication::translate("onemap::ImportCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("onemap::ImportCommand", "the file to import"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ImportCommand", "Store file (default: the user's store)."), QCoreApplication::translate("onemap::ImportCommand", "FILE")});
  parser.addOption({QStringLiteral("layer"), QCoreApplication::translate("onemap::ImportCommand", "Ledger to import into: %1.").arg(ImportTarget::layers().join(QStringLiteral(", "))), QCoreApplication::translate("onemap::ImportCommand", "LAYER")});
  parser.addOption({QStringLiteral("mapping"), QCoreApplication::translate("onemap::ImportCommand", "Column mapping file (JSON) to use instead of the suggested one."), QCoreApplication::translate("onemap::ImportCommand", "FILE")});
  parser.addOption({QStringLiteral("save-mapping"), QCoreApplication::translate("onemap::ImportCommand", "Write the mapping used to this file, for next time."), QCoreApplication::translate("onemap::ImportCommand", "FILE")});
  parser.addOption({QStringLiteral("mode"), QCoreApplication::translate("onemap::ImportCommand", "all-or-nothing (default): one bad row stores nothing; keep-good: store the good rows."), QCoreApplication::translate("onemap::ImportCommand", "MODE"), QStringLiteral("all-or-nothing")});
  parser.addOption({QStringLiteral("crs"), QCoreApplication::translate("onemap::ImportCommand", "CRS of the coordinates, e.g. EPSG:4545 (default: the file's own, else EPSG:4490)."), QCoreApplication::translate("onemap::ImportCommand", "CRS")});
  parser.addOption({QStringLiteral("encoding"), QCoreApplication::translate("onemap::ImportCommand", "Text encoding of a CSV: utf-8, gbk or gb18030 (default: detected)."), QCoreApplication::translate("onemap::ImportCommand", "NAME")});
  parser.addOption({QStringLiteral("where"), QCoreApplication::translate("onemap::ImportCommand", "Import only the rows matching this OGR SQL condition, e.g. \"countryname = 'China'\"."), QCoreApplication::translate("onemap::ImportCommand", "CONDITION")});
  parser.addOption({QStringLiteral("report"), QCoreApplication::translate("onemap::ImportCommand", "Write the row-by-row report (file, row, field, value, reason) to this CSV."), QCoreApplication::translate("onemap::ImportCommand", "FILE")});
  parser.addOption({QStringLiteral("actor"), QCoreApplication::translate("onemap::ImportCommand", "Name recorded in the audit log (default: the user name)."), QCoreApplication::translate("onemap::ImportCommand", "NAME")});
  parser.addOption({QStringLiteral("progress-every"), QCoreApplication::translate("onemap::ImportCommand", "Print a progress line every N rows (default 10000)."), QCoreApplication::translate("onemap::ImportCommand", "N"), QStringLiteral("10000")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 2)
    return cli::usageError(QCoreApplication::translate("onemap::ImportCommand", "import takes exactly one FILE (see onemap import --help)"));
  const QString file = positional[1];
  const QString layer = parser.value(QStringLiteral("layer"));
  if (layer.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::ImportCommand", "name the ledger with --layer (%1)").arg(ImportTarget::layers().join(QStringLiteral(", "))));
  ImportOptions options;
  options.layer = layer;
  const QString mode = parser.value(QStringLiteral("mode"));
  if (mode == QLatin1String("keep-good"))
    options.mode = ImportMode::KeepGood;
  else if (mode != QLatin1String("all-or-nothing"))
    return cli::usageError(QCoreApplication::translate("onemap::ImportCommand", "--mode must be all-or-nothing or keep-good, not %1").arg(mode));
  bool okEvery = false;
  options.progressEvery = parser.value(QStringLiteral("progress-every")).toLongLong(&okEvery);
  if (!okEvery || options.progressEvery < 1)
    return cli::usageError(QCoreApplication::translate("onemap::ImportCommand", "--progress-every must be a positive integer"));
  options.encoding = parser.value(QStringLiteral("encoding"));
  options.crs = parser.value(QStringLiteral("crs"));
  options.reportPath = parser.value(QStringLiteral("report"));
  options.where = parser.value(QStringLiteral("where"));
  options.actor = parser.isSet(QStringLiteral("actor")) ? parser.value(QStringLiteral("actor")) : qEnvironmentVariable("USER", QStringLiteral("onemap"));
  if (parser.isSet(QStringLiteral("mapping"))) {
    Result<ColumnMapping> m = ColumnMapping::load(parser.value(QStringLiteral("mapping")));
    if (!m)
      return cli::failure(m.message());
    options.mapping = m.value();
  }
  options.progress = [](qint64 done, qint64 total) {
    if (total > 0)
      cli::err() << QStringLiteral("[%1%] ").arg(std::min<qint64>(100, done * 100 / total), 3) << QCoreApplication::translate("onemap::ImportCommand", "%1 of about %2 rows read").arg(done).arg(total) << Qt::endl;
    else
      cli::err() << QCoreApplication::translate("onemap::ImportCommand", "%1 rows read").arg(done) << Qt::endl;
  };

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  Result<ImportSummary> run = Importer::run(*store.value(), file, options);
  if (!run)
    return cli::failure(run.message());
  const ImportSummary &s = run.value();
  if (parser.isSet(QStringLiteral("save-mapping")))
    if (Status saved = s.mapping.save(parser.value(QStringLiteral("save-mapping"))); !saved)
      return cli::failure(saved.message());

  for (const QString &note : s.notes)
    cli::err() << QCoreApplication::translate("onemap::ImportCommand", "note: %1").arg(note) << Qt::endl;
  if (!s.unusedColumns.isEmpty())
    cli::err() << QCoreApplication::translate("onemap::ImportCommand", "columns not imported: %1").arg(s.unusedColumns.join(QStringLiteral(", "))) << Qt::endl;
  for (int i = 0; i < std::min<int>(kIssuesShown, s.issues.size()); ++i) {
    const ImportIssue &issue = s.issues[i];
    cli::err() << QStringLiteral("%1, row %2, field %3: \"%4\": %5").arg(QFileInfo(issue.file).fileName()).arg(issue.row).arg(issue.field, issue.value, issue.reason) << Qt::endl;
  }
  if (s.issues.size() > kIssuesShown)
    cli::err() << QCoreApplication::translate("onemap::ImportCommand", "... and more problems%1").arg(options.reportPath.isEmpty() ? QCoreApplication::translate("onemap::ImportCommand", " (use --report to see all)") : QCoreApplication::translate("onemap::ImportCommand", " (see %1)").arg(options.reportPath)) << Qt::endl;
  cli::out() << QCoreApplication::translate("onemap::ImportCommand", "read %1, inserted %2, updated %3, rejected %4 (encoding %5, CRS %6)")
                  .arg(s.read).arg(s.inserted).arg(s.updated).arg(s.rejected).arg(s.encoding, s.crs.left(40))
             << Qt::endl;
  if (s.cancelled)
    return cli::failure(QCoreApplication::translate("onemap::ImportCommand", "import cancelled: nothing stored"));
  if (!s.stored)
    return cli::failure(QCoreApplication::translate("onemap::ImportCommand", "%1 row(s) rejected in all-or-nothing mode: nothing stored").arg(s.rejected));
  return 0;
}

} // namespace onemap
