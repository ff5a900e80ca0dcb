// The snow/freeze plugin's layer styles read by QGIS itself: each QML is
// imported into a real spatialite layer of the sample store and must give the
// renderer it describes, with symbols of the layer's geometry type.
#include "SampleStore.h"
#include "api/HazardPlugin.h"
#include "app/QgisRuntime.h"
#include "plugins/PluginRegistry.h"

#include <QDomDocument>
#include <QtTest>
#include <qgsdatasourceuri.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

using namespace onemap;

class TestSnowfreezeStyles : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;

private Q_SLOTS:
  void stylesLoadIntoQgisLayers()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    PluginRegistry registry(QStringList {QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins")});
    registry.discover();
    HazardPlugin *plugin = registry.plugin(QStringLiteral("snowfreeze"));
    QVERIFY(plugin);
    {
      auto store = Store::open(mSample.path());
      QVERIFY2(store.ok(), qPrintable(store.message()));
      const Status written = registry.writeSamples(*store.value(), 2024);
      QVERIFY2(written.ok(), qPrintable(written.message()));
    }
    const QMap<QString, QString> renderers {{QStringLiteral("snow_power_lines"), QStringLiteral("categorizedSymbol")},
                                            {QStringLiteral("snow_road_segments"), QStringLiteral("singleSymbol")},
                                            {QStringLiteral("snow_village_altitude"), QStringLiteral("graduatedSymbol")}};
    const QVector<LayerStyle> styles = plugin->layerStyles();
    QCOMPARE(styles.size(), renderers.size());
    for (const LayerStyle &style : styles) {
      QgsDataSourceUri uri;
      uri.setDatabase(mSample.path());
      uri.setDataSource(QString(), style.table, QStringLiteral("geom"), QString(), QStringLiteral("id"));
      QgsVectorLayer layer(uri.uri(), style.title, QStringLiteral("spatialite"));
      QVERIFY2(layer.isValid(), qPrintable(style.table));
      QVERIFY(layer.featureCount() > 0);
      QDomDocument doc;
      QVERIFY(doc.setContent(style.qml));
      QString message;
      QVERIFY2(layer.importNamedStyle(doc, message, QgsMapLayer::Symbology), qPrintable(style.table + QLatin1Char(' ') + message));
      QVERIFY(layer.renderer());
      QCOMPARE(layer.renderer()->type(), renderers.value(style.table));
      QgsRenderContext context;
      const QgsSymbolList symbols = layer.renderer()->symbols(context);
      QVERIFY(!symbols.isEmpty());
      const Qgis::SymbolType expected = layer.geometryType() == QgsWkbTypes::LineGeometry ? Qgis::SymbolType::Line : Qgis::SymbolType::Marker;
      for (QgsSymbol *symbol : symbols)
        QVERIFY2(symbol->type() == expected, qPrintable(style.table));
    }
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("en"));
  TestSnowfreezeStyles test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_snowfreeze_styles.moc"
