#include "LedgerExport.h"

#include "store/Record.h"
#include "store/Store.h"
#include "store/Table.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace onemap {

namespace {

QString header(const LedgerLabels &labels, const QString &column)
{
  const QString label = labels.field ? labels.field(column) : QString();
  return label.isEmpty() ? column : label;
}

QString cell(const LedgerLabels &labels, const FieldSpec &field, const QVariant &value)
{
  if (value.isNull() || !value.isValid())
    return QString();
  QString text = value.toString();
  if (field.type == FieldType::Boolean)
    text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
  if (field.allowed.isEmpty() && field.type != FieldType::Boolean)
    return text;
  if (labels.value) {
    const QString label = labels.value(field.name, text);
    if (!label.isEmpty())
      return label;
  }
  if (field.type == FieldType::Boolean)
    return text == QLatin1String("1") ? QCoreApplication::translate("onemap::LedgerExport", "yes") : QCoreApplication::translate("onemap::LedgerExport", "no");
  return text;
}

// A cell starting with = + - @ would run as a formula in Excel (CSV injection):
// text cells get a leading apostrophe. Numbers are left alone.
QString csvSafe(const QString &text, bool isText)
{
  if (isText && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
    return QLatin1Char('\'') + text;
  return text;
}

QString csvQuote(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
      && !text.contains(QLatin1Char('\r')))
    return text;
  QString q = text;
  q.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return QLatin1Char('"') + q + QLatin1Char('"');
}

bool isTextColumn(const TableSpec &spec, const QString &column)
{
  const FieldSpec *f = spec.field(column);
  return f && f->type != FieldType::Integer && f->type != FieldType::Real;
}

Status finish(const QString &part, const QString &out)
{
  // rename(2) replaces an existing file in one step.
  if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(out).constData()) != 0) {
    QFile::remove(part);
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: rename from %2 failed").arg(out, part));
  }
  return Status();
}

Status writeCsv(const TableSpec &spec, const QStringList &columns, const QStringList &headers,
                const QVector<QStringList> &rows, const QString &part)
{
  QFile file(part);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: %2").arg(part, file.errorString()));
  QByteArray data("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8, not the ANSI code page
  QStringList line;
  for (const QString &h : headers)
    line << csvQuote(csvSafe(h, true));
  data += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
  for (const QStringList &row : rows) {
    line.clear();
    for (int i = 0; i < row.size(); ++i)
      line << csvQuote(csvSafe(row[i], isTextColumn(spec, columns[i])));
    data += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
  }
  if (file.write(data) != data.size() || !file.flush())
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: %2").arg(part, file.errorString()));
  file.close();
  return Status();
}

OGRFieldType ogrType(const TableSpec &spec, const QString &column)
{
  if (column == QLatin1String("id"))
    return OFTInteger64;
  if (column == QLatin1String("lon") || column == QLatin1String("lat"))
    return OFTReal;
  const FieldSpec *f = spec.field(column);
  if (f && f->allowed.isEmpty() && f->type == FieldType::Integer)
    return OFTInteger64;
  if (f && f->allowed.isEmpty() && f->type == FieldType::Real)
    return OFTReal;
  return OFTString;
}

// Excel refuses sheet names over 31 characters or with []:*?/\ .
QString sheetName(QString name)
{
  for (const QChar c : QStringLiteral("[]:*?/\\"))
    name.replace(c, QLatin1Char('_'));
  return name.left(31);
}

Status writeXlsx(const TableSpec &spec, const QStringList &columns, const QStringList &headers,
                 const QVector<QStringList> &rows, const QString &part, const QString &sheet)
{
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("XLSX");
  if (!driver)
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: this GDAL has no XLSX driver").arg(part));
  QFile::remove(part);
  GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(part).constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: %2").arg(part, QString::fromUtf8(CPLGetLastErrorMsg())));
  OGRLayerH layer = GDALDatasetCreateLayer(ds, sheetName(sheet).toUtf8().constData(), nullptr, wkbNone, nullptr);
  if (!layer) {
    GDALClose(ds);
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: %2").arg(part, QString::fromUtf8(CPLGetLastErrorMsg())));
  }
  for (int i = 0; i < columns.size(); ++i) {
    OGRFieldDefnH defn = OGR_Fld_Create(headers[i].toUtf8().constData(), ogrType(spec, columns[i]));
    const OGRErr err = OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    if (err != OGRERR_NONE) {
      GDALClose(ds);
      return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: column %2").arg(part, headers[i]));
    }
  }
  for (int r = 0; r < rows.size(); ++r) {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (int i = 0; i < columns.size(); ++i) {
      const QString &value = rows[r][i];
      if (value.isEmpty())
        continue;
      switch (ogrType(spec, columns[i])) {
      case OFTInteger64: OGR_F_SetFieldInteger64(feature, i, value.toLongLong()); break;
      case OFTReal: OGR_F_SetFieldDouble(feature, i, value.toDouble()); break;
      default: OGR_F_SetFieldString(feature, i, value.toUtf8().constData()); break;
      }
    }
    const OGRErr err = OGR_L_CreateFeature(layer, feature);
    OGR_F_Destroy(feature);
    if (err != OGRERR_NONE) {
      GDALClose(ds);
      return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1: row %2").arg(part).arg(r + 1));
    }
  }
  GDALClose(ds); // the workbook is written on close
  if (!QFileInfo::exists(part))
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "cannot write %1").arg(part));
  return Status();
}
} // namespace

