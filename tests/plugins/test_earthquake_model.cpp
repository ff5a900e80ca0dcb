// Earthquake impact model: the cited attenuation relation by hand, rings,
// the real USGS catalogue near the sample county, and people per ring in a
// real sample store counted a second, independent way (SpatiaLite polygons).
#include "IntensityModel.h"
#include "RingsByTownship.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"

#include <QFile>
#include <QtTest>

#include <gdal.h>
#include <ogr_api.h>

using namespace onemap;
using namespace onemap::earthquake;

namespace {
Event at(double m, Region region = Region::ModerateStrong)
{
  Event e;
  e.lon = 108.9;
  e.lat = 28.8;
  e.magnitude = m;
  e.depthKm = 10;
  e.region = region;
  return e;
}
} // namespace

class TestEarthquakeModel : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void handComputedIntensities()
  {
    // Moderate-to-strong region, Ms 6.0:
    //  long, R=0:   5.8410 + 1.0710*6 - 3.6570*lg(15) = 12.2670 - 3.6570*1.176091 = 7.9660
    //  long, R=20:  12.2670 - 3.6570*lg(35) = 12.2670 - 3.6570*1.544068 = 6.6203
    //  short, R=20: 3.9440 + 6.4260 - 2.8450*lg(27) = 10.3700 - 2.8450*1.431364 = 6.2978
    QVERIFY(qAbs(epicentralIntensity(at(6.0)) - 7.9660) < 1e-3);
    QVERIFY(qAbs(intensityAlongLongAxis(at(6.0), 20) - 6.6203) < 1e-3);
    QVERIFY(qAbs(intensityAlongShortAxis(at(6.0), 20) - 6.2978) < 1e-3);
    // Eastern strong region, Ms 7.0, long, R=50:
    //  5.7123 + 1.3626*7 - 4.2903*lg(75) = 15.2505 - 4.2903*1.875061 = 7.2059
    QVERIFY(qAbs(intensityAlongLongAxis(at(7.0, Region::EasternStrong), 50) - 7.2059) < 1e-3);
  }

  void axesAgreeAtTheEpicentre()
  {
    // A + C*lg(R0) is the same for both axes of every region (B*M is shared):
    // a typo in any coefficient would break this.
    for (Region r : {Region::EasternStrong, Region::ModerateStrong, Region::Xinjiang, Region::QinghaiTibet}) {
      const Event e = at(6.5, r);
      QVERIFY2(qAbs(intensityAlongLongAxis(e, 0) - intensityAlongShortAxis(e, 0)) < 2e-3, qPrintable(QString::number(int(r))));
    }
  }

  void decreasesWithDistance()
  {
    const Event e = at(6.5);
    double prevLong = 99, prevShort = 99, prevPoint = 99;
    for (double r = 0; r <= 300; r += 5) {
      const double l = intensityAlongLongAxis(e, r), s = intensityAlongShortAxis(e, r);
      const double p = intensityAt(e, r * 0.6, r * 0.8);
      QVERIFY(l < prevLong);
      QVERIFY(s < prevShort);
      QVERIFY(p < prevPoint + 1e-9);
      if (l >= 6.0)
        QVERIFY(s <= l + 1e-9); // the short axis attenuates faster where rings are drawn
      prevLong = l;
      prevShort = s;
      prevPoint = p;
    }
  }

  void ringAxes()
  {
    // Ms 6.0, moderate-to-strong region, intensity VII:
    //  long:  10^((7 - 12.2670) / -3.6570) - 15 = 10^1.440252 - 15 = 12.558 km
    //  short: 10^((7 - 10.3700) / -2.8450) - 7  = 10^1.184534 - 7  = 8.294 km
    const Event e = at(6.0);
    const auto rs = rings(e);
    QCOMPARE(rs.size(), 2); // VII and VI (I0 = 7.97 < VIII)
    QCOMPARE(rs[0].intensity, 7);
    QVERIFY(qAbs(rs[0].longKm - 12.558) < 0.01);
    QVERIFY(qAbs(rs[0].shortKm - 8.294) < 0.01);
    QCOMPARE(rs[1].intensity, 6);
    QVERIFY(rs[1].longKm > rs[0].longKm && rs[1].shortKm > rs[0].shortKm);
    // The point on the long axis at the VII semi-axis is intensity VII.
    Event rotated = e;
    rotated.longAxisAzimuthDeg = 90; // long axis east-west
    QVERIFY(qAbs(intensityAt(rotated, 12.558, 0) - 7.0) < 1e-3);
    QVERIFY(qAbs(intensityAt(rotated, 0, 8.294) - 7.0) < 1e-3);
    QVERIFY(qAbs(intensityAt(e, 0, 12.558) - 7.0) < 1e-3); // azimuth 0: long axis north
    // The ring polygon closes and its vertices sit on the ellipse.
    const QString wkt = ringWkt(e, rs[0], 36);
    QVERIFY(wkt.startsWith(QLatin1String("POLYGON((")));
    const QStringList pts = wkt.mid(9, wkt.size() - 11).split(QStringLiteral(", "));
    QCOMPARE(pts.size(), 37);
    QCOMPARE(pts.first(), pts.last());
    for (const QString &p : pts) {
      const auto xy = p.split(QLatin1Char(' '));
      QVERIFY(qAbs(intensityAtLonLat(e, xy[0].toDouble(), xy[1].toDouble()) - 7.0) < 1e-3);
    }
    QCOMPARE(roman(7), QStringLiteral("VII"));
  }

  void realCatalogueNearTheCounty()
  {
    const QString path = qEnvironmentVariable("ONEMAP_SHARED_DATA", QStringLiteral(ONEMAP_SHARED_DATA_DIR)) + QStringLiteral("/hazards/china-earthquakes-m5.geojson");
    if (!QFile::exists(path))
      QSKIP(qPrintable(QStringLiteral("catalogue not present: %1").arg(path)));
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    QVERIFY2(ds, qPrintable(path));
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    const int magField = OGR_L_FindFieldIndex(layer, "mag", 1);
    const int depthField = OGR_L_FindFieldIndex(layer, "depth_km", 1);
    QVERIFY(magField >= 0 && depthField >= 0);
    // Sample county centre is about 108.9 E (layers/sample/SampleFrame.cpp).
    int used = 0;
    OGRFeatureH f = nullptr;
    OGR_L_ResetReading(layer);
    while ((f = OGR_L_GetNextFeature(layer)) != nullptr) {
      OGRGeometryH g = OGR_F_GetGeometryRef(f);
      const double lon = g ? OGR_G_GetX(g, 0) : 0, lat = g ? OGR_G_GetY(g, 0) : 0;
      const double m = OGR_F_GetFieldAsDouble(f, magField);
      Event e;
      e.lon = lon;
      e.lat = lat;
      e.magnitude = m;
      e.depthKm = OGR_F_GetFieldAsDouble(f, depthField);
      e.region = Region::ModerateStrong;
      OGR_F_Destroy(f);
      if (!g || qAbs(lon - 108.9) > 3.0)
        continue;
      ++used;
      const double i0 = epicentralIntensity(e);
      // Ms 5..8.x in this region: I0 from about VI-VII to about X.
      QVERIFY2(i0 >= 6.0 && i0 <= 12.0, qPrintable(QStringLiteral("M%1 at %2,%3: I0 %4").arg(m).arg(lon).arg(lat).arg(i0)));
      QVERIFY(epicentralIntensity(e) > epicentralIntensity(Event {e.lon, e.lat, m - 0.5, 0, 0, e.region}));
      const auto rs = rings(e);
      QVERIFY2(!rs.isEmpty(), qPrintable(QStringLiteral("M%1: no ring").arg(m)));
      QCOMPARE(rs.last().intensity, 6);
    }
    GDALClose(ds);
    qInfo("catalogue events within 3 degrees of longitude of the sample county: %d", used);
    QVERIFY(used > 0);
  }

  void peopleInRingsOfTheSampleCounty()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    auto store = Store::open(sample.path());
    QVERIFY2(store, qPrintable(store.message()));
    sqlite3 *db = store.value()->handle();

    Event e = at(6.0);
    {
      SqlStatement c(db, QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)) FROM admin_units WHERE level = ?1"));
      c.bind(1, QStringLiteral("county"));
      QVERIFY2(c.next(), qPrintable(c.error()));
      e.lon = c.real(0);
      e.lat = c.real(1);
    }
    auto result = ringsByTownship(db, e);
    QVERIFY2(result, qPrintable(result.message()));
    const auto rows = result.value();
    QVERIFY(!rows.isEmpty());

    QMap<int, qint64> people, homes;
    for (const auto &r : rows) {
      QVERIFY(r.intensity == 6 || r.intensity == 7);
      QVERIFY(!r.townshipName.isEmpty());
      QVERIFY(r.townshipCode.endsWith(QLatin1String("000")));
      people[r.intensity] += r.population;
      homes[r.intensity] += r.households;
    }
    QVERIFY(people.value(7) > 0);

    // Independent count: SpatiaLite point-in-polygon on the ring polygons.
    auto inside = [&](const QString &wkt, qint64 &pop, qint64 &hh) {
      SqlStatement q(db, QStringLiteral("SELECT COALESCE(SUM(population), 0), COALESCE(SUM(households), 0) FROM admin_units "
                                        "WHERE level = ?1 AND ST_Contains(GeomFromText(?2, 4490), ST_Centroid(geom))"));
      q.bind(1, QStringLiteral("village")).bind(2, wkt);
      QVERIFY2(q.next(), qPrintable(q.error()));
      pop = q.int64(0);
      hh = q.int64(1);
    };
    const auto rs = rings(e);
    qint64 pop7 = 0, hh7 = 0, pop6 = 0, hh6 = 0;
    inside(ringWkt(e, rs[0], 1440), pop7, hh7);
    inside(ringWkt(e, rs[1], 1440), pop6, hh6);
    QCOMPARE(people.value(7), pop7);
    QCOMPARE(homes.value(7), hh7);
    QCOMPARE(people.value(6), pop6 - pop7);
    QCOMPARE(homes.value(6), hh6 - hh7);
  }
};

QTEST_GUILESS_MAIN(TestEarthquakeModel)
#include "test_earthquake_model.moc"
