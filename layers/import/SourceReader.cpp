#include "SourceReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_string.h>

namespace onemap {

namespace {

// Lines in a text file: the row estimate that drives CSV progress.
qint64 countLines(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return -1;
  qint64 lines = 0;
  QByteArray buf(1 << 20, Qt::Uninitialized);
  qint64 n = 0;
  char last = '\n';
  while ((n = f.read(buf.data(), buf.size())) > 0) {
    const char *p = buf.constData();
    const char *end = p + n;
    while ((p = static_cast<const char *>(memchr(p, '\n', end - p)))) {
      ++lines;
      ++p;
    }
    last = buf[static_cast<int>(n - 1)];
  }
  return last == '\n' ? lines : lines + 1;
}

QString crsName(OGRSpatialReferenceH srs)
{
  if (!srs)
    return QString();
  OSRAutoIdentifyEPSG(srs);
  const char *auth = OSRGetAuthorityName(srs, nullptr);
  const char *code = OSRGetAuthorityCode(srs, nullptr);
  if (auth && code && QByteArray(auth) == "EPSG")
    return QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code));
  char *wkt = nullptr;
  const char *options[] = {"FORMAT=WKT2_2018", nullptr};
  OSRExportToWktEx(srs, &wkt, options);
  const QString out = QString::fromUtf8(wkt ? wkt : "");
  CPLFree(wkt);
  return out;
}
} // namespace

SourceReader::~SourceReader()
{
  if (mFeature)
    OGR_F_Destroy(mFeature);
  if (mDs)
    GDALClose(mDs);
}

