// Forest-fire spread ellipse: Wang Zhengfei wind correction, Rothermel (1983)
// midflame wind and Anderson (1983) / Alexander (1985) shape by hand,
// orientation and area of the polygon, and the villages, shelters and teams
// it covers in a real sample store, counted independently.
#include "FireSpread.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QtTest>

#include <cmath>

using namespace onemap;
using namespace onemap::forestfire;

namespace {
constexpr double kEarthRadiusM = 6371008.8;

FireInput input(double v, double fromDeg, double hours)
{
  FireInput in;
  in.lon = 108.9;
  in.lat = 28.8;
  in.r0MetresPerMin = 1.0;
  in.ks = 1.0;
  in.windSpeed = v;
  in.windFromDeg = fromDeg;
  in.hours = hours;
  return in;
}

// Shoelace area of a WKT ring in local metres about (lon0, lat0).
double polygonAreaM2(const QString &wkt, double lon0, double lat0, double *minNorth = nullptr, double *maxNorth = nullptr)
{
  const QStringList pts = wkt.mid(9, wkt.size() - 11).split(QStringLiteral(", "));
  const double k = M_PI / 180.0 * kEarthRadiusM;
  QVector<QPointF> xy;
  for (const QString &p : pts) {
    const auto s = p.split(QLatin1Char(' '));
    xy << QPointF((s[0].toDouble() - lon0) * k * std::cos(lat0 * M_PI / 180.0), (s[1].toDouble() - lat0) * k);
  }
  double a = 0, lo = 1e300, hi = -1e300;
  for (int i = 0; i + 1 < xy.size(); ++i) {
    a += xy[i].x() * xy[i + 1].y() - xy[i + 1].x() * xy[i].y();
    lo = std::min(lo, xy[i].y());
    hi = std::max(hi, xy[i].y());
  }
  if (minNorth)
    *minNorth = lo;
  if (maxNorth)
    *maxNorth = hi;
  return std::abs(a) / 2;
}
} // namespace

