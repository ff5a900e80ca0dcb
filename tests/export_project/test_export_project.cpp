// The board's map as a QGIS project: the sample store's board project (plus a
// memory layer, as plots and routes are) written to .qgz/.qgs and opened by a
// new QgsProject: every layer valid, the same names, order, visibility and
// renderers, the memory layer's features in the GeoPackage beside it, the
// store relative when beside it (the folder moved elsewhere still opens) and
// absolute otherwise; wrong suffixes, bad folders and a cancel write nothing.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "cli/ProjectCommand.h"
#include "export/project/ProjectExport.h"
#include "map/StoreMapLayers.h"
#include "map/TransferMapLayers.h"
#include "transfer/ShelterBalance.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <qgsdatasourceuri.h>
#include <qgsfeedback.h>
#include <qgsrenderer.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

using namespace onemap;

namespace {

struct LayerFacts
{
  QString name;
  bool visible = false;
  QString renderer;
  bool labels = false;
  QString group;
};

QList<LayerFacts> facts(const QgsProject &project)
{
  QList<LayerFacts> out;
  for (QgsLayerTreeLayer *node : project.layerTreeRoot()->findLayers()) {
    LayerFacts f;
    f.name = node->name();
    f.visible = node->itemVisibilityChecked();
    f.group = node->parent() ? node->parent()->name() : QString();
    if (auto *v = qobject_cast<QgsVectorLayer *>(node->layer())) {
      f.renderer = v->renderer() ? v->renderer()->type() : QString();
      f.labels = v->labelsEnabled();
    }
    out << f;
  }
  return out;
}

QStringList fileNames(const QString &dir)
{
  return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString readText(const QString &path)
{
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestExportProject : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY2(mStore.ok(), qPrintable(mStore.message()));
    const Status loaded = StoreMapLayers::load(mStore.path(), &mBoard);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    // A memory layer with two features, as the plot and route layers are.
    auto *plots = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4490&field=note:string"), QStringLiteral("标绘点"), QStringLiteral("memory"));
    QgsFeature a(plots->fields()), b(plots->fields());
    a.setAttributes(QgsAttributes() << QStringLiteral("集结点"));
    const QgsPointXY centre = mBoard.layerTreeRoot()->findLayers().first()->layer()->extent().center();
    a.setGeometry(QgsGeometry::fromPointXY(centre));
    b.setAttributes(QgsAttributes() << QStringLiteral("指挥部"));
    b.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(centre.x() + 0.01, centre.y())));
    plots->dataProvider()->addFeatures(QgsFeatureList() << a << b);
    mBoard.addMapLayer(plots, false);
    mBoard.layerTreeRoot()->insertLayer(0, plots);
    // The board's own styled memory layer: the shelter balance per township.
    QVERIFY(TransferMapLayers::ensure(&mBoard, mStore.path()).ok());
    auto store = Store::open(mStore.path());
    QVERIFY2(store.ok(), qPrintable(store.message()));
    const Result<QVector<TownshipBalance>> balance = shelterBalance(*store.value(), 0);
    QVERIFY2(balance.ok(), qPrintable(balance.message()));
    QVERIFY(TransferMapLayers::showBalance(&mBoard, *store.value(), balance.value()).ok());
    mBalanceFeatures = TransferMapLayers::layer(&mBoard, TransferMapLayers::Kind::Balance)->featureCount();
    QVERIFY(mBalanceFeatures > 0);
    mBoardFacts = facts(mBoard);
    QVERIFY(mBoardFacts.size() > 5);
    QVERIFY(std::any_of(mBoardFacts.begin(), mBoardFacts.end(), [](const LayerFacts &f) { return !f.visible; }));
    mCounty = mBoard.customVariables().value(QStringLiteral("onemap_county")).toString();
    QVERIFY(!mCounty.isEmpty());
  }

  void reopensWithEveryLayer()
  {
    const QString out = QDir(mStore.dir()).filePath(QStringLiteral("county-map.qgz"));
    const QStringList boardIds = mBoard.mapLayers().keys();
    QgsRectangle extent = StoreMapLayers::countyExtent(&mBoard);
    extent.scale(0.5);
    const Result<ProjectExportSummary> written = ProjectExport::write(&mBoard, out, extent);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written.value().layers, mBoardFacts.size());
    int memoryLayers = 0;
    for (QgsMapLayer *layer : mBoard.mapLayers())
      memoryLayers += layer->providerType() == QLatin1String("memory") && mBoard.layerTreeRoot()->findLayer(layer);
    QVERIFY(memoryLayers >= 2);
    QCOMPARE(written.value().copied.size(), memoryLayers);
    QVERIFY(written.value().storeRelative);
    QVERIFY(QFile::exists(out));
    QVERIFY(QFile::exists(ProjectExport::layersFileFor(out)));
    QVERIFY2(!fileNames(mStore.dir()).join(QLatin1Char(' ')).contains(QLatin1String(".part.")), qPrintable(fileNames(mStore.dir()).join(QLatin1Char(' '))));

    // The board's project is as it was.
    QVERIFY(mBoard.fileName().isEmpty());
    QCOMPARE(mBoard.mapLayers().keys(), boardIds);
    QCOMPARE(mBoard.mapLayersByName(QStringLiteral("标绘点")).value(0)->providerType(), QStringLiteral("memory"));

    QgsProject reopened;
    QVERIFY2(reopened.read(out), qPrintable(reopened.error()));
    const QList<LayerFacts> got = facts(reopened);
    QCOMPARE(got.size(), mBoardFacts.size());
    for (int i = 0; i < got.size(); ++i) {
      QCOMPARE(got[i].name, mBoardFacts[i].name);
      QCOMPARE(got[i].visible, mBoardFacts[i].visible);
      QCOMPARE(got[i].group, mBoardFacts[i].group);
      QCOMPARE(got[i].renderer, mBoardFacts[i].renderer);
      QCOMPARE(got[i].labels, mBoardFacts[i].labels);
    }
    for (QgsMapLayer *layer : reopened.mapLayers())
      QVERIFY2(layer->isValid(), qPrintable(layer->name()));
    QCOMPARE(reopened.title(), mCounty);
    QCOMPARE(reopened.crs().authid(), mBoard.crs().authid());
    const QgsReferencedRectangle view = reopened.viewSettings()->defaultViewExtent();
    QVERIFY(qAbs(view.xMinimum() - extent.xMinimum()) < 1 && qAbs(view.yMaximum() - extent.yMaximum()) < 1);

    // The memory layer's features came along, in the GeoPackage beside the project.
    auto *plots = qobject_cast<QgsVectorLayer *>(reopened.mapLayersByName(QStringLiteral("标绘点")).value(0));
    QVERIFY(plots);
    QCOMPARE(plots->providerType(), QStringLiteral("ogr"));
    QCOMPARE(plots->featureCount(), 2);
    QVERIFY(plots->source().startsWith(ProjectExport::layersFileFor(out)));
    const QString balanceName = TransferMapLayers::layer(&mBoard, TransferMapLayers::Kind::Balance)->name();
    auto *balance = qobject_cast<QgsVectorLayer *>(reopened.mapLayersByName(balanceName).value(0));
    QVERIFY(balance);
    QCOMPARE(balance->providerType(), QStringLiteral("ogr"));
    QCOMPARE(balance->featureCount(), mBalanceFeatures);
    // Store layers keep the spatialite provider over the store.
    auto *townships = StoreMapLayers::layer(&reopened, QStringLiteral("townships"));
    QVERIFY(townships);
    QCOMPARE(townships->providerType(), QStringLiteral("spatialite"));
    QVERIFY(townships->featureCount() > 0);
  }

  void qgsIsPortableAndRelative()
  {
    const QString out = QDir(mStore.dir()).filePath(QStringLiteral("county-map.qgs"));
    const Result<ProjectExportSummary> written = ProjectExport::write(&mBoard, out, QgsRectangle());
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString xml = readText(out);
    QVERIFY(xml.contains(QLatin1String("dbname='./sample.onemap.sqlite'")));
    QVERIFY2(!xml.contains(mStore.dir()), qPrintable(xml.mid(xml.indexOf(mStore.dir()) - 300, 600)));
    QVERIFY(xml.contains(QLatin1String("./county-map.gpkg|layername=layer_1")));
    QVERIFY(xml.contains(QLatin1String("theMapCanvas")));
    // No function of the board is left for QGIS Desktop to miss.
    QVERIFY(!xml.contains(QLatin1String("onemap_id_in(")));
    QVERIFY(!xml.contains(QLatin1String("onemap_warning_stage(")));
    QVERIFY(!xml.contains(QLatin1String("onemap_local_datetime(")));
    QVERIFY(xml.contains(QLatin1String("string_to_array(@onemap_escalated)")));
  }

  void movedFolderStillOpens()
  {
    const QString out = QDir(mStore.dir()).filePath(QStringLiteral("moved.qgz"));
    QVERIFY(ProjectExport::write(&mBoard, out, QgsRectangle()).ok());
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(target));
    for (const QString &name : {QStringLiteral("moved.qgz"), QStringLiteral("moved.gpkg"), QStringLiteral("sample.onemap.sqlite")})
      QVERIFY(QFile::copy(QDir(mStore.dir()).filePath(name), QDir(target).filePath(name)));
    // The store is in WAL mode and open: tables made since the last checkpoint are in its -wal file.
    const QString wal = mStore.path() + QStringLiteral("-wal");
    if (QFile::exists(wal))
      QVERIFY(QFile::copy(wal, QDir(target).filePath(QStringLiteral("sample.onemap.sqlite-wal"))));
    // The original store out of the way: an absolute path would now fail.
    const QString aside = mStore.path() + QStringLiteral(".aside");
    QVERIFY(QFile::rename(mStore.path(), aside));
    QgsProject moved;
    const bool read = moved.read(QDir(target).filePath(QStringLiteral("moved.qgz")));
    bool allValid = true;
    QString bad;
    for (QgsMapLayer *layer : moved.mapLayers())
      if (!layer->isValid()) {
        allValid = false;
        bad = layer->name();
      }
    auto *townships = StoreMapLayers::layer(&moved, QStringLiteral("townships"));
    const QString database = townships ? QgsDataSourceUri(townships->source()).database() : QString();
    moved.clear();
    QVERIFY(QFile::rename(aside, mStore.path()));
    QVERIFY(read);
    QCOMPARE(moved.mapLayers().size(), 0);
    QVERIFY2(allValid, qPrintable(bad));
    QVERIFY2(database.startsWith(QFileInfo(target).canonicalFilePath()) || database.startsWith(target), qPrintable(database));
  }

  void storeElsewhereIsAbsolute()
  {
    QTemporaryDir other;
    const QString out = other.filePath(QStringLiteral("away.qgs"));
    const Result<ProjectExportSummary> written = ProjectExport::write(&mBoard, out, QgsRectangle());
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QVERIFY(!written.value().storeRelative);
    const QString xml = readText(out);
    QVERIFY(xml.contains(QStringLiteral("dbname='%1'").arg(mStore.path())));
    QVERIFY(xml.contains(QLatin1String("./away.gpkg|layername=layer_1")));
    QgsProject reopened;
    QVERIFY(reopened.read(out));
    for (QgsMapLayer *layer : reopened.mapLayers())
      QVERIFY2(layer->isValid(), qPrintable(layer->name()));
  }

  void refusesAndWritesNothing_data()
  {
    QTest::addColumn<QString>("name");
    QTest::newRow("pdf suffix") << QStringLiteral("map.pdf");
    QTest::newRow("double suffix") << QStringLiteral("map.qgz.txt");
    QTest::newRow("no suffix") << QStringLiteral("map");
    QTest::newRow("folder is a file") << QStringLiteral("plain.txt/map.qgz");
    QTest::newRow("missing folder") << QStringLiteral("nowhere/map.qgz");
    QTest::newRow("target is a folder") << QStringLiteral("taken.qgz");
  }
  void refusesAndWritesNothing()
  {
    QFETCH(QString, name);
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.qgz")));
    const QStringList before = fileNames(dir.path());
    const QString out = dir.filePath(name);
    QVERIFY(!ProjectExport::validate(out).ok());
    const Result<ProjectExportSummary> written = ProjectExport::write(&mBoard, out, QgsRectangle());
    QVERIFY(!written.ok());
    QVERIFY(!written.message().isEmpty());
    QCOMPARE(fileNames(dir.path()), before);
    QCOMPARE(fileNames(dir.filePath(QStringLiteral("taken.qgz"))), QStringList());
  }

  void unwritableFolder()
  {
    // Even root, whom the folder's mode does not stop, cannot create files here.
    const QString out = QStringLiteral("/proc/self/map.qgz");
    QVERIFY(!ProjectExport::write(&mBoard, out, QgsRectangle()).ok());
    QVERIFY(!QFile::exists(out));
  }

  void cancelLeavesNothing()
  {
    QTemporaryDir dir;
    QgsFeedback feedback;
    feedback.cancel();
    const Result<ProjectExportSummary> written = ProjectExport::write(&mBoard, dir.filePath(QStringLiteral("c.qgz")), QgsRectangle(), &feedback);
    QVERIFY(!written.ok());
    QCOMPARE(fileNames(dir.path()), QStringList());
  }

  void commandLine()
  {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.qgz"));
    const QgsRectangle county = StoreMapLayers::countyExtent(&mBoard);
    const QString extent = QStringLiteral("%1,%2,%3,%4").arg(county.xMinimum(), 0, 'f', 1).arg(county.yMinimum(), 0, 'f', 1)
                             .arg(county.center().x(), 0, 'f', 1).arg(county.center().y(), 0, 'f', 1);
    QCOMPARE(runExportProject({QStringLiteral("onemap"), QStringLiteral("export"), QStringLiteral("project"), QStringLiteral("--store"), mStore.path(),
                               QStringLiteral("--out"), out, QStringLiteral("--extent"), extent}),
             0);
    QgsProject reopened;
    QVERIFY(reopened.read(out));
    QCOMPARE(reopened.title(), mCounty);
    QVERIFY(qAbs(reopened.viewSettings()->defaultViewExtent().xMaximum() - county.center().x()) < 1);
    QgsProject fresh; // what the command drew: the store's layers alone
    QVERIFY(StoreMapLayers::load(mStore.path(), &fresh).ok());
    QCOMPARE(reopened.mapLayers().size(), fresh.layerTreeRoot()->findLayers().size());
    const QString bad = dir.filePath(QStringLiteral("bad.qgz"));
    QCOMPARE(runExportProject({QStringLiteral("onemap"), QStringLiteral("export"), QStringLiteral("project"), QStringLiteral("--store"), mStore.path(),
                               QStringLiteral("--out"), bad, QStringLiteral("--extent"), QStringLiteral("3,2,1")}),
             2);
    QCOMPARE(runExportProject({QStringLiteral("onemap"), QStringLiteral("export"), QStringLiteral("project"), QStringLiteral("--store"), mStore.path(),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))}),
             2);
    QVERIFY(!QFile::exists(bad));
  }

private:
  testing::SampleStore mStore;
  QgsProject mBoard;
  QList<LayerFacts> mBoardFacts;
  QString mCounty;
  long long mBalanceFeatures = 0;
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestExportProject test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_export_project.moc"