Result<std::unique_ptr<SourceReader>> SourceReader::open(const QString &path, const QString &encodingIn)
{
  GDALAllRegister();
  const QFileInfo info(path);
  if (!info.exists())
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: file not found").arg(path));
  if (info.isFile() && info.size() == 0)
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: the file is empty").arg(path));
  QString encoding;
  if (!encodingIn.isEmpty()) {
    Result<QString> canonical = TextDecoder::canonicalName(encodingIn);
    if (!canonical)
      return canonical.status();
    encoding = canonical.value();
  }

  const QString suffix = info.suffix().toLower();
  const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
  const bool shp = suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
  CPLStringList openOptions;
  QByteArray target = QFile::encodeName(path);
  if (csv) {
    if (encoding.isEmpty()) {
      Result<QString> detected = TextDecoder::detectFile(path);
      if (!detected)
        return Status::failure(detected.message() + QCoreApplication::translate("onemap::SourceReader", " (for example --encoding gbk)"));
      encoding = detected.value();
    }
    openOptions.AddNameValue("HEADERS", "YES");
    openOptions.AddNameValue("AUTODETECT_TYPE", "NO");
    openOptions.AddNameValue("EMPTY_STRING_AS_NULL", "NO");
    // A column named WKT must stay a column: coordinates come from the mapping.
    openOptions.AddNameValue("GEOM_POSSIBLE_NAMES", "");
    target = "CSV:" + target;
  } else if (shp && !encoding.isEmpty()) {
    openOptions.AddNameValue("ENCODING", encoding.toLatin1().constData());
  }
  // Spreadsheets: the first row is the header, every cell read as text.
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
  CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
  CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", "STRING");
  CPLErrorReset();
  GDALDatasetH ds = GDALOpenEx(target.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions.List(), nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
  CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", nullptr);
  if (!ds) {
    const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: not a readable table or GIS file%2").arg(path, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
  }
  std::unique_ptr<SourceReader> r(new SourceReader());
  r->mDs = ds;
  r->mPath = path;
  r->mDriver = QString::fromLatin1(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
  r->mTabular = csv || r->mDriver == QLatin1String("XLSX") || r->mDriver == QLatin1String("ODS");
  if (GDALDatasetGetLayerCount(ds) < 1)
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: the file holds no table").arg(path));
  r->mLayer = GDALDatasetGetLayer(ds, 0);
  if (encoding.isEmpty() || !csv)
    encoding = QStringLiteral("UTF-8"); // OGR recodes everything but CSV
  r->mDecoder = std::make_unique<TextDecoder>(encoding);

  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(r->mLayer);
  for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
    const char *name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
    QString decoded;
    // DBF field names are cut at 10 bytes, sometimes inside a character:
    // only CSV headers are held to the strict rule.
    if (!r->mDecoder->decode(name, static_cast<int>(strlen(name)), decoded) && !csv)
      decoded = QString::fromUtf8(name);
    else if (decoded.isEmpty() && *name)
      return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: the header is not valid %2 text; name the right encoding (for example --encoding gbk)").arg(path, encoding));
    if (decoded.startsWith(QChar(0xFEFF)))
      decoded.remove(0, 1);
    r->mColumns << decoded.trimmed();
  }
  if (r->mColumns.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: the file has no columns").arg(path));
  r->mHasGeometry = OGR_FD_GetGeomFieldCount(defn) > 0 && OGR_L_GetGeomType(r->mLayer) != wkbNone;
  r->mCrs = crsName(OGR_L_GetSpatialRef(r->mLayer));
  r->mEstimatedRows = csv ? std::max<qint64>(0, countLines(path) - 1) : OGR_L_GetFeatureCount(r->mLayer, FALSE);
  return r;
}

Status SourceReader::setFilter(const QString &where)
{
  CPLErrorReset();
  if (OGR_L_SetAttributeFilter(mLayer, where.isEmpty() ? nullptr : where.toUtf8().constData()) != OGRERR_NONE)
    return Status::failure(QCoreApplication::translate("onemap::SourceReader", "%1: cannot filter rows by \"%2\": %3").arg(mPath, where, QString::fromUtf8(CPLGetLastErrorMsg())));
  if (!where.isEmpty())
    mEstimatedRows = -1;
  return Status();
}

bool SourceReader::next()
{
  if (mFeature)
    OGR_F_Destroy(mFeature);
  // OGR returns null both at the end and when a row cannot be read (a line
  // over GDAL's size limit, a broken file): only the error state tells them
  // apart, and mistaking one for the other would lose the rest of the file.
  CPLErrorReset();
  mFeature = OGR_L_GetNextFeature(mLayer);
  if (!mFeature) {
    if (CPLGetLastErrorType() >= CE_Failure)
      mReadError = QCoreApplication::translate("onemap::SourceReader", "%1: reading stopped after row %2: %3")
                     .arg(mPath).arg(rowNumber()).arg(QString::fromUtf8(CPLGetLastErrorMsg()));
    return false;
  }
  ++mIndex;
  return true;
}

void SourceReader::rewind()
{
  mReadError.clear();
  if (mFeature)
    OGR_F_Destroy(mFeature);
  mFeature = nullptr;
  mIndex = 0;
  OGR_L_ResetReading(mLayer);
}

bool SourceReader::cell(int column, QString &out)
{
  if (!mFeature || column < 0 || !OGR_F_IsFieldSetAndNotNull(mFeature, column)) {
    out.clear();
    return true;
  }
  const char *raw = OGR_F_GetFieldAsString(mFeature, column);
  const int size = static_cast<int>(strlen(raw));
  if (mDecoder->decode(raw, size, out))
    return true;
  out = QString::fromLatin1(raw, size);
  return false;
}

OGRGeometryH SourceReader::geometry() const
{
  return mFeature ? OGR_F_GetGeometryRef(mFeature) : nullptr;
}

QVector<QStringList> SourceReader::preview(int rows)
{
  rewind();
  QVector<QStringList> out;
  while (out.size() < rows && next()) {
    QStringList row;
    for (int c = 0; c < mColumns.size(); ++c) {
      QString v;
      if (!cell(c, v) && mFeature) {
        const char *raw = OGR_F_GetFieldAsString(mFeature, c);
        v = QString::fromUtf8(raw); // shows U+FFFD where the bytes do not decode
      }
      row << v;
    }
    out << row;
  }
  rewind();
  return out;
}

} // namespace onemap
