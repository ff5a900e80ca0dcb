#include "AtlasCommand.h"

#include "CliCommon.h"
#include "export/atlas/TownshipAtlas.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

namespace onemap {

int runExportAtlas(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::AtlasCommand", "Export an atlas: one map page per township or village."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("onemap::AtlasCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("atlas"), QCoreApplication::translate("onemap::AtlasCommand", "what to export"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::AtlasCommand", "Situation store to draw."), QCoreApplication::translate("onemap::AtlasCommand", "FILE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::AtlasCommand", "Output: one .pdf, or a folder for one file per page."), QCoreApplication::translate("onemap::AtlasCommand", "PATH")});
  parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("onemap::AtlasCommand", "township (default) or village."), QCoreApplication::translate("onemap::AtlasCommand", "UNIT"), QStringLiteral("township")});
  parser.addOption({QStringLiteral("township"), QCoreApplication::translate("onemap::AtlasCommand", "Only this township (its villages with --unit village)."), QCoreApplication::translate("onemap::AtlasCommand", "CODE")});
  parser.addOption({QStringLiteral("template"), QCoreApplication::translate("onemap::AtlasCommand", "Sheet template (default A4-landscape)."), QCoreApplication::translate("onemap::AtlasCommand", "NAME"), QStringLiteral("A4-landscape")});
  parser.addOption({QStringLiteral("format"), QCoreApplication::translate("onemap::AtlasCommand", "pdf (default), png or svg."), QCoreApplication::translate("onemap::AtlasCommand", "FORMAT"), QStringLiteral("pdf")});
  parser.addOption({QStringLiteral("dpi"), QCoreApplication::translate("onemap::AtlasCommand", "Resolution (default 300)."), QCoreApplication::translate("onemap::AtlasCommand", "N"), QStringLiteral("300")});
  parser.addOption({QStringLiteral("jobs"), QCoreApplication::translate("onemap::AtlasCommand", "Map images rendered at once (default 1; 0 = one per core)."), QCoreApplication::translate("onemap::AtlasCommand", "N"), QStringLiteral("1")});
  parser.addOption({QStringLiteral("separate"), QCoreApplication::translate("onemap::AtlasCommand", "One file per page in the --out folder.")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  if (parser.positionalArguments().value(1) != QLatin1String("atlas"))
    return cli::usageError(QCoreApplication::translate("onemap::AtlasCommand", "unknown export %1").arg(parser.positionalArguments().value(1)));

  AtlasOptions options;
  options.storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  options.outPath = parser.value(QStringLiteral("out"));
  options.level = parser.value(QStringLiteral("unit")).toLower();
  options.townshipCode = parser.value(QStringLiteral("township"));
  options.templateName = parser.value(QStringLiteral("template"));
  options.format = parser.value(QStringLiteral("format")).toLower();
  options.separate = parser.isSet(QStringLiteral("separate"));
  bool okDpi = false, okJobs = false;
  options.dpi = parser.value(QStringLiteral("dpi")).toInt(&okDpi);
  options.jobs = parser.value(QStringLiteral("jobs")).toInt(&okJobs);
  if (!okDpi)
    return cli::usageError(QCoreApplication::translate("onemap::AtlasCommand", "--dpi must be an integer, not %1").arg(parser.value(QStringLiteral("dpi"))));
  if (!okJobs)
    return cli::usageError(QCoreApplication::translate("onemap::AtlasCommand", "--jobs must be an integer, not %1").arg(parser.value(QStringLiteral("jobs"))));
  if (options.jobs == 0)
    options.jobs = qMax(1, QThread::idealThreadCount());
  if (Status valid = options.validate(); !valid)
    return cli::usageError(valid.message());

  options.progress = [](int done, int total) {
    cli::err() << QCoreApplication::translate("onemap::AtlasCommand", "page %1/%2").arg(done + 1).arg(total) << Qt::endl;
    return true;
  };
  TownshipAtlas atlas(options);
  if (Status opened = atlas.open(); !opened)
    return cli::failure(opened.message());
  auto written = atlas.write();
  if (!written)
    return cli::failure(written.message());
  for (const QString &file : written.value())
    cli::out() << file << Qt::endl;
  cli::err() << QCoreApplication::translate("onemap::AtlasCommand", "wrote %n atlas page(s)", nullptr, atlas.count()) << Qt::endl;
  return 0;
}

} // namespace onemap
