// The drought plugin's layer styles read by QGIS itself: each QML loads onto a
// layer over the real store table, gives a categorized renderer with one
// category per allowed value, and draws the sample's levels and sources in
// their colours.
#include "SampleStore.h"
#include "api/HazardPlugin.h"
#include "app/QgisRuntime.h"
#include "plugins/PluginRegistry.h"

#include <QDomDocument>
#include <QtTest>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
// The layer over a store table as the board builds it (spatialite provider).
QgsVectorLayer *storeLayer(const QString &path, const QString &table, const QString &name)
{
  QgsDataSourceUri uri;
  uri.setDatabase(path);
  uri.setDataSource(QString(), table, QStringLiteral("geom"), QString(), QStringLiteral("id"));
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  return new QgsVectorLayer(uri.uri(), name, QStringLiteral("spatialite"), options);
}

// Pixels within \a tolerance of \a c on every channel.
int pixelsNear(const QImage &image, const QColor &c, int tolerance)
{
  int n = 0;
  const QImage img = image.convertToFormat(QImage::Format_RGB32);
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      const QColor p = img.pixelColor(x, y);
      n += std::abs(p.red() - c.red()) <= tolerance && std::abs(p.green() - c.green()) <= tolerance &&
           std::abs(p.blue() - c.blue()) <= tolerance;
    }
  return n;
}

// A fill colour drawn at \a alpha over white.
QColor overWhite(int r, int g, int b, double alpha)
{
  auto mix = [alpha](int v) { return int(std::lround(alpha * v + (1 - alpha) * 255)); };
  return QColor(mix(r), mix(g), mix(b));
}
} // namespace

class TestDroughtStyles : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  HazardPlugin *mPlugin = nullptr;
  std::unique_ptr<PluginRegistry> mRegistry;

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    auto s = Store::open(mSample.path());
    QVERIFY2(s.ok(), qPrintable(s.message()));
    mRegistry = std::make_unique<PluginRegistry>(QStringList {QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins")});
    mRegistry->discover();
    mPlugin = mRegistry->plugin(QStringLiteral("drought"));
    QVERIFY(mPlugin);
    const Status written = mRegistry->writeSamples(*s.value(), 2024);
    QVERIFY2(written.ok(), qPrintable(written.message()));
  }

  void stylesLoadAndDraw()
  {
    QList<QgsMapLayer *> layers;
    QgsProject project;
    for (const LayerStyle &style : mPlugin->layerStyles()) {
      QgsVectorLayer *layer = storeLayer(mSample.path(), style.table, style.title);
      project.addMapLayer(layer);
      QVERIFY2(layer->isValid(), qPrintable(style.table));
      QVERIFY(layer->featureCount() > 0);
      QDomDocument doc;
      QVERIFY(doc.setContent(style.qml));
      QString error;
      QVERIFY2(layer->importNamedStyle(doc, error), qPrintable(error));
      QVERIFY(layer->renderer());
      QCOMPARE(layer->renderer()->type(), QStringLiteral("categorizedSymbol"));
      const auto *r = static_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
      const bool sources = style.table == QLatin1String("drought_water_sources");
      QCOMPARE(r->categories().size(), sources ? 5 : 4);
      for (const QgsRendererCategory &c : r->categories()) {
        QVERIFY(!c.label().isEmpty());
        QVERIFY(c.symbol());
        QCOMPARE(c.symbol()->type(), sources ? Qgis::SymbolType::Marker : Qgis::SymbolType::Fill);
      }
      layers.append(layer); // index 0 is drawn on top: sources over the level polygons
    }
    QCOMPARE(layers.size(), 2);

    QgsMapSettings settings;
    settings.setDestinationCrs(layers.last()->crs());
    settings.setLayers(layers);
    settings.setOutputSize(QSize(800, 800));
    settings.setOutputDpi(96);
    settings.setBackgroundColor(Qt::white);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, false);
    QgsRectangle extent = layers.first()->extent();
    extent.combineExtentWith(layers.last()->extent());
    extent.scale(1.05);
    settings.setExtent(extent);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    QVERIFY(!image.isNull());
    if (qEnvironmentVariableIsSet("ONEMAP_DROUGHT_PNG"))
      image.save(qEnvironmentVariable("ONEMAP_DROUGHT_PNG"));
    // The sample has a severe township (fill 230,85,13 at 55 %) and reservoirs
    // (31,120,180 squares); both must show in their own colours.
    QVERIFY2(pixelsNear(image, overWhite(230, 85, 13, 0.55), 3) > 500, "no severe-drought fill drawn");
    QVERIFY2(pixelsNear(image, QColor(31, 120, 180), 3) > 12, "no reservoir drawn");
    project.clear();
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestDroughtStyles test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_drought_styles.moc"