QStringList LedgerExport::columns(const TableSpec &spec)
{
  QStringList cols {QStringLiteral("id")};
  cols << spec.fieldNames();
  if (spec.geometry == GeometryType::Point)
    cols << QStringLiteral("lon") << QStringLiteral("lat");
  else if (spec.hasGeometry())
    cols << QStringLiteral("geom");
  return cols;
}

QVector<QStringList> LedgerExport::rows(const Store &store, const TableSpec &spec, const LedgerFilter &filter,
                                        const LedgerLabels &labels)
{
  const LedgerFilter::Sql sql = filter.toSql(spec);
  // Table reads only; the const_cast does not write.
  const QVector<Record> records = Table(const_cast<Store &>(store), spec).select(sql.where, sql.params);
  QVector<QStringList> out;
  out.reserve(records.size());
  for (const Record &r : records) {
    QStringList row {QString::number(r.id)};
    for (const FieldSpec &f : spec.fields)
      row << cell(labels, f, r.values.value(f.name));
    if (spec.geometry == GeometryType::Point) {
      GeoPoint p;
      const bool ok = GeoPoint::fromWkt(r.wkt, p);
      row << (ok ? QString::number(p.lon, 'f', 6) : QString()) << (ok ? QString::number(p.lat, 'f', 6) : QString());
    } else if (spec.hasGeometry()) {
      row << r.wkt;
    }
    out << row;
  }
  return out;
}

Result<int> LedgerExport::write(const Store &store, const TableSpec &spec, const LedgerFilter &filter,
                                const LedgerExportOptions &options)
{
  const QString out = options.outPath;
  const QString suffix = QFileInfo(out).suffix().toLower();
  if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
    return Status::failure(QCoreApplication::translate("onemap::LedgerExport", "%1: the ledger is exported as .csv or .xlsx").arg(out));
  const QStringList cols = columns(spec);
  QStringList headers;
  for (const QString &c : cols)
    headers << header(options.labels, c);
  const QVector<QStringList> data = rows(store, spec, filter, options.labels);
  // GDAL's XLSX driver insists on the .xlsx extension, so the part file keeps it.
  const QString part = suffix == QLatin1String("csv") ? out + QStringLiteral(".part")
                                                      : out.chopped(5) + QStringLiteral(".part.xlsx");
  Status written = suffix == QLatin1String("csv")
                     ? writeCsv(spec, cols, headers, data, part)
                     : writeXlsx(spec, cols, headers, data, part, options.sheetName.isEmpty() ? spec.name : options.sheetName);
  if (!written) {
    QFile::remove(part);
    return written;
  }
  if (Status renamed = finish(part, out); !renamed)
    return renamed;
  return data.size();
}

} // namespace onemap
