// The sample county's full view, drawn with the board's layers and styles,
// against a control image (tolerance in colour and in share of pixels).
// ONEMAP_UPDATE_CONTROL=1 rewrites the control image: look at it before committing.
#include "ImageCompare.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"

#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

using namespace onemap;

class TestRender : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void sampleCountyFullView()
  {
    testing::SampleStore sample;
    QVERIFY2(sample.ok(), qPrintable(sample.message()));
    QgsProject project;
    QVERIFY(StoreMapLayers::load(sample.path(), &project).ok());
    // Overdue rings depend on the day: pin it to the sample's register date
    // so the image does not change with the calendar.
    QgsVectorLayer *dangers = StoreMapLayers::layer(&project, QStringLiteral("hidden_dangers"));
    QVERIFY(dangers);
    QgsExpressionContextUtils::setLayerVariable(dangers, QLatin1String(LayerStyles::kTodayVariable), SampleCounty::registerDate().toString(Qt::ISODate));

    QgsMapSettings settings;
    settings.setDestinationCrs(project.crs());
    settings.setTransformContext(project.transformContext());
    settings.setLayers(project.layerTreeRoot()->checkedLayers());
    settings.setOutputSize(QSize(900, 640));
    settings.setOutputDpi(96);
    settings.setBackgroundColor(Qt::white);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, false);
    QgsRectangle extent = StoreMapLayers::countyExtent(&project);
    extent.scale(1.05);
    settings.setExtent(extent);

    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    const QImage rendered = job.renderedImage();
    QVERIFY(!rendered.isNull());

    const testing::ControlCheck check = testing::checkControlImage(rendered, QStringLiteral("sample_county_full_view"), 0.01);
    if (check.rewritten)
      QSKIP("control image rewritten; review it before committing");
    QVERIFY2(check.failure.isEmpty(), qPrintable(check.failure));
    project.clear();
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestRender test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_render.moc"
