#include "MapSheetOptions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {
} // namespace

bool MapSheetOptions::isPdf() const { return outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); }

QString MapSheetOptions::layoutTemplate() const
{
  return templateName.isEmpty() ? paper + QLatin1Char('-') + orientation : templateName;
}

Status MapSheetOptions::validate() const
{
  if (paper != QLatin1String("A4") && paper != QLatin1String("A3"))
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "unknown paper size %1 (use A4 or A3)").arg(paper));
  if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "unknown orientation %1 (use landscape or portrait)").arg(orientation));
  if (dpi < 50 || dpi > 1200)
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "dpi %1 is out of range (50-1200)").arg(dpi));
  if (outPath.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "no output file given (--out)"));
  if (!isPdf() && !outPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !outPath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "cannot write %1: the output must end in .pdf, .png or .svg").arg(outPath));
  const QFileInfo out(outPath);
  const QFileInfo dir(out.absolutePath());
  if (!dir.isDir() || !dir.isWritable() || (out.exists() && !out.isWritable()))
    return Status::failure(QCoreApplication::translate("onemap::MapSheetOptions", "cannot write %1: folder missing or not writable").arg(outPath));
  return Status();
}

} // namespace onemap
