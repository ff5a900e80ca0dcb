#include "ProjectCommand.h"

#include "CliCommon.h"
#include "export/project/ProjectExport.h"
#include "map/StoreMapLayers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <qgsproject.h>
#include <qgsrectangle.h>

namespace onemap {

namespace {

// "xmin,ymin,xmax,ymax" -> rectangle; null when the text is not four numbers in order.
QgsRectangle parseExtent(const QString &text)
{
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 4)
    return QgsRectangle();
  double v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok)
      return QgsRectangle();
  }
  if (v[0] >= v[2] || v[1] >= v[3])
    return QgsRectangle();
  return QgsRectangle(v[0], v[1], v[2], v[3]);
}

} // namespace

int runExportProject(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::ProjectCommand", "Write the county map as a QGIS project (.qgz or .qgs) for QGIS Desktop."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("onemap::ProjectCommand", "the verb"));
  parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("onemap::ProjectCommand", "what to export"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::ProjectCommand", "Situation store to draw."), QCoreApplication::translate("onemap::ProjectCommand", "FILE")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::ProjectCommand", "Output file, .qgz or .qgs."), QCoreApplication::translate("onemap::ProjectCommand", "FILE")});
  parser.addOption({QStringLiteral("extent"), QCoreApplication::translate("onemap::ProjectCommand", "First view, in the map's projection (default: the county)."), QCoreApplication::translate("onemap::ProjectCommand", "XMIN,YMIN,XMAX,YMAX")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() < 2 || positional[1] != QLatin1String("project"))
    return cli::usageError(QCoreApplication::translate("onemap::ProjectCommand", "unknown export %1 (try: onemap export project)").arg(positional.value(1)));

  const QString outPath = parser.value(QStringLiteral("out"));
  if (Status valid = ProjectExport::validate(outPath); !valid)
    return cli::usageError(valid.message());
  QgsRectangle extent;
  if (parser.isSet(QStringLiteral("extent"))) {
    extent = parseExtent(parser.value(QStringLiteral("extent")));
    if (extent.isNull())
      return cli::usageError(QCoreApplication::translate("onemap::ProjectCommand", "--extent must be xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax, not %1").arg(parser.value(QStringLiteral("extent"))));
  }

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  QgsProject project;
  if (Status loaded = StoreMapLayers::load(storePath, &project); !loaded)
    return cli::failure(loaded.message());
  const Result<ProjectExportSummary> written = ProjectExport::write(&project, outPath, extent);
  if (!written)
    return cli::failure(written.message());
  cli::err() << QCoreApplication::translate("onemap::ProjectCommand", "wrote %1 (%n layers)", nullptr, written.value().layers).arg(outPath) << Qt::endl;
  if (!written.value().layersFile.isEmpty())
    cli::err() << QCoreApplication::translate("onemap::ProjectCommand", "wrote %1 (%2)").arg(written.value().layersFile, written.value().copied.join(QStringLiteral(", "))) << Qt::endl;
  return 0;
}

} // namespace onemap
