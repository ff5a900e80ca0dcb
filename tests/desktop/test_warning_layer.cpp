// The warnings map layer: level rules drawn red over orange over yellow over
// blue, labels whose stage moves on with the (pinned) clock through the same
// WarningStage::at the dock uses, the history filter, and the temporal filter
// the replay uses: at a time inside a warning's span its area is drawn, outside
// it is not (pixels at the area's centre against the plain map).
#include "ImageCompare.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "map/WarningLayer.h"
#include "warnings/Warning.h"
#include "warnings/WarningTimeline.h"

#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayertemporalproperties.h>

using namespace onemap;

namespace {
QString evaluate(QgsVectorLayer *layer, const QString &expression, const QgsFeature &f)
{
  QgsExpressionContext context;
  context << QgsExpressionContextUtils::globalScope() << QgsExpressionContextUtils::layerScope(layer);
  context.setFeature(f);
  QgsExpression e(expression);
  const QVariant v = e.evaluate(&context);
  return e.hasEvalError() ? QStringLiteral("ERROR: ") + e.evalErrorString() : v.toString();
}
QgsFeature featureWhere(QgsVectorLayer *layer, const QString &filter)
{
  QgsFeature f;
  layer->getFeatures(QgsFeatureRequest().setFilterExpression(filter)).nextFeature(f);
  return f;
}
} // namespace

