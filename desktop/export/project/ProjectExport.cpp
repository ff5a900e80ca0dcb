#include "ProjectExport.h"

#include "map/EscalatedDangers.h"
#include "map/StoreMapLayers.h"
#include "map/WarningLayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <qgsdatasourceuri.h>
#include <qgsfeedback.h>
#include <qgslayerdefinition.h>
#include <qgslayertree.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreadwritecontext.h>
#include <qgsreferencedgeometry.h>
#include <qgsvectorlayerexporter.h>
#include <qgsvectorlayer.h>

namespace onemap::ProjectExport {

namespace {

// The board's expression functions do not exist in QGIS Desktop: each use the
// board writes is replaced by a plain QGIS expression. The escalation rule is
// exact; warning labels show the stage as stored rather than moving with the clock.
QVector<QPair<QString, QString>> portableExpressions()
{
  return {
    {EscalatedDangers::expression(), QStringLiteral("array_contains(string_to_array(@%1), to_string(\"id\"))").arg(QLatin1String(EscalatedDangers::kVariable))},
    {WarningLayer::stageExpression(), QStringLiteral("\"stage\"")},
    {WarningLayer::startExpression(), QStringLiteral("to_datetime(coalesce(\"effective\", \"sent\"))")},
    {WarningLayer::endExpression(), QStringLiteral("to_datetime(\"expires\")")},
  };
}

void replaceInTree(QDomNode node, const QVector<QPair<QString, QString>> &replacements)
{
  auto replaced = [&replacements](QString text) {
    for (const auto &r : replacements)
      text.replace(r.first, r.second);
    return text;
  };
  for (; !node.isNull(); node = node.nextSibling()) {
    if (node.isElement()) {
      const QDomNamedNodeMap attributes = node.attributes();
      for (int i = 0; i < attributes.count(); ++i) {
        QDomAttr a = attributes.item(i).toAttr();
        if (a.value().contains(QLatin1String("onemap_")))
          a.setValue(replaced(a.value()));
      }
    } else if (node.isText() || node.isCDATASection()) {
      if (node.nodeValue().contains(QLatin1String("onemap_")))
        node.setNodeValue(replaced(node.nodeValue()));
    }
    if (node.hasChildNodes())
      replaceInTree(node.firstChild(), replacements);
  }
}

// True when \a file lies in \a folder or below it.
bool isBelow(const QString &file, const QString &folder)
{
  const QString f = QFileInfo(file).canonicalFilePath();
  const QString d = QFileInfo(folder).canonicalFilePath();
  return !f.isEmpty() && !d.isEmpty() && f.startsWith(d + QLatin1Char('/'));
}

QString partName(const QString &path)
{
  const QFileInfo target(path);
  return target.dir().filePath(target.completeBaseName() + QStringLiteral(".part.") + target.suffix());
}

// The canvas element QGIS Desktop reads its first view from.
void writeCanvas(QDomDocument &doc, const QgsCoordinateReferenceSystem &crs, const QgsRectangle &extent)
{
  QDomElement canvas = doc.createElement(QStringLiteral("mapcanvas"));
  canvas.setAttribute(QStringLiteral("name"), QStringLiteral("theMapCanvas"));
  canvas.setAttribute(QStringLiteral("annotationsVisible"), 1);
  QgsMapSettings settings;
  settings.setDestinationCrs(crs);
  settings.setOutputSize(QSize(1600, 1000));
  settings.setExtent(extent);
  settings.writeXml(canvas, doc);
  doc.documentElement().appendChild(canvas);
}

// What the written document gets changed: QGIS writes the layers after the
// layer tree and the writeProject signal, so the tree's copies of the
// sources are kept and set as each layer is written.
struct Fixups
{
  QHash<QString, QString> dataSources; // layer id -> datasource text to write
  QHash<QString, QDomElement> treeNodes; // layer id -> its layer-tree-layer element
  QSet<QString> toGeoPackage;            // memory layers written as GeoPackage tables
  QgsCoordinateReferenceSystem crs;
  QgsRectangle extent;
};

void fixProject(QDomDocument &doc, Fixups &fixups)
{
  replaceInTree(doc.documentElement().firstChild(), portableExpressions());
  const QDomNodeList nodes = doc.elementsByTagName(QStringLiteral("layer-tree-layer"));
  for (int i = 0; i < nodes.count(); ++i) {
    const QDomElement node = nodes.at(i).toElement();
    fixups.treeNodes.insert(node.attribute(QStringLiteral("id")), node);
  }
  if (!fixups.extent.isEmpty())
    writeCanvas(doc, fixups.crs, fixups.extent);
}

void fixLayer(const QgsMapLayer *layer, QDomElement &element, QDomDocument &doc, Fixups &fixups)
{
  replaceInTree(element.firstChild(), portableExpressions());
  QDomElement source = element.firstChildElement(QStringLiteral("datasource"));
  if (fixups.dataSources.contains(layer->id())) {
    while (source.hasChildNodes())
      source.removeChild(source.firstChild());
    source.appendChild(doc.createTextNode(fixups.dataSources.value(layer->id())));
  }
  const bool toGeoPackage = fixups.toGeoPackage.contains(layer->id());
  if (toGeoPackage) {
    QDomElement provider = element.firstChildElement(QStringLiteral("provider"));
    while (provider.hasChildNodes())
      provider.removeChild(provider.firstChild());
    provider.appendChild(doc.createTextNode(QStringLiteral("ogr")));
  }
  // The tree keeps a copy of the source (to find a missing layer): the same text.
  QDomElement node = fixups.treeNodes.value(layer->id());
  if (!node.isNull()) {
    node.setAttribute(QStringLiteral("source"), source.text());
    if (toGeoPackage)
      node.setAttribute(QStringLiteral("providerKey"), QStringLiteral("ogr"));
  }
}

} // namespace

Status validate(const QString &outPath)
{
  const QFileInfo out(outPath);
  const QString suffix = out.suffix().toLower();
  if (outPath.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "no output file given (--out)"));
  if (suffix != QLatin1String("qgz") && suffix != QLatin1String("qgs"))
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write %1: a QGIS project ends in .qgz or .qgs").arg(outPath));
  const QFileInfo dir(out.absolutePath());
  const QFileInfo layersFile(layersFileFor(outPath));
  if (!dir.isDir() || !dir.isWritable() || (out.exists() && (out.isDir() || !out.isWritable()))
      || (layersFile.exists() && (layersFile.isDir() || !layersFile.isWritable())))
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write %1: folder missing or not writable").arg(outPath));
  return Status();
}