class TestForestfireModel : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void handComputed()
  {
    // V = 2 m/s (10 m wind), R0 = 1 m/min, Ks = 1, 3 hours.
    // Wang Zhengfei: Kw = exp(0.1783*2) = exp(0.3566) = 1.42846; R = 1.42846 m/min;
    //  head run = 1.42846*180 = 257.12 m
    // Midflame wind (Rothermel 1983 WAF 0.4; 10 m -> 20 ft / 1.15): 0.4*2/1.15 = 0.695652 m/s
    //  U = 0.695652*3600/1609.344 = 1.55613 mph
    // Anderson 1983: LB = 0.936*e^(0.2566*1.55613) + 0.461*e^(-0.1548*1.55613) - 0.397
    //     = 0.936*1.49079 + 0.461*0.785929 - 0.397 = 1.36069
    // Alexander 1985: sqrt(LB^2-1) = 0.922752; HB = (1.36069+0.922752)/(1.36069-0.922752) = 5.2141
    //  back run = 257.12/5.2141 = 49.313 m
    //  a = (257.12 + 49.313)/2 = 153.218 m, b = 153.218/1.36069 = 112.604 m, area = pi*a*b = 54202 m2
    auto r = spread(input(2.0, 0, 3));
    QVERIFY2(r, qPrintable(r.message()));
    const FireEllipse e = r.value();
    QVERIFY(qAbs(e.kw - 1.42846) < 1e-4);
    QVERIFY(qAbs(e.headRunM - 257.12) < 0.01);
    QVERIFY(qAbs(e.midflameWindMs - 0.695652) < 1e-6);
    QVERIFY(qAbs(e.lengthToBreadth - 1.36069) < 1e-4);
    QVERIFY(qAbs(e.headToBack - 5.2141) < 1e-3);
    QVERIFY(qAbs(e.backRunM - 49.313) < 1e-2);
    QVERIFY(qAbs(e.semiMajorM - 153.218) < 1e-2);
    QVERIFY(qAbs(e.semiMinorM - 112.604) < 1e-2);
    QVERIFY(qAbs(e.areaM2() - 54202) < 2);
    // A 10 m/s wind: U = 0.4*10/1.15 m/s = 7.78065 mph,
    //  LB = 0.936*e^(1.99653) + 0.461*e^(-1.20446) - 0.397 = 0.936*7.36334 + 0.461*0.299859 - 0.397 = 6.63333
    //  (not 20+ as the 10 m wind taken for midflame wind would give).
    QVERIFY(qAbs(spread(input(10.0, 0, 1)).value().lengthToBreadth - 6.63333) < 1e-4);
    // No wind: Anderson's LB is 0.936 + 0.461 - 0.397 = 1, a circle around the ignition point.
    auto calm = spread(input(0, 0, 1)).value();
    QVERIFY(qAbs(calm.lengthToBreadth - 1.0) < 1e-12);
    QVERIFY(qAbs(calm.headRunM - 60.0) < 1e-9);
    QVERIFY(qAbs(calm.backRunM - 60.0) < 1e-9);
  }

  void strongerWindLongerNarrower()
  {
    double prevLb = 0, prevHead = 0;
    for (double v = 0; v <= 10; v += 1) {
      const auto e = spread(input(v, 90, 2)).value();
      QVERIFY(e.lengthToBreadth >= prevLb);
      QVERIFY(e.headRunM > prevHead);
      prevLb = e.lengthToBreadth;
      prevHead = e.headRunM;
    }
  }

  void polygonIsDownwindWithTheArea()
  {
    // Wind from the north: the fire runs south.
    const FireInput in = input(3.0, 0, 4);
    const auto e = spread(in).value();
    QCOMPARE(e.headingDeg, 180.0);
    double south = 0, north = 0;
    const double area = polygonAreaM2(ellipseWkt(in, e, 720), in.lon, in.lat, &south, &north);
    QVERIFY(qAbs(area - e.areaM2()) / e.areaM2() < 1e-3);
    QVERIFY(qAbs(south + e.headRunM) < 0.05);  // head run to the south
    QVERIFY(qAbs(north - e.backRunM) < 0.05);  // back run to the north
    // Wind from the west: the fire runs east, so the north-south extent is the breadth.
    FireInput west = in;
    west.windFromDeg = 270;
    const auto ew = spread(west).value();
    QCOMPARE(ew.headingDeg, 90.0);
    polygonAreaM2(ellipseWkt(west, ew, 720), west.lon, west.lat, &south, &north);
    QVERIFY(qAbs((north - south) - 2 * ew.semiMinorM) < 0.05);
  }

  void badInputNamesTheField()
  {
    FireInput in = input(2, 0, 1);
    in.hours = -1;
    auto r = spread(in);
    QVERIFY(!r);
    QVERIFY(r.message().contains(QLatin1String("hours")));
    in = input(2, 0, 1);
    in.windSpeed = std::nan("");
    QVERIFY(spread(in).message().contains(QLatin1String("wind_speed")));
  }

  void placesInTheBurntArea()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    auto store = Store::open(sample.path());
    QVERIFY2(store, qPrintable(store.message()));
    sqlite3 *db = store.value()->handle();

    FireInput in = input(2.0, 225, 12); // south-west wind, 12 hours
    in.r0MetresPerMin = 20.0;
    {
      SqlStatement c(db, QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)) FROM admin_units WHERE level = ?1"));
      c.bind(1, QStringLiteral("county"));
      QVERIFY2(c.next(), qPrintable(c.error()));
      in.lon = c.real(0);
      in.lat = c.real(1);
    }
    const auto e = spread(in).value();
    auto found = placesInside(db, ellipseWkt(in, e, 1440));
    QVERIFY2(found, qPrintable(found.message()));
    QMap<QString, int> count;
    qint64 people = 0;
    for (const auto &p : found.value()) {
      count[p.table] += 1;
      people += p.population;
    }
    QVERIFY(count.value(QStringLiteral("admin_units")) > 0);

    // Independent count: the ellipse equation on each point in local metres.
    const double k = M_PI / 180.0 * kEarthRadiusM, h = e.headingDeg * M_PI / 180.0;
    auto inEllipse = [&](double lon, double lat) {
      const double x = (lon - in.lon) * k * std::cos(in.lat * M_PI / 180.0), y = (lat - in.lat) * k;
      const double along = x * std::sin(h) + y * std::cos(h) - e.centreOffsetM;
      const double across = x * std::cos(h) - y * std::sin(h);
      return std::pow(along / e.semiMajorM, 2) + std::pow(across / e.semiMinorM, 2) <= 1.0;
    };
    auto independent = [&](const QString &sql, qint64 *pop) {
      SqlStatement q(db, sql);
      int n = 0;
      while (q.next())
        if (inEllipse(q.real(0), q.real(1))) {
          ++n;
          if (pop)
            *pop += q.int64(2);
        }
      return n;
    };
    qint64 people2 = 0;
    QCOMPARE(count.value(QStringLiteral("admin_units")),
             independent(QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)), population FROM admin_units WHERE level = 'village'"), &people2));
    QCOMPARE(people, people2);
    QCOMPARE(count.value(QStringLiteral("shelters")), independent(QStringLiteral("SELECT X(geom), Y(geom) FROM shelters"), nullptr));
    QCOMPARE(count.value(QStringLiteral("teams")), independent(QStringLiteral("SELECT X(geom), Y(geom) FROM teams"), nullptr));
    qInfo("burnt area %.1f km2: %d villages (%lld people), %d shelters, %d teams", e.areaM2() / 1e6,
          count.value(QStringLiteral("admin_units")), people, count.value(QStringLiteral("shelters")), count.value(QStringLiteral("teams")));
  }
};

QTEST_GUILESS_MAIN(TestForestfireModel)
#include "test_forestfire_model.moc"
