#include "DailyReportFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <gdal.h>
#include <ogr_api.h>

namespace onemap::DailyReportFiles {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
  return QCoreApplication::translate("onemap::Statistics", "cannot write %1: %2").arg(path, why);
}

Status checkTarget(const QString &outPath, const char *suffix)
{
  if (QFileInfo(outPath).suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) != 0)
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "the name must end in .%1").arg(QLatin1String(suffix))));
  if (!QFileInfo(outPath).absoluteDir().exists())
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "folder %1 does not exist").arg(QFileInfo(outPath).absolutePath())));
  return Status();
}

// A cell starting with = + - @ would run as a formula in Excel (CSV injection).
QString guarded(const QString &text)
{
  if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
    return QLatin1Char('\'') + text;
  return text;
}

QString quoted(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QByteArray line(const QStringList &cells)
{
  QStringList out;
  for (const QString &c : cells)
    out << quoted(guarded(c));
  return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QStringList headers(const DailyReport &report)
{
  QStringList h {QCoreApplication::translate("onemap::Statistics", "Township code"), QCoreApplication::translate("onemap::Statistics", "Township")};
  for (const StatisticField &f : report.fields)
    h << f.label;
  h << QCoreApplication::translate("onemap::Statistics", "Notes");
  return h;
}

QVector<QStringList> rows(const DailyReport &report)
{
  QVector<QStringList> out;
  for (int t = 0; t < report.townships.size(); ++t) {
    QStringList cells {report.townships[t].code, report.townships[t].name};
    for (int f = 0; f < report.fields.size(); ++f)
      cells << report.cellText(t, f);
    cells << report.notes.value(t).join(QStringLiteral("; "));
    out << cells;
  }
  QStringList total {QString(), QCoreApplication::translate("onemap::Statistics", "County total")};
  for (int f = 0; f < report.fields.size(); ++f)
    total << report.totalText(f);
  total << QString();
  out << total;
  return out;
}

Status writeCsv(const DailyReport &report, const QString &outPath)
{
  if (Status s = checkTarget(outPath, "csv"); !s)
    return s;
  QByteArray data("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8, not the ANSI code page
  data += line({report.title()});
  data += line(headers(report));
  for (const QStringList &r : rows(report))
    data += line(r);
  QSaveFile file(outPath); // written beside the target, renamed on commit
  if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
    return Status::failure(cannotWrite(outPath, file.errorString()));
  return Status();
}

Status writeXlsx(const DailyReport &report, const QString &outPath)
{
  if (Status s = checkTarget(outPath, "xlsx"); !s)
    return s;
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("XLSX");
  if (!driver)
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "this GDAL has no XLSX driver")));
  // GDAL's XLSX driver insists on the .xlsx extension, so the part file keeps it.
  const QString part = outPath.chopped(5) + QStringLiteral(".part.xlsx");
  QFile::remove(part);
  GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(part).constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return Status::failure(cannotWrite(outPath, QString::fromUtf8(CPLGetLastErrorMsg())));

  Status s;
  // The sheet is named for the set and day, e.g. "rain 2025-06-20".
  const QString sheet = QStringLiteral("%1 %2").arg(report.set, report.date.toString(Qt::ISODate));
  OGRLayerH layer = GDALDatasetCreateLayer(ds, sheet.toUtf8().constData(), nullptr, wkbNone, nullptr);
  const QStringList h = headers(report);
  if (!layer)
    s = Status::failure(cannotWrite(outPath, QString::fromUtf8(CPLGetLastErrorMsg())));
  const auto numeric = [&](int column) { return column >= 2 && column < h.size() - 1; };
  for (int i = 0; s && i < h.size(); ++i) {
    // Codes stay text (leading digits); values are real numbers so Excel can add them.
    OGRFieldDefnH defn = OGR_Fld_Create(h[i].toUtf8().constData(), numeric(i) ? OFTReal : OFTString);
    if (OGR_L_CreateField(layer, defn, TRUE) != OGRERR_NONE)
      s = Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "column %1").arg(h[i])));
    OGR_Fld_Destroy(defn);
  }
  const QVector<QStringList> all = rows(report);
  for (int r = 0; s && r < all.size(); ++r) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (int i = 0; i < h.size(); ++i) {
      const QString value = all[r].value(i);
      if (value.isEmpty())
        continue;
      if (numeric(i))
        OGR_F_SetFieldDouble(feature, i, value.toDouble());
      else
        OGR_F_SetFieldString(feature, i, value.toUtf8().constData());
    }
    if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE)
      s = Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "row %1").arg(r + 1)));
    OGR_F_Destroy(feature);
  }
  GDALClose(ds); // the workbook is written on close
  if (s && !QFileInfo::exists(part))
    s = Status::failure(cannotWrite(outPath, part));
  // rename(2) replaces an existing file in one step.
  if (s && std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0)
    s = Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::Statistics", "rename from %1 failed").arg(part)));
  if (!s)
    QFile::remove(part);
  return s;
}

} // namespace onemap::DailyReportFiles
