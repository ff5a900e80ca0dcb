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

    const QString name = QStringLiteral("sample_county_full_view");
    const QString controlPath = testing::controlImagePath(name);
    if (qEnvironmentVariableIsSet("ONEMAP_UPDATE_CONTROL")) {
      QVERIFY(rendered.save(controlPath));
      QSKIP("control image rewritten; review it before committing");
    }
    const QImage control(controlPath);
    QVERIFY2(!control.isNull(), qPrintable(QStringLiteral("no control image at ") + controlPath));
    QImage diff;
    const testing::ImageComparison c = testing::compareImages(rendered, control, 40, &diff);
    if (!c.sameSize || c.ratio() > 0.01) {
      rendered.save(testing::renderReportPath(name, QStringLiteral("_rendered")));
      diff.save(testing::renderReportPath(name, QStringLiteral("_diff")));
    }
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() <= 0.01, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(c.mismatched).arg(c.total)));
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
