// Every format a department sends goes through the same import: XLSX, a
// Shapefile in a projected CRS (CGCS2000 3-degree Gauss-Kruger zone 36,
// EPSG:4545, with .prj and .cpg), GeoJSON, GeoPackage, and a CSV of projected
// X/Y named with --crs. Points land where they were, in EPSG:4490.
#include "ImportFixtures.h"
#include "import/Importer.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_string.h>

using namespace onemap;
using namespace onemap::testing;

namespace {
struct Point
{
  QString code;
  double lon, lat;
};

const QVector<Point> kPoints {{QStringLiteral("F-1"), 108.90, 28.80}, {QStringLiteral("F-2"), 108.95, 28.85}, {QStringLiteral("F-3"), 108.85, 28.70}};

// Writes kPoints with Chinese field names through an OGR driver, projected to \a epsg.
QString writeOgr(const QString &dir, const char *driver, const QString &name, int epsg, const QString &prefix)
{
  GDALAllRegister();
  const QString path = dir + QLatin1Char('/') + name;
  GDALDriverH drv = GDALGetDriverByName(driver);
  GDALDatasetH ds = GDALCreate(drv, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds)
    return QString();
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, epsg);
  OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReferenceH ll = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(ll, 4490);
  OSRSetAxisMappingStrategy(ll, OAMS_TRADITIONAL_GIS_ORDER);
  OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(ll, srs);
  const bool spreadsheet = QByteArray(driver) == "XLSX";
  CPLStringList lco;
  if (QByteArray(driver) == "ESRI Shapefile")
    lco.AddNameValue("ENCODING", "CP936"); // what Chinese GIS desktop tools write
  OGRLayerH layer = GDALDatasetCreateLayer(ds, "dangers", spreadsheet ? nullptr : srs, spreadsheet ? wkbNone : wkbPoint, lco.List());
  auto addField = [&](const char *fieldName, OGRFieldType type) {
    OGRFieldDefnH f = OGR_Fld_Create(fieldName, type);
    OGR_L_CreateField(layer, f, TRUE);
    OGR_Fld_Destroy(f);
  };
  addField("编号", OFTString);
  addField("名称", OFTString);
  addField("灾种", OFTString);
  addField("威胁人数", OFTInteger);
  if (spreadsheet) {
    addField("经度", OFTReal);
    addField("纬度", OFTReal);
  }
  for (const Point &p : kPoints) {
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(f, 0, (prefix + p.code).toUtf8().constData());
    OGR_F_SetFieldString(f, 1, QString::fromUtf8("%1号崩塌").arg(p.code).toUtf8().constData());
    OGR_F_SetFieldString(f, 2, "崩塌");
    OGR_F_SetFieldInteger(f, 3, 42);
    if (spreadsheet) {
      OGR_F_SetFieldDouble(f, 4, p.lon);
      OGR_F_SetFieldDouble(f, 5, p.lat);
    } else {
      double x = p.lon, y = p.lat;
      OCTTransform(ct, 1, &x, &y, nullptr);
      OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
      OGR_G_SetPoint_2D(g, 0, x, y);
      OGR_F_SetGeometryDirectly(f, g);
    }
    const OGRErr created = OGR_L_CreateFeature(layer, f);
    OGR_F_Destroy(f);
    if (created != OGRERR_NONE)
      return QString(); // the callers' file checks then fail
  }
  OCTDestroyCoordinateTransformation(ct);
  OSRDestroySpatialReference(srs);
  OSRDestroySpatialReference(ll);
  GDALClose(ds);
  return path;
}
} // namespace

class TestImportFormats : public QObject
{
  Q_OBJECT

  SampleStore mSample;
  std::unique_ptr<Store> mStore;

