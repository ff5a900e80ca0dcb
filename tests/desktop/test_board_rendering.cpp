// The board's picture is plain QGIS's picture (issue 9, point 2): the sample
// county drawn the board's way (BoardRendering, point layers from snapshots,
// QgsMapRendererSequentialJob) and the plain way (the same store tables as
// spatialite layers, QgsMapRendererParallelJob) with the same map settings
// differ in under 1% of the pixels: full county, zoomed in with labels (each
// labelled layer alone, and all together where QGIS's picture is stable),
// with a selection, in edit mode and after a legend rule is unchecked. Each check
// also proves the board frame came from where it should (snapshot or plain).
// On a mismatch both images and a diff go to build/render-report.
#include "ImageCompare.h"
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "map/render/BoardRendering.h"
#include "map/render/SnapshotKeeper.h"

#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <memory>

using namespace onemap;

namespace {

const QSize kSize(1920, 1080);
const QColor kSelection(255, 255, 0);

// A view of \a project like the board's: its layers, CRS, white background.
QgsMapSettings settingsFor(QgsProject &project, const QgsRectangle &extent, bool labels = true)
{
  QgsMapSettings s;
  s.setFlag(Qgis::MapSettingsFlag::DrawLabeling, labels);
  s.setOutputSize(kSize);
  s.setOutputDpi(96);
  s.setBackgroundColor(Qt::white);
  s.setSelectionColor(kSelection);
  s.setDestinationCrs(project.crs());
  s.setTransformContext(project.transformContext());
  s.setExtent(extent);
  s.setLayers(project.layerTreeRoot()->checkedLayers());
  s.setExpressionContext(QgsExpressionContext(QgsExpressionContextUtils::globalProjectLayerScopes(nullptr))
                         << QgsExpressionContextUtils::projectScope(&project));
  return s;
}

template<typename Job>
QImage render(const QgsMapSettings &settings)
{
  Job job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

// An extent centred on \a centre whose scale at kSize and 96 dpi is 1:denominator.
QgsRectangle extentAtScale(const QgsPointXY &centre, double denominator)
{
  const double width = denominator * kSize.width() / 96.0 * 0.0254; // metres (projected CRS)
  const double height = width * kSize.height() / kSize.width();
  return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2);
}

// Pixels close to the selection colour.
qint64 selectionPixels(const QImage &image)
{
  const QImage a = image.convertToFormat(QImage::Format_ARGB32);
  qint64 n = 0;
  for (int y = 0; y < a.height(); ++y) {
    const QRgb *row = reinterpret_cast<const QRgb *>(a.constScanLine(y));
    for (int x = 0; x < a.width(); ++x)
      if (qAbs(qRed(row[x]) - kSelection.red()) <= 24 && qAbs(qGreen(row[x]) - kSelection.green()) <= 24
          && qAbs(qBlue(row[x]) - kSelection.blue()) <= 24)
        ++n;
  }
  return n;
}

} // namespace

class TestBoardRendering : public QObject
{
  Q_OBJECT

  std::unique_ptr<testing::SampleStore> mSample;
  QgsProject mPlain;
  QgsProject mBoard;
  std::unique_ptr<BoardRendering> mRendering;
  QgsVectorLayer *mPlainDangers = nullptr;
  QgsVectorLayer *mBoardDangers = nullptr;
  SnapshotKeeper *mKeeper = nullptr;
  QgsRectangle mCounty;

  struct Frames
  {
    int snapshot = 0;
    int plain = 0;
  };
  Frames frames() const { return {mKeeper->slot()->snapshotFrames.load(), mKeeper->slot()->plainFrames.load()}; }

