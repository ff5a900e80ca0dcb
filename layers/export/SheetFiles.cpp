#include "SheetFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <gdal.h>
#include <ogr_api.h>

namespace onemap::SheetFiles {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
  return QCoreApplication::translate("onemap::SheetFiles", "cannot write %1: %2").arg(path, why);
}

Status checkTarget(const QString &outPath, const char *suffix)
{
  if (QFileInfo(outPath).suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) != 0)
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "the name must end in .%1").arg(QLatin1String(suffix))));
  if (!QFileInfo(outPath).absoluteDir().exists())
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "folder %1 does not exist").arg(QFileInfo(outPath).absolutePath())));
  return Status();
}

// rename(2) replaces an existing file in one step.
Status finish(const QString &part, const QString &outPath)
{
  if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0) {
    QFile::remove(part);
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "rename from %1 failed").arg(part)));
  }
  return Status();
}

OGRFieldType ogrType(CellKind kind)
{
  switch (kind) {
  case CellKind::Integer: return OFTInteger64;
  case CellKind::Real: return OFTReal;
  default: return OFTString;
  }
}

Status addSheet(GDALDatasetH ds, const Sheet &sheet, const QString &name, const QString &outPath)
{
  OGRLayerH layer = GDALDatasetCreateLayer(ds, name.toUtf8().constData(), nullptr, wkbNone, nullptr);
  if (!layer)
    return Status::failure(cannotWrite(outPath, QString::fromUtf8(CPLGetLastErrorMsg())));
  for (int i = 0; i < sheet.headers.size(); ++i) {
    OGRFieldDefnH defn = OGR_Fld_Create(sheet.headers[i].toUtf8().constData(), ogrType(sheet.kinds.value(i, CellKind::Text)));
    const OGRErr err = OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    if (err != OGRERR_NONE)
      return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "sheet %1, column %2").arg(name, sheet.headers[i])));
  }
  for (int r = 0; r < sheet.rows.size(); ++r) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (int i = 0; i < sheet.headers.size(); ++i) {
      const QString value = sheet.rows[r].value(i);
      if (value.isEmpty())
        continue;
      switch (sheet.kinds.value(i, CellKind::Text)) {
      case CellKind::Integer: OGR_F_SetFieldInteger64(feature, i, value.toLongLong()); break;
      case CellKind::Real: OGR_F_SetFieldDouble(feature, i, value.toDouble()); break;
      default: OGR_F_SetFieldString(feature, i, value.toUtf8().constData()); break;
      }
    }
    const OGRErr err = OGR_L_CreateFeature(layer, feature);
    OGR_F_Destroy(feature);
    if (err != OGRERR_NONE)
      return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "sheet %1, row %2").arg(name).arg(r + 1)));
  }
  return Status();
}

} // namespace

QString csvCell(const QString &text, CellKind kind)
{
  QString cell = text;
  if (kind == CellKind::Text && !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0)))
    cell.prepend(QLatin1Char('\''));
  if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
    return cell;
  return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString sheetName(const QString &wanted, const QStringList &taken)
{
  QString name = wanted.simplified();
  for (const QChar c : QStringLiteral("[]:*?/\\"))
    name.replace(c, QLatin1Char('_'));
  if (name.isEmpty())
    name = QStringLiteral("Sheet");
  name = name.left(31);
  QString unique = name;
  for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    unique = name.left(31 - suffix.size()) + suffix;
  }
  return unique;
}

Status writeCsv(const Sheet &sheet, const QString &outPath)
{
  if (Status s = checkTarget(outPath, "csv"); !s)
    return s;
  const QString part = outPath + QStringLiteral(".part");
  QFile file(part);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return Status::failure(cannotWrite(outPath, file.errorString()));
  QByteArray data("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8, not the ANSI code page
  if (!sheet.title.isEmpty())
    data += csvCell(sheet.title, CellKind::Text).toUtf8() + "\r\n";
  QStringList line;
  for (const QString &h : sheet.headers)
    line << csvCell(h, CellKind::Text);
  data += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
  for (const QStringList &row : sheet.rows) {
    line.clear();
    for (int i = 0; i < sheet.headers.size(); ++i)
      line << csvCell(row.value(i), sheet.kinds.value(i, CellKind::Text));
    data += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
  }
  const bool written = file.write(data) == data.size() && file.flush();
  file.close();
  if (!written) {
    QFile::remove(part);
    return Status::failure(cannotWrite(outPath, file.errorString()));
  }
  return finish(part, outPath);
}

Status writeXlsx(const QVector<Sheet> &sheets, const QString &outPath)
{
  if (Status s = checkTarget(outPath, "xlsx"); !s)
    return s;
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("XLSX");
  if (!driver)
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::SheetFiles", "this GDAL has no XLSX driver")));
  // GDAL's XLSX driver insists on the .xlsx extension, so the part file keeps it.
  const QString part = outPath.chopped(5) + QStringLiteral(".part.xlsx");
  QFile::remove(part);
  GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(part).constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return Status::failure(cannotWrite(outPath, QString::fromUtf8(CPLGetLastErrorMsg())));
  Status s;
  QStringList taken;
  for (const Sheet &sheet : sheets) {
    const QString name = sheetName(sheet.name, taken);
    taken << name;
    s = addSheet(ds, sheet, name, outPath);
    if (!s)
      break;
  }
  GDALClose(ds); // the workbook is written on close
  if (s && !QFileInfo::exists(part))
    s = Status::failure(cannotWrite(outPath, part));
  if (!s) {
    QFile::remove(part);
    return s;
  }
  return finish(part, outPath);
}

} // namespace onemap::SheetFiles
