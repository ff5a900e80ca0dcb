#include "SeriesCommand.h"

#include "CliCommon.h"
#include "export/series/ThematicSeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

int runExportSeries(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::SeriesCommand", "Export the thematic map series of the county report."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("onemap::SeriesCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("series"), QCoreApplication::translate("onemap::SeriesCommand", "what to export"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::SeriesCommand", "Situation store to draw."), QCoreApplication::translate("onemap::SeriesCommand", "FILE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::SeriesCommand", "Output folder (one file per theme) or a .pdf file (one page per theme)."), QCoreApplication::translate("onemap::SeriesCommand", "PATH")});
  parser.addOption({QStringLiteral("template"), QCoreApplication::translate("onemap::SeriesCommand", "Sheet template (default A4-landscape)."), QCoreApplication::translate("onemap::SeriesCommand", "NAME"), QStringLiteral("A4-landscape")});
  parser.addOption({QStringLiteral("format"), QCoreApplication::translate("onemap::SeriesCommand", "pdf (default), png or svg, for the files in a folder."), QCoreApplication::translate("onemap::SeriesCommand", "F"), QStringLiteral("pdf")});
  parser.addOption({QStringLiteral("dpi"), QCoreApplication::translate("onemap::SeriesCommand", "Resolution (default 300)."), QCoreApplication::translate("onemap::SeriesCommand", "N"), QStringLiteral("300")});
  parser.addOption({QStringLiteral("themes"), QCoreApplication::translate("onemap::SeriesCommand", "Comma-separated themes (default all: %1).").arg(ThemeCatalog::ids().join(QLatin1Char(','))), QCoreApplication::translate("onemap::SeriesCommand", "LIST")});
  parser.addOption({QStringLiteral("date"), QCoreApplication::translate("onemap::SeriesCommand", "Date printed on the sheets (default today)."), QCoreApplication::translate("onemap::SeriesCommand", "TEXT")});
  parser.addOption({QStringLiteral("issuer"), QCoreApplication::translate("onemap::SeriesCommand", "Issuing unit printed on the sheets."), QCoreApplication::translate("onemap::SeriesCommand", "TEXT")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 2 || positional[1] != QLatin1String("series"))
    return cli::usageError(QCoreApplication::translate("onemap::SeriesCommand", "usage: onemap export series --store FILE --out FOLDER|FILE.pdf"));

  SeriesOptions options;
  options.storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  options.outPath = parser.value(QStringLiteral("out"));
  options.templateName = parser.value(QStringLiteral("template"));
  const QString format = parser.value(QStringLiteral("format")).toLower();
  if (format == QLatin1String("png"))
    options.format = SheetFormat::Kind::Png;
  else if (format == QLatin1String("svg"))
    options.format = SheetFormat::Kind::Svg;
  else if (format != QLatin1String("pdf"))
    return cli::usageError(QCoreApplication::translate("onemap::SeriesCommand", "--format must be pdf, png or svg, not %1").arg(format));
  if (options.singleFile() && options.format != SheetFormat::Kind::Pdf)
    return cli::usageError(QCoreApplication::translate("onemap::SeriesCommand", "--out %1 is one PDF file; give a folder for %2 files").arg(options.outPath, format));
  bool okDpi = false;
  options.dpi = parser.value(QStringLiteral("dpi")).toInt(&okDpi);
  if (!okDpi)
    return cli::usageError(QCoreApplication::translate("onemap::SeriesCommand", "--dpi must be an integer, not %1").arg(parser.value(QStringLiteral("dpi"))));
  if (parser.isSet(QStringLiteral("themes")))
    for (const QString &id : parser.value(QStringLiteral("themes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
      options.themes << id.trimmed();
  options.date = parser.value(QStringLiteral("date"));
  options.issuer = parser.value(QStringLiteral("issuer"));
  if (Status valid = options.validate(); !valid)
    return cli::usageError(valid.message());

  Result<SeriesResult> written = ThematicSeries::write(options, [](int done, int total) {
    cli::err() << QCoreApplication::translate("onemap::SeriesCommand", "sheet %1 of %2").arg(done).arg(total) << Qt::endl;
    return true;
  });
  if (!written)
    return cli::failure(written.message());
  for (const QString &file : written.value().files)
    cli::out() << file << Qt::endl;
  return 0;
}

} // namespace onemap