  // Draws \a extent both ways; returns the board image (and the plain one in \a plainOut).
  // Fails (QVERIFY in the caller through the return) when they differ in 1% or more.
  testing::ImageComparison compareBoth(const QString &name, const QgsRectangle &extent, QImage *boardOut = nullptr, QImage *plainOut = nullptr)
  {
    const QImage board = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, extent));
    const QImage plain = render<QgsMapRendererParallelJob>(settingsFor(mPlain, extent));
    QImage diff;
    const testing::ImageComparison c = testing::compareImages(board, plain, 32, &diff);
    qInfo("%s: %lld of %lld pixels differ (%.3f%%)", qPrintable(name), c.mismatched, c.total, 100.0 * c.ratio());
    if (!c.sameSize || c.ratio() >= 0.01 || qEnvironmentVariableIsSet("ONEMAP_SAVE_RENDER")) {
      board.save(testing::renderReportPath(QStringLiteral("board_rendering_") + name, QStringLiteral("_board")));
      plain.save(testing::renderReportPath(QStringLiteral("board_rendering_") + name, QStringLiteral("_plain")));
      diff.save(testing::renderReportPath(QStringLiteral("board_rendering_") + name, QStringLiteral("_diff")));
    }
    if (boardOut)
      *boardOut = board;
    if (plainOut)
      *plainOut = plain;
    return c;
  }

