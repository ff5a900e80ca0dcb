// Real roads: the highways of Liechtenstein (OSM extract of 2013-08-03, read
// through GDAL's OSM driver) become a RoadNetwork; shortest route lengths
// between towns are checked against SpatiaLite's VirtualRouting run on the
// same graph's edges, with each edge's length measured again by SpatiaLite.
#include "app/QgisRuntime.h"
#include "routing/RoadNetwork.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <qgsfeatureiterator.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {

// ONEMAP_SHARED_DATA points elsewhere when the checkout is not beside shared/.
const QString kOsm = qEnvironmentVariable("ONEMAP_SHARED_DATA", QStringLiteral(ONEMAP_SHARED_DATA_DIR))
                     + QStringLiteral("/osm/liechtenstein-2013-08-03.osm.pbf");

// OSM highway -> roads.road_class. Paths, footways, steps and tracks are kept
// (as village roads): people walk them to shelters. Roads under construction,
// proposed or abandoned are left out: nobody can use them yet (or any more).
QString roadClassOf(const QString &highway)
{
  static const QHash<QString, QString> classes {
    {QStringLiteral("motorway"), QStringLiteral("national")},    {QStringLiteral("trunk"), QStringLiteral("national")},
    {QStringLiteral("primary"), QStringLiteral("national")},     {QStringLiteral("secondary"), QStringLiteral("provincial")},
    {QStringLiteral("tertiary"), QStringLiteral("county")},      {QStringLiteral("unclassified"), QStringLiteral("township")},
  };
  static const QStringList unusable {QStringLiteral("construction"), QStringLiteral("proposed"), QStringLiteral("abandoned"),
                                     QStringLiteral("platform"), QStringLiteral("raceway")};
  if (highway.isEmpty() || unusable.contains(highway))
    return QString();
  QString base = highway;
  base.remove(QStringLiteral("_link"));
  return classes.value(base, QStringLiteral("village"));
}

struct Place
{
  const char *name;
  double lon, lat;
};
// Town centres (lon/lat), each tied to its nearest highway.
const Place kPlaces[] = {{"Vaduz", 9.5209, 47.1410},   {"Schaan", 9.5095, 47.1651}, {"Balzers", 9.4995, 47.0667},
                         {"Triesen", 9.5287, 47.1073}, {"Eschen", 9.5227, 47.2104}, {"Malbun", 9.6097, 47.1023}};

} // namespace

