#include "ExportCommand.h"

#include "CliCommon.h"
#include "AtlasCommand.h"
#include "LedgerExportCommand.h"
#include "ProjectCommand.h"
#include "SeriesCommand.h"
#include "export/MapSheet.h"
#include "map/StoreMapLayers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <qgsproject.h>

namespace onemap {

namespace {
} // namespace

int runExport(const QStringList &arguments)
{
  if (arguments.value(2) == QLatin1String("ledger"))
    return runLedgerExport(arguments);
  if (arguments.value(2) == QLatin1String("series"))
    return runExportSeries(arguments);
  if (arguments.value(2) == QLatin1String("project"))
    return runExportProject(arguments);
  if (arguments.value(2) == QLatin1String("atlas"))
    return runExportAtlas(arguments);
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::ExportCommand", "Export a map sheet of the county (PDF, PNG or SVG)."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("onemap::ExportCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("map"), QCoreApplication::translate("onemap::ExportCommand", "what to export"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ExportCommand", "Situation store to draw."), QCoreApplication::translate("onemap::ExportCommand", "FILE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::ExportCommand", "Output file, .pdf, .png or .svg."), QCoreApplication::translate("onemap::ExportCommand", "FILE")});
  parser.addOption({QStringLiteral("paper"), QCoreApplication::translate("onemap::ExportCommand", "A4 (default) or A3."), QCoreApplication::translate("onemap::ExportCommand", "SIZE"), QStringLiteral("A4")});
  parser.addOption({QStringLiteral("orientation"), QCoreApplication::translate("onemap::ExportCommand", "landscape (default) or portrait."), QCoreApplication::translate("onemap::ExportCommand", "O"), QStringLiteral("landscape")});
  parser.addOption({QStringLiteral("dpi"), QCoreApplication::translate("onemap::ExportCommand", "Resolution (default 300)."), QCoreApplication::translate("onemap::ExportCommand", "N"), QStringLiteral("300")});
  parser.addOption({QStringLiteral("title"), QCoreApplication::translate("onemap::ExportCommand", "Sheet title."), QCoreApplication::translate("onemap::ExportCommand", "TEXT")});
  parser.addOption({QStringLiteral("subtitle"), QCoreApplication::translate("onemap::ExportCommand", "Sheet subtitle."), QCoreApplication::translate("onemap::ExportCommand", "TEXT")});
  parser.addOption({QStringLiteral("issuer"), QCoreApplication::translate("onemap::ExportCommand", "Issuing unit."), QCoreApplication::translate("onemap::ExportCommand", "TEXT")});
  parser.addOption({QStringLiteral("source"), QCoreApplication::translate("onemap::ExportCommand", "Data-source note."), QCoreApplication::translate("onemap::ExportCommand", "TEXT")});
  parser.addOption({QStringLiteral("template"), QCoreApplication::translate("onemap::ExportCommand", "Layout template: A4-landscape, A4-portrait, A3-landscape, A3-portrait, a name in the user's template folder or a .qpt file (default: from --paper and --orientation)."), QCoreApplication::translate("onemap::ExportCommand", "NAME")});
  parser.addOption({QStringLiteral("georef"), QCoreApplication::translate("onemap::ExportCommand", "Write a georeferenced PDF (a GeoPDF with the map's layers where GDAL can make one).")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() < 2 || positional[1] != QLatin1String("map"))
    return cli::usageError(QCoreApplication::translate("onemap::ExportCommand", "unknown export %1 (try: onemap export map, series, atlas, project or ledger)").arg(positional.value(1)));

  MapSheetOptions options;
  options.outPath = parser.value(QStringLiteral("out"));
  options.paper = parser.value(QStringLiteral("paper")).toUpper();
  options.orientation = parser.value(QStringLiteral("orientation")).toLower();
  bool okDpi = false;
  options.dpi = parser.value(QStringLiteral("dpi")).toInt(&okDpi);
  if (!okDpi)
    return cli::usageError(QCoreApplication::translate("onemap::ExportCommand", "--dpi must be an integer, not %1").arg(parser.value(QStringLiteral("dpi"))));
  options.title = parser.value(QStringLiteral("title"));
  options.subtitle = parser.value(QStringLiteral("subtitle"));
  options.issuer = parser.value(QStringLiteral("issuer"));
  options.source = parser.value(QStringLiteral("source"));
  options.templateName = parser.value(QStringLiteral("template"));
  options.georeferenced = parser.isSet(QStringLiteral("georef"));
  if (Status valid = options.validate(); !valid)
    return cli::usageError(valid.message());

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  QgsProject project;
  if (Status loaded = StoreMapLayers::load(storePath, &project); !loaded)
    return cli::failure(loaded.message());
  if (Status written = MapSheet::exportTo(&project, options); !written)
    return cli::failure(written.message());
  cli::err() << QCoreApplication::translate("onemap::ExportCommand", "wrote %1").arg(options.outPath) << Qt::endl;
  return 0;
}

} // namespace onemap