  void importAndCheck(const QString &path, const QString &prefix, const QString &crs = QString())
  {
    QVERIFY2(!path.isEmpty() && QFile::exists(path), qPrintable(path));
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    o.crs = crs;
    o.actor = QStringLiteral("test");
    Result<ImportSummary> r = Importer::run(*mStore, path, o);
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY2(r.value().stored, r.value().issues.isEmpty() ? "" : qPrintable(r.value().issues.first().reason + r.value().issues.first().value));
    QCOMPARE(r.value().inserted, kPoints.size());
    for (const Point &p : kPoints) {
      SqlStatement q(mStore->handle(), QStringLiteral("SELECT X(geom), Y(geom), name, hazard_type, threatened_people, ST_Srid(geom) FROM hidden_dangers WHERE code = ?"));
      q.bind(1, prefix + p.code);
      QVERIFY2(q.next(), qPrintable(prefix + p.code));
      QVERIFY2(std::abs(q.real(0) - p.lon) < 1e-6 && std::abs(q.real(1) - p.lat) < 1e-6,
               qPrintable(QStringLiteral("%1: %2 %3").arg(p.code).arg(q.real(0), 0, 'f', 8).arg(q.real(1), 0, 'f', 8)));
      QCOMPARE(q.text(2), QString::fromUtf8("%1号崩塌").arg(p.code));
      QCOMPARE(q.text(3), QStringLiteral("collapse"));
      QCOMPARE(q.int64(4), 42);
      QCOMPARE(q.int64(5), 4490);
    }
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s, qPrintable(s.message()));
    mStore = s.take();
  }

  void xlsxWithChineseHeadersAndNumberCells() { importAndCheck(writeOgr(mSample.dir(), "XLSX", QStringLiteral("dangers.xlsx"), 4490, QStringLiteral("XL")), QStringLiteral("XL")); }

  void shapefileInGaussKrugerZone()
  {
    const QString shp = writeOgr(mSample.dir(), "ESRI Shapefile", QStringLiteral("dangers.shp"), 4545, QStringLiteral("SHP"));
    QVERIFY(QFile::exists(mSample.dir() + QStringLiteral("/dangers.prj")));
    QVERIFY(QFile::exists(mSample.dir() + QStringLiteral("/dangers.cpg")));
    importAndCheck(shp, QStringLiteral("SHP"));
  }

  void geojson() { importAndCheck(writeOgr(mSample.dir(), "GeoJSON", QStringLiteral("dangers.geojson"), 4326, QStringLiteral("GJ")), QStringLiteral("GJ")); }

  void geopackageInGaussKruger() { importAndCheck(writeOgr(mSample.dir(), "GPKG", QStringLiteral("dangers.gpkg"), 4545, QStringLiteral("GP")), QStringLiteral("GP")); }

  void csvOfProjectedXYWithCrsOption()
  {
    OGRSpatialReferenceH ll = OSRNewSpatialReference(nullptr), gk = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(ll, 4490);
    OSRImportFromEPSG(gk, 4545);
    OSRSetAxisMappingStrategy(ll, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(gk, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(ll, gk);
    QVector<QStringList> rows;
    for (const Point &p : kPoints) {
      double x = p.lon, y = p.lat;
      OCTTransform(ct, 1, &x, &y, nullptr);
      rows << QStringList {QStringLiteral("XY") + p.code, QString::fromUtf8("%1号崩塌").arg(p.code), QString::fromUtf8("崩塌"), QStringLiteral("42"),
                           QString::number(x, 'f', 3), QString::number(y, 'f', 3)};
    }
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(ll);
    OSRDestroySpatialReference(gk);
    const QString path = mSample.dir() + QStringLiteral("/xy.csv");
    QVERIFY(writeFile(path, csvBytes(QString::fromUtf8("编号,名称,灾种,威胁人数,X坐标,Y坐标").split(QLatin1Char(',')), rows, "GBK")));
    // Without the CRS the metres are not degrees: every row says so.
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    Result<ImportSummary> bare = Importer::run(*mStore, path, o);
    QVERIFY2(bare, qPrintable(bare.message()));
    QCOMPARE(bare.value().rejected, kPoints.size());
    QVERIFY2(bare.value().issues.first().reason.contains(QStringLiteral("--crs")), qPrintable(bare.value().issues.first().reason));
    importAndCheck(path, QStringLiteral("XY"), QStringLiteral("EPSG:4545"));
  }

  void unreadableFileIsAnError()
  {
    const QString path = mSample.dir() + QStringLiteral("/not-a-table.gpkg");
    QVERIFY(writeFile(path, QByteArray("this is not a geopackage")));
    ImportOptions o;
    o.layer = QStringLiteral("hidden_dangers");
    Result<ImportSummary> r = Importer::run(*mStore, path, o);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(path), qPrintable(r.message()));
  }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "test_import_formats.moc"
