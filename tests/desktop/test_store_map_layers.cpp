// Every store table becomes a valid QGIS layer over the same file, with the
// store's feature count, Chinese field names and coded values in words.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "catalog/Catalog.h"
#include "map/MapLayerSpec.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"

#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

class TestStoreMapLayers : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY2(StoreMapLayers::load(mSample.path(), &mProject).ok(), "load");
    mStore = Store::open(mSample.path()).take();
    QVERIFY(mStore);
  }

  void everyBoardLayerIsValidWithTheStoreCount()
  {
    for (const MapLayerSpec &spec : boardLayerSpecs()) {
      QgsVectorLayer *layer = StoreMapLayers::layer(&mProject, spec.id);
      QVERIFY2(layer, qPrintable(spec.id));
      QVERIFY2(layer->isValid(), qPrintable(spec.id));
      SqlStatement q(mStore->handle(), QStringLiteral("SELECT count(*) FROM %1%2").arg(spec.table,
                       spec.subset.isEmpty() ? QString() : QStringLiteral(" WHERE ") + spec.subset));
      QVERIFY(q.next());
      QVERIFY2(q.int64(0) > 0, qPrintable(spec.id + QStringLiteral(" is empty in the sample county")));
      QCOMPARE(layer->featureCount(), static_cast<long long>(q.int64(0)));
      if (spec.style != BoardStyle::Table)
        QCOMPARE(layer->crs().authid(), QStringLiteral("EPSG:4490"));
    }
  }

  void everyCatalogTableIsOnTheBoard()
  {
    QStringList tables;
    for (const MapLayerSpec &spec : boardLayerSpecs())
      tables << spec.table;
    for (const TableSpec *spec : Catalog::tables())
      QVERIFY2(tables.contains(spec->name), qPrintable(spec->name));
  }

  void fieldsReadInChineseWithCodedValuesInWords()
  {
    QgsVectorLayer *dangers = StoreMapLayers::layer(&mProject, QStringLiteral("hidden_dangers"));
    const int people = dangers->fields().indexOf(QStringLiteral("threatened_people"));
    const int type = dangers->fields().indexOf(QStringLiteral("hazard_type"));
    QCOMPARE(dangers->attributeDisplayName(people), QStringLiteral("威胁人数"));
    QCOMPARE(StoreMapLayers::displayValue(dangers, type, QStringLiteral("landslide")), QStringLiteral("滑坡"));
    QCOMPARE(StoreMapLayers::displayValue(dangers, type, QStringLiteral("debris_flow")), QStringLiteral("泥石流"));
    // A team's specialties are a list of codes: each one in words.
    QgsVectorLayer *teams = StoreMapLayers::layer(&mProject, QStringLiteral("teams"));
    const int specialties = teams->fields().indexOf(QStringLiteral("specialties"));
    QCOMPARE(StoreMapLayers::displayValue(teams, specialties, QStringLiteral("forest_fire,water")), QStringLiteral("森林火灾扑救、水域救援"));
  }

  void layerTreeHasGroupsAndTheProjectIsInGaussKruger()
  {
    QVERIFY(mProject.layerTreeRoot()->findGroup(QStringLiteral("基础地理")));
    QVERIFY(mProject.layerTreeRoot()->findGroup(QStringLiteral("应急资源")));
    // Sample county lies at ~108.9E: CGCS2000 3-degree zone CM 108E.
    QCOMPARE(mProject.crs().authid(), QStringLiteral("EPSG:4545"));
    QVERIFY(!StoreMapLayers::countyExtent(&mProject).isEmpty());
  }

  void refusesANonStore()
  {
    const QString path = mSample.dir() + QStringLiteral("/notes.sqlite");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QgsProject other;
    Status s = StoreMapLayers::load(path, &other);
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(path));
    QCOMPARE(other.mapLayers().size(), 0);
  }

  void cleanupTestCase()
  {
    mProject.clear();
    mStore.reset();
  }

private:
  testing::SampleStore mSample;
  QgsProject mProject;
  std::unique_ptr<Store> mStore;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestStoreMapLayers test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_store_map_layers.moc"