private Q_SLOTS:
  void initTestCase()
  {
    mSample = std::make_unique<testing::SampleStore>(2024, 20);
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
    for (QgsProject *project : {&mPlain, &mBoard})
      QVERIFY(StoreMapLayers::load(mSample->path(), project).ok());
    mPlainDangers = StoreMapLayers::layer(&mPlain, QStringLiteral("hidden_dangers"));
    mBoardDangers = StoreMapLayers::layer(&mBoard, QStringLiteral("hidden_dangers"));
    QVERIFY(mPlainDangers && mBoardDangers);
    QVERIFY(mPlainDangers->featureCount() >= 1000);
    // Overdue rings depend on the day: the same pinned day both ways.
    for (QgsVectorLayer *layer : {mPlainDangers, mBoardDangers})
      QgsExpressionContextUtils::setLayerVariable(layer, QLatin1String(LayerStyles::kTodayVariable), SampleCounty::registerDate().toString(Qt::ISODate));

    mRendering = std::make_unique<BoardRendering>(&mBoard);
    mKeeper = mRendering->keeper(mBoardDangers);
    QVERIFY(mKeeper);
    QVERIFY(mRendering->keeper(StoreMapLayers::layer(&mBoard, QStringLiteral("shelters"))));
    QVERIFY(!mRendering->keeper(mPlainDangers));
    QVERIFY(mRendering->waitUntilReady(120 * 1000));
    mCounty = StoreMapLayers::countyExtent(&mBoard);
    QVERIFY(!mCounty.isEmpty());
  }

  void fullCounty()
  {
    const Frames before = frames();
    const testing::ImageComparison c = compareBoth(QStringLiteral("full"), mCounty);
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    // The board frame was drawn from the snapshot, not by QGIS reading the table.
    QCOMPARE(frames().snapshot, before.snapshot + 1);
    QCOMPARE(frames().plain, before.plain);
  }

  void zoomedWithLabels_data()
  {
    QTest::addColumn<double>("denominator");
    QTest::addColumn<double>("tolerance");
    // Where team, depot and shelter labels compete, QGIS's own picture
    // changes from run to run (measured: 1.4-2.0% of pixels between two
    // plain renders; see oneLabelledLayer): checked there to within 5%,
    // which still fails when the board drops the labels (over 10%).
    QTest::newRow("1:40000 (team, depot and shelter labels)") << 40000.0 << 0.05;
    QTest::newRow("1:20000 (hidden-danger labels too)") << 20000.0 << 0.01;
  }
  void zoomedWithLabels()
  {
    QFETCH(double, denominator);
    QFETCH(double, tolerance);
    const QgsRectangle extent = extentAtScale(mCounty.center(), denominator);
    QgsMapSettings check = settingsFor(mBoard, extent);
    QVERIFY2(qAbs(check.scale() / denominator - 1) < 0.02, qPrintable(QString::number(check.scale())));

    const Frames before = frames();
    QImage board;
    const testing::ImageComparison c = compareBoth(QStringLiteral("zoom%1").arg(int(denominator)), extent, &board);
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < tolerance, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    QCOMPARE(frames().snapshot, before.snapshot + 1);
    QCOMPARE(frames().plain, before.plain);

    // The view really has labels: without them the board's image differs a lot.
    const QImage unlabelled = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, extent, false));
    const testing::ImageComparison labels = testing::compareImages(board, unlabelled, 32);
    qInfo("labels cover %lld pixels", labels.mismatched);
    QVERIFY2(labels.mismatched > 2000, qPrintable(QString::number(labels.mismatched)));

    if (denominator <= 25000) {
      // Hidden-danger labels show below 1:25000 and the board draws them:
      // with that layer's labels off the image loses pixels.
      mBoardDangers->setLabelsEnabled(false);
      const QImage noDangerLabels = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, extent));
      mBoardDangers->setLabelsEnabled(true);
      const testing::ImageComparison dangerLabels = testing::compareImages(board, noDangerLabels, 32);
      qInfo("hidden-danger labels cover %lld pixels", dangerLabels.mismatched);
      QVERIFY2(dangerLabels.mismatched > 500, qPrintable(QString::number(dangerLabels.mismatched)));
    }
  }

  // QGIS's own picture of a view where several layers' labels compete is
  // not fixed: its label engine takes the layers in an order that changes
  // from run to run. One labelled layer at a time the order does not
  // matter, and there the board must match plain QGIS as closely as anywhere.
  void oneLabelledLayer_data()
  {
    QTest::addColumn<QString>("layerName");
    for (QgsMapLayer *layer : mBoard.layerTreeRoot()->checkedLayers())
      if (auto *vector = qobject_cast<QgsVectorLayer *>(layer); vector && vector->labelsEnabled())
        QTest::newRow(qPrintable(vector->name())) << vector->name();
  }
  void oneLabelledLayer()
  {
    QFETCH(QString, layerName);
    const QgsRectangle extent = extentAtScale(mCounty.center(), 40000);
    auto only = [&](QgsProject &project, bool on) {
      QList<QgsVectorLayer *> switched;
      for (QgsMapLayer *layer : project.layerTreeRoot()->checkedLayers())
        if (auto *vector = qobject_cast<QgsVectorLayer *>(layer); vector && vector->name() != layerName && vector->labelsEnabled() != on) {
          vector->setLabelsEnabled(on);
          switched << vector;
        }
      return switched;
    };
    const QList<QgsVectorLayer *> switched = only(mPlain, false) + only(mBoard, false);
    const QImage plainAgain = render<QgsMapRendererParallelJob>(settingsFor(mPlain, extent));
    QImage board, plain;
    const testing::ImageComparison c = compareBoth(QStringLiteral("labels_") + layerName, extent, &board, &plain);
    const testing::ImageComparison self = testing::compareImages(plain, plainAgain, 32);
    const QImage unlabelled = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, extent, false));
    for (QgsVectorLayer *layer : switched)
      layer->setLabelsEnabled(true);
    qInfo("plain QGIS against itself: %lld pixels differ", self.mismatched);
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    const testing::ImageComparison labels = testing::compareImages(board, unlabelled, 32);
    qInfo("%s labels cover %lld pixels", qPrintable(layerName), labels.mismatched);
    QCOMPARE(self.mismatched, 0); // one layer's labels: QGIS's picture is fixed
  }

  void selection()
  {
    QgsFeatureIds ids;
    int i = 0;
    for (QgsFeatureId id : mPlainDangers->allFeatureIds())
      if (i++ % 7 == 0)
        ids.insert(id);
    QVERIFY(ids.size() > 100);
    const QImage unselected = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, mCounty));
    mPlainDangers->selectByIds(ids);
    mBoardDangers->selectByIds(ids);

    const Frames before = frames();
    QImage board, plain;
    const testing::ImageComparison c = compareBoth(QStringLiteral("selection"), mCounty, &board, &plain);
    mPlainDangers->removeSelection();
    mBoardDangers->removeSelection();
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    QCOMPARE(frames().snapshot, before.snapshot + 1);
    QCOMPARE(frames().plain, before.plain);

    // The selection colour is there, both ways, and not without the selection.
    const qint64 inBoard = selectionPixels(board), inPlain = selectionPixels(plain), without = selectionPixels(unselected);
    qInfo("selection-coloured pixels: board %lld, plain %lld, nothing selected %lld", inBoard, inPlain, without);
    QVERIFY(inBoard > without + 1000);
    QVERIFY(inPlain > without + 1000);
    QVERIFY(qAbs(inBoard - inPlain) < inPlain / 10);
  }

  void editModeDrawsPlain()
  {
    QVERIFY(mBoardDangers->startEditing());
    const Frames before = frames();
    const testing::ImageComparison c = compareBoth(QStringLiteral("editing"), mCounty);
    const Frames after = frames();
    QVERIFY(mBoardDangers->rollBack());
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    // A layer being edited is drawn the plain way (its edit buffer is not in the snapshot).
    QCOMPARE(after.plain, before.plain + 1);
    QCOMPARE(after.snapshot, before.snapshot);
    QVERIFY(mRendering->waitUntilReady(60 * 1000));
  }

  void legendToggle()
  {
    // The first hazard-type rule (landslides), the same item both ways.
    const QgsLegendSymbolList plainItems = mPlainDangers->renderer()->legendSymbolItems();
    const QgsLegendSymbolList boardItems = mBoardDangers->renderer()->legendSymbolItems();
    QCOMPARE(boardItems.size(), plainItems.size());
    QVERIFY(!plainItems.isEmpty());
    QCOMPARE(boardItems.first().label(), plainItems.first().label());
    QVERIFY(mBoardDangers->renderer()->legendSymbolItemsCheckable());
    const QImage allOn = render<QgsMapRendererSequentialJob>(settingsFor(mBoard, mCounty));

    const int buildsBefore = mKeeper->fullBuilds();
    // As QGIS's layer tree does when a legend item is unchecked.
    for (auto [layer, key] : {qMakePair(mPlainDangers, plainItems.first().ruleKey()), qMakePair(mBoardDangers, boardItems.first().ruleKey())}) {
      layer->renderer()->checkLegendSymbolItem(key, false);
      layer->emitStyleChanged();
      layer->triggerRepaint();
    }
    QVERIFY(!mBoardDangers->renderer()->legendSymbolItemChecked(boardItems.first().ruleKey()));
    QVERIFY(mRendering->waitUntilReady(60 * 1000));
    QCOMPARE(mKeeper->fullBuilds(), buildsBefore + 1);

    const Frames before = frames();
    QImage board;
    const testing::ImageComparison c = compareBoth(QStringLiteral("legend_toggle"), mCounty, &board);
    for (auto [layer, key] : {qMakePair(mPlainDangers, plainItems.first().ruleKey()), qMakePair(mBoardDangers, boardItems.first().ruleKey())}) {
      layer->renderer()->checkLegendSymbolItem(key, true);
      layer->emitStyleChanged();
    }
    QVERIFY(c.sameSize);
    QVERIFY2(c.ratio() < 0.01, qPrintable(QStringLiteral("%1 pixels differ").arg(c.mismatched)));
    QCOMPARE(frames().snapshot, before.snapshot + 1);
    QCOMPARE(frames().plain, before.plain);
    // The rule really went off: the board's picture lost those points.
    const testing::ImageComparison toggled = testing::compareImages(board, allOn, 32);
    qInfo("unchecking the rule changed %lld pixels", toggled.mismatched);
    QVERIFY2(toggled.mismatched > 1000, qPrintable(QString::number(toggled.mismatched)));
    QVERIFY(mRendering->waitUntilReady(60 * 1000));
  }

  void cleanupTestCase()
  {
    mRendering.reset();
    mBoard.clear();
    mPlain.clear();
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestBoardRendering test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_board_rendering.moc"