class TestOsmRouting : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    if (!QFileInfo::exists(kOsm))
      QSKIP(qPrintable(QStringLiteral("%1 is absent: the OSM routing check needs ../shared/data").arg(kOsm)));
  }

  void routeLengthsMatchVirtualRouting()
  {
    QgsVectorLayer osm(kOsm + QStringLiteral("|layername=lines"), QStringLiteral("lines"), QStringLiteral("ogr"));
    QVERIFY2(osm.isValid(), qPrintable(kOsm));
    QgsVectorLayer roads(QStringLiteral("LineString?crs=EPSG:4326&field=id:long&field=road_class:string(20)"),
                         QStringLiteral("osm_roads"), QStringLiteral("memory"));
    const int highwayIdx = osm.fields().indexOf(QStringLiteral("highway"));
    const int idIdx = osm.fields().indexOf(QStringLiteral("osm_id"));
    QVERIFY(highwayIdx >= 0 && idIdx >= 0);
    QgsFeatureList features;
    QgsFeatureIterator it = osm.getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
      const QString cls = roadClassOf(f.attribute(highwayIdx).toString());
      if (cls.isEmpty() || f.geometry().isNull())
        continue;
      QgsFeature road(roads.fields());
      road.setAttributes(QgsAttributes() << f.attribute(idIdx).toLongLong() << cls);
      road.setGeometry(f.geometry());
      features << road;
    }
    QVERIFY2(features.size() > 1500, qPrintable(QString::number(features.size())));
    QVERIFY(roads.dataProvider()->addFeatures(features));

    QVector<QgsPointXY> ties;
    for (const Place &p : kPlaces)
      ties << QgsPointXY(p.lon, p.lat);
    QElapsedTimer timer;
    timer.start();
    auto built = RoadNetwork::fromLayer(&roads, QStringLiteral("road_class"), QStringLiteral("id"), {}, ties);
    QVERIFY2(built, qPrintable(built.message()));
    const RoadNetwork &net = *built.value();
    qInfo("OSM: %d highways, %d vertices, %d edges built in %lld ms", int(features.size()), net.graph().vertexCount(),
          net.graph().edgeCount(), timer.elapsed());
    for (int t = 0; t < ties.size(); ++t)
      QVERIFY2(net.vertexOf(t) >= 0 && net.accessMetres(t) < 300, kPlaces[t].name);

    // The same graph's edges in SpatiaLite, lengths measured again there.
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("routing.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(store, qPrintable(store.message()));
    sqlite3 *db = store.value()->handle();
    QCOMPARE(execSql(db, QStringLiteral("CREATE TABLE osm_edges (id INTEGER PRIMARY KEY, node_from INTEGER NOT NULL, "
                                        "node_to INTEGER NOT NULL, metres DOUBLE)")), QString());
    {
      SqlStatement geom(db, QStringLiteral("SELECT AddGeometryColumn('osm_edges', 'geom', 4326, 'LINESTRING', 'XY')"));
      QVERIFY(geom.next() && geom.int64(0) == 1);
    }
    const Status inserted = store.value()->transaction([&]() {
      SqlStatement insert(db, QStringLiteral("INSERT INTO osm_edges (node_from, node_to, geom) VALUES (?, ?, MakeLine(MakePoint(?, ?, 4326), MakePoint(?, ?, 4326)))"));
      for (int e = 0; e < net.graph().edgeCount(); ++e) {
        const QgsGraphEdge &edge = net.graph().edge(e);
        const QgsPointXY a = net.graph().vertex(edge.fromVertex()).point(), b = net.graph().vertex(edge.toVertex()).point();
        insert.reset();
        insert.bind(1, edge.fromVertex() + 1).bind(2, edge.toVertex() + 1).bind(3, a.x()).bind(4, a.y()).bind(5, b.x()).bind(6, b.y());
        if (!insert.exec())
          return Status::failure(insert.error());
      }
      return Status();
    });
    QVERIFY2(inserted, qPrintable(inserted.message()));
    QCOMPARE(execSql(db, QStringLiteral("UPDATE osm_edges SET metres = ST_Length(geom, 1)")), QString());
    {
      // Per edge, SpatiaLite's geodesic length and QGIS's ellipsoidal one agree.
      SqlStatement q(db, QStringLiteral("SELECT id, metres FROM osm_edges"));
      double worst = 0;
      while (q.next())
        worst = std::max(worst, std::abs(q.real(1) - net.graph().edge(int(q.int64(0) - 1)).cost(RoadNetwork::kMetres).toDouble()));
      qInfo("largest per-edge length difference QGIS vs SpatiaLite: %.3g m", worst);
      QVERIFY(worst < 0.01);
    }
    {
      SqlStatement create(db, QStringLiteral("SELECT CreateRouting(?, ?, ?, ?, ?, ?, ?, NULL, 0, 0, NULL, NULL, 1)"));
      create.bind(1, QStringLiteral("osm_routing_data")).bind(2, QStringLiteral("osm_routing")).bind(3, QStringLiteral("osm_edges"));
      create.bind(4, QStringLiteral("node_from")).bind(5, QStringLiteral("node_to")).bind(6, QStringLiteral("geom")).bind(7, QStringLiteral("metres"));
      QVERIFY2(create.next() && create.int64(0) == 1, qPrintable(create.error()));
    }

    int compared = 0;
    for (int a = 0; a < ties.size(); ++a)
      for (int b = 0; b < ties.size(); ++b) {
        if (a == b)
          continue;
        const Route ours = net.route(a, b, RoadNetwork::kMetres);
        SqlStatement q(db, QStringLiteral("SELECT Role, Cost FROM osm_routing WHERE NodeFrom = ? AND NodeTo = ?"));
        q.bind(1, net.vertexOf(a) + 1).bind(2, net.vertexOf(b) + 1);
        double theirs = -1;
        while (q.next())
          if (q.text(0) == QLatin1String("Route") && !q.isNull(1))
            theirs = q.real(1);
        QCOMPARE(ours.found, theirs >= 0);
        if (!ours.found)
          continue;
        const double road = ours.metres - net.accessMetres(a) - net.accessMetres(b);
        qInfo("%s -> %s: %.2f m by road (VirtualRouting %.2f m), %.1f min on foot", kPlaces[a].name, kPlaces[b].name,
              road, theirs, ours.minutes);
        QVERIFY2(std::abs(road - theirs) < 1.0, qPrintable(QStringLiteral("%1 -> %2: %3 vs %4")
                                                             .arg(kPlaces[a].name, kPlaces[b].name).arg(road).arg(theirs)));
        ++compared;
      }
    QCOMPARE(compared, ties.size() * (ties.size() - 1));
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestOsmRouting test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_osm_routing.moc"
