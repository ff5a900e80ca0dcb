// Hazardous-chemical evacuation table: loading the transcribed ERG table,
// lookups by UN number and Chinese/English name, errors that name file, row
// and field, and the villages within a radius in a real sample store,
// counted a second way (haversine on the centroids).
#include "EvacuationTable.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace onemap;
using namespace onemap::hazmat;

namespace {
// FIXTURE numbers only, chosen to be distinguishable; they are NOT ERG values.
const char *kFixture =
  "un,name_zh,name_en,small_isolation_m,small_day_km,small_night_km,large_isolation_m,large_day_km,large_night_km,source\n"
  "1017,氯气,Chlorine,11,1.2,1.3,14,1.5,1.6,fixture row A\n"
  "UN1005,液氨,Ammonia anhydrous,21,2.2,2.3,24,2.5,2.6,fixture row B\n";

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
  const QString path = dir.filePath(name);
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(text);
  return path;
}

double haversineM(double lon1, double lat1, double lon2, double lat2)
{
  const double r = 6371008.8, d2r = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * d2r / 2), 2)
                   + std::cos(lat1 * d2r) * std::cos(lat2 * d2r) * std::pow(std::sin((lon2 - lon1) * d2r / 2), 2);
  return 2 * r * std::asin(std::sqrt(a));
}
} // namespace

class TestHazmatModel : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void knownSubstancesByName()
  {
    const auto &s = knownSubstances();
    QCOMPARE(s.size(), 6);
    QStringList un;
    for (const auto &x : s)
      un << x.un;
    QCOMPARE(un.join(QLatin1Char(',')), QStringLiteral("1017,1005,1053,1079,1050,1076"));
  }

  void lookups()
  {
    QTemporaryDir dir;
    auto t = EvacuationTable::fromCsv(write(dir, QStringLiteral("erg.csv"), kFixture));
    QVERIFY2(t, qPrintable(t.message()));
    QCOMPARE(t.value().size(), 2);
    auto d = t.value().lookup(QStringLiteral("1017"), Spill::Small, Period::Day);
    QVERIFY2(d, qPrintable(d.message()));
    QCOMPARE(d.value().isolationM, 11.0);
    QCOMPARE(d.value().protectiveKm, 1.2);
    QCOMPARE(d.value().source, QStringLiteral("fixture row A"));
    QCOMPARE(t.value().lookup(QStringLiteral("UN1017"), Spill::Small, Period::Night).value().protectiveKm, 1.3);
    QCOMPARE(t.value().lookup(QStringLiteral("氯气"), Spill::Large, Period::Day).value().isolationM, 14.0);
    QCOMPARE(t.value().lookup(QStringLiteral("chlorine"), Spill::Large, Period::Night).value().protectiveKm, 1.6);
    QCOMPARE(t.value().lookup(QStringLiteral("液氨"), Spill::Large, Period::Night).value().protectiveKm, 2.6);
    QCOMPARE(t.value().lookup(QStringLiteral("1005"), Spill::Small, Period::Day).value().isolationM, 21.0);
    // Known by name but not in the loaded table, and wholly unknown: both errors.
    auto phosgene = t.value().lookup(QStringLiteral("光气"), Spill::Small, Period::Day);
    QVERIFY(!phosgene);
    QVERIFY(phosgene.message().contains(QStringLiteral("光气")));
    QVERIFY(!t.value().lookup(QStringLiteral("9999"), Spill::Small, Period::Day));
    QVERIFY(!t.value().lookup(QStringLiteral("不存在的气体"), Spill::Small, Period::Day));
  }

  void badFilesNameFileRowField()
  {
    QTemporaryDir dir;
    const QByteArray head = QByteArray(kFixture).split('\n').first() + "\n";
    auto bad = EvacuationTable::fromCsv(write(dir, QStringLiteral("bad.csv"), head + "1017,氯气,Chlorine,11,x,1.3,14,1.5,1.6,p.1\n"));
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QLatin1String("bad.csv")) && bad.message().contains(QLatin1String("row 2"))
               && bad.message().contains(QLatin1String("small_day_km")), qPrintable(bad.message()));
    auto un = EvacuationTable::fromCsv(write(dir, QStringLiteral("un.csv"), head + "17,氯气,Chlorine,11,1,1.3,14,1.5,1.6,p.1\n"));
    QVERIFY(!un && un.message().contains(QLatin1String("field un")));
    auto nosrc = EvacuationTable::fromCsv(write(dir, QStringLiteral("src.csv"), head + "1017,氯气,Chlorine,11,1,1.3,14,1.5,1.6,\n"));
    QVERIFY(!nosrc && nosrc.message().contains(QLatin1String("field source")));
    auto dup = EvacuationTable::fromCsv(write(dir, QStringLiteral("dup.csv"), head + "1017,a,b,1,1,1,1,1,1,p\n1017,a,b,1,1,1,1,1,1,p\n"));
    QVERIFY(!dup && dup.message().contains(QLatin1String("row 3")));
    auto header = EvacuationTable::fromCsv(write(dir, QStringLiteral("head.csv"), "un,name\n"));
    QVERIFY(!header && header.message().contains(QLatin1String("row 1")));
    QVERIFY(!EvacuationTable::fromCsv(dir.filePath(QStringLiteral("missing.csv"))));
  }

  void villagesWithinTheRadius()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    auto store = Store::open(sample.path());
    QVERIFY2(store, qPrintable(store.message()));
    sqlite3 *db = store.value()->handle();

    double lon = 0, lat = 0;
    {
      SqlStatement c(db, QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)) FROM admin_units WHERE level = ?1"));
      c.bind(1, QStringLiteral("county"));
      QVERIFY2(c.next(), qPrintable(c.error()));
      lon = c.real(0);
      lat = c.real(1);
    }
    // Independent distances (sphere); pick a radius in the middle of a wide gap
    // between neighbouring villages so sphere and ellipsoid agree on who is in.
    QVector<QPair<double, qint64>> d;
    SqlStatement v(db, QStringLiteral("SELECT X(ST_Centroid(geom)), Y(ST_Centroid(geom)), population FROM admin_units WHERE level = 'village'"));
    while (v.next())
      d.append({haversineM(lon, lat, v.real(0), v.real(1)), v.int64(2)});
    std::sort(d.begin(), d.end());
    QVERIFY(d.size() > 20);
    int cut = 10;
    for (int i = 10; i < 30; ++i)
      if (d[i + 1].first - d[i].first > d[cut + 1].first - d[cut].first)
        cut = i;
    const double radius = 0.5 * (d[cut].first + d[cut + 1].first);
    QVERIFY((d[cut + 1].first - d[cut].first) / radius > 0.01);
    qint64 expected = 0;
    for (int i = 0; i <= cut; ++i)
      expected += d[i].second;

    auto inside = peopleInside(db, lon, lat, radius);
    QVERIFY2(inside, qPrintable(inside.message()));
    QCOMPARE(inside.value().size(), cut + 1);
    qint64 people = 0;
    double prev = -1;
    for (const auto &x : inside.value()) {
      people += x.population;
      QVERIFY(x.distanceM >= prev && x.distanceM <= radius);
      QVERIFY(!x.name.isEmpty());
      prev = x.distanceM;
    }
    QCOMPARE(people, expected);
    QVERIFY(!peopleInside(db, lon, lat, -5));
  }
};

QTEST_GUILESS_MAIN(TestHazmatModel)
#include "test_hazmat_model.moc"
