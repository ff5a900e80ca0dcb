#include "CallSheetXlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <gdal.h>
#include <ogr_api.h>

namespace onemap {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
  return QCoreApplication::translate("onemap::CallSheet", "cannot write %1: %2").arg(path, why);
}

// One sheet of text columns (phones and codes keep their leading digits),
// with integer columns where \a integers says so.
Status addSheet(GDALDatasetH ds, const QString &name, const QStringList &headers, const QVector<QStringList> &rows,
                const QVector<bool> &integers, const QString &path)
{
  OGRLayerH layer = GDALDatasetCreateLayer(ds, name.toUtf8().constData(), nullptr, wkbNone, nullptr);
  if (!layer)
    return Status::failure(cannotWrite(path, QString::fromUtf8(CPLGetLastErrorMsg())));
  for (int i = 0; i < headers.size(); ++i) {
    OGRFieldDefnH defn = OGR_Fld_Create(headers[i].toUtf8().constData(), integers.value(i) ? OFTInteger : OFTString);
    const OGRErr err = OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    if (err != OGRERR_NONE)
      return Status::failure(cannotWrite(path, QCoreApplication::translate("onemap::CallSheet", "column %1").arg(headers[i])));
  }
  for (int r = 0; r < rows.size(); ++r) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (int i = 0; i < headers.size(); ++i) {
      const QString value = rows[r].value(i);
      if (value.isEmpty())
        continue;
      if (integers.value(i))
        OGR_F_SetFieldInteger(feature, i, value.toInt());
      else
        OGR_F_SetFieldString(feature, i, value.toUtf8().constData());
    }
    const OGRErr err = OGR_L_CreateFeature(layer, feature);
    OGR_F_Destroy(feature);
    if (err != OGRERR_NONE)
      return Status::failure(cannotWrite(path, QCoreApplication::translate("onemap::CallSheet", "row %1").arg(r + 1)));
  }
  return Status();
}

// A workbook is read long after the event: the date goes with the time.
QString fullTime(const QString &stored)
{
  const QDateTime t = CallList::parseTime(stored);
  return t.isValid() ? t.toOffsetFromUtc(CallList::kCountyOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stored;
}

} // namespace

QStringList CallSheetXlsx::headers()
{
  return {QCoreApplication::translate("onemap::CallSheet", "Township"),
          QCoreApplication::translate("onemap::CallSheet", "Village (community)"),
          QCoreApplication::translate("onemap::CallSheet", "Responsible person"),
          QCoreApplication::translate("onemap::CallSheet", "Role"),
          QCoreApplication::translate("onemap::CallSheet", "Phone"),
          QCoreApplication::translate("onemap::CallSheet", "Called at"),
          QCoreApplication::translate("onemap::CallSheet", "Called by"),
          QCoreApplication::translate("onemap::CallSheet", "Answered at"),
          QCoreApplication::translate("onemap::CallSheet", "Answered by"),
          QCoreApplication::translate("onemap::CallSheet", "Note"),
          QCoreApplication::translate("onemap::CallSheet", "Minutes overdue"),
          QCoreApplication::translate("onemap::CallSheet", "Call id")};
}

QStringList CallSheetXlsx::cells(const CallRow &row, const CallSheetLabels &labels)
{
  const WarningCall &c = row.call;
  const bool village = row.unitLevel != QLatin1String("township");
  return {row.townshipName,
          village ? row.unitName : QString(),
          c.personName,
          labels.role ? labels.role(c.role) : c.role,
          c.phone,
          fullTime(c.calledAt),
          c.calledBy,
          fullTime(c.answeredAt),
          c.answeredBy,
          c.note,
          row.overdue ? QString::number(row.overdueMinutes) : QString(),
          QString::number(c.id)};
}

Status CallSheetXlsx::write(const CallSheet &sheet, const QString &outPath, const CallSheetLabels &labels)
{
  if (QFileInfo(outPath).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
    return Status::failure(QCoreApplication::translate("onemap::CallSheet", "%1: the call sheet is written as .xlsx or .pdf").arg(outPath));
  if (!QFileInfo(outPath).absoluteDir().exists())
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::CallSheet", "folder %1 does not exist").arg(QFileInfo(outPath).absolutePath())));
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("XLSX");
  if (!driver)
    return Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::CallSheet", "this GDAL has no XLSX driver")));
  // GDAL's XLSX driver insists on the .xlsx extension, so the part file keeps it.
  const QString part = outPath.chopped(5) + QStringLiteral(".part.xlsx");
  QFile::remove(part);
  GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(part).constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return Status::failure(cannotWrite(outPath, QString::fromUtf8(CPLGetLastErrorMsg())));

  QVector<QStringList> calls;
  for (const CallRow &r : sheet.rows)
    calls << cells(r, labels);
  QVector<bool> callIntegers(headers().size(), false);
  callIntegers[10] = callIntegers[11] = true;

  const QStringList tallyHeaders {QCoreApplication::translate("onemap::CallSheet", "Township"),
                                  QCoreApplication::translate("onemap::CallSheet", "Calls"),
                                  QCoreApplication::translate("onemap::CallSheet", "Called"),
                                  QCoreApplication::translate("onemap::CallSheet", "Answered"),
                                  QCoreApplication::translate("onemap::CallSheet", "Overdue")};
  QVector<QStringList> tallies;
  QVector<CallTally> all = sheet.townships;
  all << sheet.total;
  for (int i = 0; i < all.size(); ++i) {
    const CallTally &t = all[i];
    const QString name = i + 1 == all.size() ? QCoreApplication::translate("onemap::CallSheet", "Total") : t.townshipName;
    tallies << QStringList {name, QString::number(t.calls), QString::number(t.called), QString::number(t.answered), QString::number(t.overdue)};
  }

  Status s = addSheet(ds, QStringLiteral("calls"), headers(), calls, callIntegers, outPath);
  if (s)
    s = addSheet(ds, QStringLiteral("townships"), tallyHeaders, tallies, {false, true, true, true, true}, outPath);
  GDALClose(ds); // the workbook is written on close
  if (s && !QFileInfo::exists(part))
    s = Status::failure(cannotWrite(outPath, part));
  // rename(2) replaces an existing file in one step.
  if (s && std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0)
    s = Status::failure(cannotWrite(outPath, QCoreApplication::translate("onemap::CallSheet", "rename from %1 failed").arg(part)));
  if (!s)
    QFile::remove(part);
  return s;
}

} // namespace onemap