class TestWarningLayer : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;
  QgsProject mProject;
  QgsVectorLayer *mLayer = nullptr;
  // Sample warnings: sent 08:00, onset 20:00, expires next day 20:00 (Beijing).
  QString mDay = SampleCounty::registerDate().toString(Qt::ISODate);
  QDateTime at(const QString &dayOffsetTime) const { return QDateTime::fromString(mDay + dayOffsetTime, Qt::ISODate); }

  QImage render(const QgsDateTimeRange &range)
  {
    QgsMapSettings settings;
    settings.setDestinationCrs(mProject.crs());
    settings.setTransformContext(mProject.transformContext());
    settings.setLayers({mLayer});
    settings.setOutputSize(QSize(300, 300));
    settings.setOutputDpi(96);
    settings.setBackgroundColor(Qt::white);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, false);
    settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, false);
    QgsRectangle extent = StoreMapLayers::countyExtent(&mProject);
    settings.setExtent(extent);
    if (range.begin().isValid()) {
      // Local times and an open end, as the temporal controller gives frames.
      settings.setIsTemporal(true);
      settings.setTemporalRange(QgsDateTimeRange(range.begin().toLocalTime(), range.end().toLocalTime(), true, false));
    }
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
  }

  // Pixel of the map at the centre of the warning area \a filter selects.
  QPoint pixelOf(const QString &filter)
  {
    QgsFeature f = featureWhere(mLayer, filter);
    QgsMapSettings settings;
    settings.setDestinationCrs(mProject.crs());
    settings.setOutputSize(QSize(300, 300));
    settings.setExtent(StoreMapLayers::countyExtent(&mProject));
    QgsCoordinateTransform tr(mLayer->crs(), mProject.crs(), mProject.transformContext());
    const QgsPointXY p = tr.transform(f.geometry().pointOnSurface().asPoint());
    const QgsPointXY px = settings.mapToPixel().transform(p);
    return QPoint(qRound(px.x()), qRound(px.y()));
  }

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mLayer = StoreMapLayers::layer(&mProject, QStringLiteral("warnings"));
    QVERIFY(mLayer);
    QCOMPARE(mLayer->featureCount(), 3LL);
  }

  void rulesDrawSevereLevelsOnTop()
  {
    auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>(mLayer->renderer());
    QVERIFY(renderer);
    QVERIFY(renderer->usingSymbolLevels());
    QMap<QString, int> pass;
    for (QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children())
      for (const QString &level : Warning::levels())
        if (rule->filterExpression() == QStringLiteral("\"status\" = 'active' AND \"level\" = '%1'").arg(level))
          pass[level] = rule->symbol()->symbolLayer(0)->renderingPass();
    QCOMPARE(pass.size(), 4);
    QVERIFY(pass["red"] > pass["orange"]);
    QVERIFY(pass["orange"] > pass["yellow"]);
    QVERIFY(pass["yellow"] > pass["blue"]);
  }

  void stageLabelMovesOnWithTheClock()
  {
    // The flood warning was issued at 6h; rain (onset) at 20:00.
    const QgsFeature flood = featureWhere(mLayer, QStringLiteral("\"hazard\" = 'flood'"));
    QVERIFY(flood.isValid());
    auto stageAt = [&](const QString &time) {
      QgsExpressionContextUtils::setLayerVariable(mLayer, QLatin1String(WarningLayer::kNowVariable), at(time).toString(Qt::ISODate));
      return evaluate(mLayer, WarningLayer::stageExpression(), flood);
    };
    QCOMPARE(stageAt(QStringLiteral("T08:00:00+08:00")), QStringLiteral("6h")); // as issued, not back to 24h
    QCOMPARE(stageAt(QStringLiteral("T18:30:00+08:00")), QStringLiteral("2h"));
    QCOMPARE(stageAt(QStringLiteral("T20:00:00+08:00")), QStringLiteral("live"));
    const QString label = evaluate(mLayer, WarningLayer::labelExpression(), flood);
    QCOMPARE(label, QStringLiteral("Live Flood Orange"));
    // The rainstorm warning, issued at 24h, still 24h twelve hours ahead.
    const QgsFeature rain = featureWhere(mLayer, QStringLiteral("\"hazard\" = 'rainstorm'"));
    QgsExpressionContextUtils::setLayerVariable(mLayer, QLatin1String(WarningLayer::kNowVariable), at(QStringLiteral("T08:00:00+08:00")).toString(Qt::ISODate));
    QCOMPARE(evaluate(mLayer, WarningLayer::labelExpression(), rain), QStringLiteral("24 hours Rainstorm Yellow"));
    QVERIFY(mLayer->labelsEnabled());
    auto *labeling = dynamic_cast<QgsVectorLayerSimpleLabeling *>(mLayer->labeling());
    QVERIFY(labeling);
    QCOMPARE(labeling->settings().fieldName, WarningLayer::labelExpression());
    QgsExpressionContextUtils::setLayerVariable(mLayer, QLatin1String(WarningLayer::kNowVariable), QVariant());
  }

  void historyShowsEveryStatus()
  {
    QCOMPARE(mLayer->subsetString(), WarningLayer::inForceSubset());
    WarningLayer::setHistory(mLayer, true);
    QVERIFY(WarningLayer::showsHistory(mLayer));
    QCOMPARE(mLayer->subsetString(), QString());
    WarningLayer::setHistory(mLayer, false);
    QCOMPARE(mLayer->subsetString(), WarningLayer::inForceSubset());
  }

  void temporalFilterDrawsWarningsOnlyInTheirSpan()
  {
    auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>(mLayer->temporalProperties());
    QVERIFY(temporal && temporal->isActive());
    QCOMPARE(temporal->startExpression(), WarningLayer::startExpression());

    const QPoint p = pixelOf(QStringLiteral("\"hazard\" = 'geological'"));
    const QImage plain = render(QgsDateTimeRange());
    QVERIFY(!plain.isNull());
    QVERIFY2(plain.pixelColor(p) != QColor(Qt::white), "the area is drawn without a time filter");
    const QColor blue = LayerStyles::warningColour(QStringLiteral("blue"));
    // Noon on the day after it was sent: in force.
    const QDateTime inside = at(QStringLiteral("T12:00:00+08:00")).addDays(1);
    const QImage during = render(QgsDateTimeRange(inside, inside.addSecs(3600)));
    QCOMPARE(during.pixelColor(p), plain.pixelColor(p));
    QVERIFY(during.pixelColor(p).blue() > during.pixelColor(p).red());
    Q_UNUSED(blue)
    // The first hour it is in force, and the hour before (the machine runs on
    // UTC here, the sender on +08:00: offsets must not shift the span).
    const QDateTime effective = at(QStringLiteral("T08:00:00+08:00"));
    QCOMPARE(render(QgsDateTimeRange(effective, effective.addSecs(3600))).pixelColor(p), plain.pixelColor(p));
    QCOMPARE(render(QgsDateTimeRange(effective.addSecs(-3600), effective)).pixelColor(p), QColor(Qt::white));
    // The day before it was sent, and two days after it expired: not drawn.
    const QDateTime before = at(QStringLiteral("T12:00:00+08:00")).addDays(-1);
    QCOMPARE(render(QgsDateTimeRange(before, before.addSecs(3600))).pixelColor(p), QColor(Qt::white));
    const QDateTime after = at(QStringLiteral("T12:00:00+08:00")).addDays(3);
    QCOMPARE(render(QgsDateTimeRange(after, after.addSecs(3600))).pixelColor(p), QColor(Qt::white));
  }

  void replayWindowCoversTheStoredWarnings()
  {
    auto store = Store::open(mSample.path());
    QVERIFY(store);
    const TimeWindow span = WarningTimeline::span(*store.value());
    QVERIFY(span.isValid());
    QCOMPARE(span.begin, at(QStringLiteral("T08:00:00+08:00")));
    QCOMPARE(span.end, at(QStringLiteral("T20:00:00+08:00")).addDays(1));
    // Long after: the last three days up to the last warning's end.
    const TimeWindow archive = WarningTimeline::replayWindow(span, span.end.addDays(30));
    QCOMPARE(archive.end, span.end);
    QCOMPARE(archive.begin, span.end.addDays(-3));
    // During: three days back from now, on whole hours, on to the latest expiry.
    const QDateTime now = at(QStringLiteral("T10:30:00+08:00"));
    const TimeWindow live = WarningTimeline::replayWindow(span, now);
    QCOMPARE(live.end, span.end);
    QCOMPARE(live.begin.time().minute(), 0);
    QVERIFY(live.begin <= span.begin);
  }

  void historyIsDrawnMuted()
  {
    // The blue warning expires; in force only, its area is blank; with the
    // history it is drawn, but paler than when it was in force.
    const QPoint p = pixelOf(QStringLiteral("\"hazard\" = 'geological'"));
    const QColor inForce = render(QgsDateTimeRange()).pixelColor(p);
    {
      auto store = Store::open(mSample.path());
      Warnings warnings(*store.value());
      Warning w = warnings.where(QStringLiteral("hazard = 'geological'")).first();
      w.status = QStringLiteral("expired");
      QVERIFY(warnings.update(w, QStringLiteral("test")));
    }
    mLayer->dataProvider()->updateExtents();
    mLayer->reload();
    QCOMPARE(render(QgsDateTimeRange()).pixelColor(p), QColor(Qt::white));
    WarningLayer::setHistory(mLayer, true);
    const QImage history = render(QgsDateTimeRange());
    const QColor muted = history.pixelColor(p);
    if (muted == QColor(Qt::white) || muted.saturation() >= inForce.saturation())
      history.save(testing::renderReportPath(QStringLiteral("warnings_history"), QStringLiteral("_rendered")));
    QVERIFY(muted != QColor(Qt::white));
    QVERIFY2(muted.saturation() < inForce.saturation(), qPrintable(muted.name() + QStringLiteral(" vs ") + inForce.name()));
    WarningLayer::setHistory(mLayer, false);
  }

  void cleanupTestCase() { mProject.clear(); }
};

int main(int argc, char **argv)
{
  // A machine clock that is not the sender's offset (+08:00) is the case
  // where comparing wall-clock fields would go wrong.
  qputenv("TZ", "UTC");
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestWarningLayer test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_warning_layer.moc"