QString layersFileFor(const QString &outPath)
{
  const QFileInfo out(outPath);
  return out.dir().filePath(out.completeBaseName() + QStringLiteral(".gpkg"));
}

Result<ProjectExportSummary> write(const QgsProject *board, const QString &outPath, const QgsRectangle &extent, QgsFeedback *feedback)
{
  if (Status valid = validate(outPath); !valid)
    return valid;
  const QString folder = QFileInfo(outPath).absolutePath();
  const QString partProject = partName(outPath);
  const QString layersFile = layersFileFor(outPath);
  const QString partLayers = partName(layersFile);
  auto cleanUp = [&] {
    QFile::remove(partProject);
    QFile::remove(partLayers);
  };
  auto canceled = [&] {
    cleanUp();
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "export of %1 canceled").arg(outPath));
  };

  // A copy through a layer definition document: the board's layers and tree
  // are only read; absolute paths (empty resolver) until the new project writes.
  QgsReadWriteContext context;
  QDomDocument definition(QStringLiteral("qgis-layer-definition"));
  QString error;
  QgsLayerTree *boardRoot = board->layerTreeRoot();
  if (!QgsLayerDefinition::exportLayerDefinition(definition, boardRoot->children(), error, context))
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot copy the map's layers for %1: %2").arg(outPath, error));
  QgsProject project;
  if (!QgsLayerDefinition::loadLayerDefinition(definition, &project, project.layerTreeRoot(), error, context))
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot copy the map's layers for %1: %2").arg(outPath, error));

  const QList<QgsLayerTreeLayer *> from = boardRoot->findLayers();
  const QList<QgsLayerTreeLayer *> to = project.layerTreeRoot()->findLayers();
  if (from.size() != to.size())
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot copy the map's layers for %1: %2 of %3 layers copied").arg(outPath).arg(to.size()).arg(from.size()));

  ProjectExportSummary summary;
  summary.layers = to.size();
  Fixups fixups;
  QHash<QgsMapLayer *, QgsMapLayer *> copies;
  QFile::remove(partLayers);
  for (int i = 0; i < from.size(); ++i) {
    if (feedback && feedback->isCanceled())
      return canceled();
    if (feedback)
      feedback->setProgress(80.0 * i / from.size());
    QgsMapLayer *original = from[i]->layer();
    QgsMapLayer *copy = to[i]->layer();
    copies.insert(original, copy);
    if (!original || !copy)
      continue;
    if (original->providerType() == QLatin1String("spatialite")) {
      // QGIS writes store paths relative to the project; outside its folder the absolute path is kept.
      const QString database = QgsDataSourceUri(original->source()).database();
      const bool relative = isBelow(database, folder);
      summary.storeRelative = summary.storeRelative || relative;
      if (!relative)
        fixups.dataSources.insert(copy->id(), original->source());
      continue;
    }
    auto *memory = qobject_cast<QgsVectorLayer *>(original);
    if (!memory || original->providerType() != QLatin1String("memory"))
      continue;
    const QString table = QStringLiteral("layer_%1").arg(summary.copied.size() + 1);
    // The OGR provider writes the GeoPackage (no GDAL headers needed here);
    // the first table makes the file, the others are added to it.
    QVariantMap options {{QStringLiteral("driverName"), QStringLiteral("GPKG")}, {QStringLiteral("layerName"), table},
                         {QStringLiteral("fileEncoding"), QStringLiteral("UTF-8")}};
    if (!summary.copied.isEmpty())
      options.insert(QStringLiteral("update"), true);
    QString message;
    const Qgis::VectorExportResult written = QgsVectorLayerExporter::exportLayer(memory, partLayers, QStringLiteral("ogr"), memory->crs(), false, &message, options, feedback);
    if (written != Qgis::VectorExportResult::Success) {
      cleanUp();
      if (feedback && feedback->isCanceled())
        return canceled();
      return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write layer %1 to %2: %3").arg(memory->name(), layersFile, message));
    }
    // The copy stays a memory layer here (its style as it is): only the
    // written document points it at the GeoPackage, which this process never
    // opens, so nothing holds the temporary file when it is renamed.
    fixups.toGeoPackage.insert(copy->id());
    fixups.dataSources.insert(copy->id(), QStringLiteral("./%1|layername=%2").arg(QFileInfo(layersFile).fileName(), table));
    summary.copied << memory->name();
  }
  if (boardRoot->hasCustomLayerOrder()) {
    QList<QgsMapLayer *> order;
    for (QgsMapLayer *layer : boardRoot->customLayerOrder())
      if (QgsMapLayer *copy = copies.value(layer))
        order << copy;
    project.layerTreeRoot()->setCustomLayerOrder(order);
    project.layerTreeRoot()->setHasCustomLayerOrder(true);
  }

  const QString county = board->customVariables().value(QStringLiteral("onemap_county")).toString();
  project.setTitle(county);
  project.setCrs(board->crs());
  project.setEllipsoid(board->ellipsoid());
  project.setTransformContext(board->transformContext());
  project.setCustomVariables(board->customVariables());
  project.setFilePathStorage(Qgis::FilePathType::Relative);
  fixups.crs = board->crs();
  fixups.extent = extent;
  if (fixups.extent.isEmpty()) {
    fixups.extent = StoreMapLayers::countyExtent(board);
    fixups.extent.scale(1.05);
  }
  if (!fixups.extent.isEmpty())
    project.viewSettings()->setDefaultViewExtent(QgsReferencedRectangle(fixups.extent, board->crs()));
  QObject::connect(&project, &QgsProject::writeProject, &project, [&fixups](QDomDocument &doc) { fixProject(doc, fixups); });
  QObject::connect(&project, &QgsProject::writeMapLayer, &project,
                   [&fixups](QgsMapLayer *layer, QDomElement &element, QDomDocument &doc) { fixLayer(layer, element, doc, fixups); });

  if (feedback && feedback->isCanceled())
    return canceled();
  QFile::remove(partProject);
  if (!project.write(partProject)) {
    const QString why = project.error();
    cleanUp();
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write %1: %2").arg(outPath, why));
  }
  if (feedback && feedback->isCanceled())
    return canceled();
  if (!summary.copied.isEmpty()) {
    QFile::remove(layersFile);
    if (!QFile::rename(partLayers, layersFile)) {
      cleanUp();
      return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write %1").arg(layersFile));
    }
    summary.layersFile = layersFile;
  }
  QFile::remove(outPath);
  if (!QFile::rename(partProject, outPath)) {
    cleanUp();
    return Status::failure(QCoreApplication::translate("onemap::ProjectExport", "cannot write %1").arg(outPath));
  }
  if (feedback)
    feedback->setProgress(100);
  return summary;
}

} // namespace onemap::ProjectExport
