#include "ExportKinds.h"

#include "export/atlas/TownshipAtlas.h"
#include "export/notices/NoticeActions.h"
#include "export/series/ThematicSeries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <qgsfeedback.h>

namespace onemap::ExportKinds {

namespace {

// PDF: the chosen file; PNG/SVG: a folder beside it, named after it.
QString outputOf(const ExportRequest &request)
{
  if (request.format.kind == SheetFormat::Kind::Pdf)
    return request.outPath;
  const QFileInfo file(request.outPath);
  return file.dir().filePath(file.completeBaseName());
}

// Progress in percent; false once the user has cancelled.
bool report(QgsFeedback *feedback, int done, int total)
{
  if (!feedback)
    return true;
  if (total > 0)
    feedback->setProgress(100.0 * done / total);
  return !feedback->isCanceled();
}

QString storeOf(QgsProject *project, Status *error)
{
  const QString path = NoticeActions::storePathOf(project);
  if (path.isEmpty())
    *error = Status::failure(QCoreApplication::translate("onemap::ExportKinds", "The board has no situation store open."));
  return path;
}

QString formatName(SheetFormat::Kind kind)
{
  switch (kind) {
  case SheetFormat::Kind::Png:
    return QStringLiteral("png");
  case SheetFormat::Kind::Svg:
    return QStringLiteral("svg");
  default:
    return QStringLiteral("pdf");
  }
}

} // namespace

Status writeSeries(QgsProject *project, const ExportRequest &request, QgsFeedback *feedback)
{
  Status problem;
  SeriesOptions options;
  options.storePath = storeOf(project, &problem);
  if (!problem)
    return problem;
  options.outPath = outputOf(request);
  options.templateName = request.templateName;
  options.format = request.format.kind;
  options.dpi = request.format.dpi;
  options.date = request.text.date;
  options.issuer = request.text.issuer;
  Result<SeriesResult> written = ThematicSeries::write(options, [feedback](int done, int total) { return report(feedback, done, total); });
  if (!written)
    return written.status();
  if (written.value().cancelled)
    return Status::failure(QCoreApplication::translate("onemap::ExportKinds", "Cancelled; %n complete sheet(s) kept.", nullptr, written.value().files.size()));
  return Status();
}

Status writeAtlas(QgsProject *project, const ExportRequest &request, QgsFeedback *feedback)
{
  Status problem;
  AtlasOptions options;
  options.storePath = storeOf(project, &problem);
  if (!problem)
    return problem;
  options.outPath = outputOf(request);
  options.templateName = request.templateName;
  options.format = formatName(request.format.kind);
  options.dpi = request.format.dpi;
  options.progress = [feedback](int done, int total) { return report(feedback, done, total); };
  TownshipAtlas atlas(options);
  if (Status opened = atlas.open(); !opened)
    return opened;
  Result<QStringList> written = atlas.write();
  return written ? Status() : written.status();
}

void install()
{
  static const bool installed = [] {
    ExportDialog::setHook(ExportDialog::Kind::Series, &writeSeries);
    ExportDialog::setHook(ExportDialog::Kind::Atlas, &writeAtlas);
    return true;
  }();
  Q_UNUSED(installed)
}

} // namespace onemap::ExportKinds
