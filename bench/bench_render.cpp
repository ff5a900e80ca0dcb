// The whole sample county on a video wall, in one run:
//  (a) the board's way: the board's layers with BoardRendering (point layers
//      drawn from snapshots, see desktop/map/render/BoardRendering.h);
//  (b) plain QGIS: the same store tables as spatialite-provider layers with
//      the same styles, QgsMapRendererParallelJob, default map settings.
// Both draw the same views with the same map settings; runs alternate a/b.
// Prints medians, the ratio a/b and the share of pixels that differ, for the
// full county, a pan (extent shifted by 10%) and a zoom-in (x2), each after
// the full view.
//   bench_render [--scale 400] [--runs 5] [--size 5760x2160] [--store FILE]
// --store reuses FILE when it exists (made at another --scale it says so).
#include "ImageCompare.h"
#include "app/QgisRuntime.h"
#include "map/StoreMapLayers.h"
#include "map/render/BoardRendering.h"
#include "sample/SampleCounty.h"
#include "store/Store.h"

#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace onemap;

namespace {

double median(QVector<double> v)
{
  std::sort(v.begin(), v.end());
  return v.isEmpty() ? 0 : v[v.size() / 2];
}

bool gLabels = true;

QgsMapSettings settingsFor(QgsProject &project, const QSize &size, const QgsRectangle &extent)
{
  QgsMapSettings s;
  s.setFlag(Qgis::MapSettingsFlag::DrawLabeling, gLabels);
  s.setOutputSize(size);
  s.setDestinationCrs(project.crs());
  s.setExtent(extent);
  s.setLayers(project.layerTreeRoot()->checkedLayers());
  s.setExpressionContext(QgsExpressionContext(QgsExpressionContextUtils::globalProjectLayerScopes(nullptr)) << QgsExpressionContextUtils::projectScope(&project));
  return s;
}

// Seconds for one frame, and the image.
template<typename Job = QgsMapRendererParallelJob>
double frame(const QgsMapSettings &settings, QImage *image, QgsMapRendererCache *cache = nullptr)
{
  QElapsedTimer timer;
  timer.start();
  Job job(settings);
  job.setCache(cache);
  job.start();
  job.waitForFinished();
  const double seconds = timer.nsecsElapsed() / 1e9;
  if (qEnvironmentVariableIsSet("ONEMAP_BENCH_LAYERS")) {
    const auto times = job.perLayerRenderingTime();
    for (auto it = times.cbegin(); it != times.cend(); ++it)
      if (it.value() > 20)
        std::printf("    %6d ms  %s\n", it.value(), qPrintable(it.key()->name()));
    std::printf("    total %.3f s\n", seconds);
  }
  if (image)
    *image = job.renderedImage();
  return seconds;
}

struct View
{
  const char *name;
  QgsRectangle extent;
};

} // namespace

int main(int argc, char **argv)
{
  std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure shows as it is measured, also into a file
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QgisRuntime runtime(argc, argv, false, QStringLiteral("zh"));
  QCommandLineParser parser;
  parser.addOption({QStringLiteral("scale"), QStringLiteral("sample scale"), QStringLiteral("K"), QStringLiteral("400")});
  parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of each way per view"), QStringLiteral("N"), QStringLiteral("5")});
  parser.addOption({QStringLiteral("size"), QStringLiteral("image size"), QStringLiteral("WxH"), QStringLiteral("5760x2160")});
  parser.addOption({QStringLiteral("store"), QStringLiteral("store file to make or reuse"), QStringLiteral("FILE")});
  parser.addOption({QStringLiteral("view"), QStringLiteral("only this view: full, pan or zoom (repeatable)"), QStringLiteral("NAME")});
  parser.addOption({QStringLiteral("zoom"), QStringLiteral("zoom factor of the zoom view (default 2)"), QStringLiteral("F"), QStringLiteral("2")});
  parser.addOption({QStringLiteral("plain-vs-plain"), QStringLiteral("draw (a) the plain way too, to see how far plain QGIS agrees with itself")});
  parser.addOption({QStringLiteral("no-labels"), QStringLiteral("draw without labels (both ways)")});
  parser.addOption({QStringLiteral("save"), QStringLiteral("folder for the full-view images"), QStringLiteral("DIR")});
  parser.process(QCoreApplication::arguments());
  const int scale = parser.value(QStringLiteral("scale")).toInt();
  gLabels = !parser.isSet(QStringLiteral("no-labels"));
  const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
  const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
  const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
  if (scale < 1 || size.isEmpty()) {
    std::fprintf(stderr, "bad --scale or --size\n");
    return 2;
  }

  QTemporaryDir scratch;
  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                  : QDir(scratch.path()).filePath(QStringLiteral("bench_render.onemap.sqlite"));
  if (!QFileInfo::exists(storePath)) {
    QElapsedTimer made;
    made.start();
    auto store = Store::open(storePath, Store::Mode::CreateIfMissing);
    SampleOptions options;
    options.scale = scale;
    if (!store || !SampleCounty::generate(*store.value(), options).ok()) {
      std::fprintf(stderr, "cannot make the sample store at %s\n", qPrintable(storePath));
      return 1;
    }
    std::printf("made the sample county at --scale %d in %.1f s: %s\n", scale, made.nsecsElapsed() / 1e9, qPrintable(storePath));
  } else {
    std::printf("reusing %s (made earlier; its --scale is whatever it was made with)\n", qPrintable(storePath));
  }

  QgsProject plain, board;
  for (QgsProject *project : {&plain, &board})
    if (Status loaded = StoreMapLayers::load(storePath, project); !loaded) {
      std::fprintf(stderr, "%s\n", qPrintable(loaded.message()));
      return 1;
    }
  qint64 points = 0;
  for (QgsMapLayer *layer : board.layerTreeRoot()->checkedLayers())
    if (auto *v = qobject_cast<QgsVectorLayer *>(layer); v && v->geometryType() == QgsWkbTypes::PointGeometry)
      points += v->featureCount();

  QElapsedTimer built;
  built.start();
  BoardRendering rendering(&board);
  if (!rendering.waitUntilReady(10 * 60 * 1000)) {
    std::fprintf(stderr, "snapshots not ready after 10 minutes\n");
    return 1;
  }
  const double snapshotSeconds = built.nsecsElapsed() / 1e9;
  // Label characters are drawn ahead at idle priority once snapshots exist.
  if (!rendering.waitUntilLabelsWarm(10 * 60 * 1000)) {
    std::fprintf(stderr, "label characters not drawn after 10 minutes\n");
    return 1;
  }
  const double warmSeconds = built.nsecsElapsed() / 1e9 - snapshotSeconds;

  const QgsRectangle county = StoreMapLayers::countyExtent(&board);
  QgsRectangle shifted = county;
  shifted.setXMinimum(county.xMinimum() + county.width() * 0.1);
  shifted.setXMaximum(county.xMaximum() + county.width() * 0.1);
  QgsRectangle zoomed = county;
  zoomed.scale(1.0 / parser.value(QStringLiteral("zoom")).toDouble());
  const View views[] = {{"full county", county}, {"pan 10%", shifted}, {"zoom-in x2", zoomed}};

  std::printf("%dx%d, %lld visible points in %d snapshot layer(s) (snapshots built in %.2f s in the background, label characters drawn %.2f s after), "
              "%d core(s), %d run(s) each\n",
              size.width(), size.height(), points, rendering.keepers().size(), snapshotSeconds, warmSeconds, QThread::idealThreadCount(), runs);
  std::printf("%-12s %10s %10s %8s %10s\n", "view", "board s", "plain s", "ratio", "pixels≠");
  double boardFull = 0;
  const QStringList only = parser.values(QStringLiteral("view"));
  for (const View &view : views) {
    if (!only.isEmpty() && !only.contains(QString::fromLatin1(view.name).section(QLatin1Char(' '), 0, 0).replace(QStringLiteral("zoom-in"), QStringLiteral("zoom"))))
      continue;
    QVector<double> a, b;
    QImage imageA, imageB;
    for (int r = 0; r < runs; ++r) {
      // "after the full view": each pan/zoom frame follows a full frame, as on the wall.
      if (qstrcmp(view.name, "full county") != 0 && !qEnvironmentVariableIsSet("ONEMAP_BENCH_BOARD_ONLY")) {
        frame<QgsMapRendererSequentialJob>(settingsFor(board, size, county), nullptr);
        frame(settingsFor(plain, size, county), nullptr);
      }
      a << (parser.isSet(QStringLiteral("plain-vs-plain")) ? frame(settingsFor(plain, size, view.extent), r == 0 ? &imageA : nullptr)
                                                            : frame<QgsMapRendererSequentialJob>(settingsFor(board, size, view.extent), r == 0 ? &imageA : nullptr));
      if (!qEnvironmentVariableIsSet("ONEMAP_BENCH_BOARD_ONLY"))
        b << frame(settingsFor(plain, size, view.extent), r == 0 ? &imageB : nullptr);
    }
    const auto diff = testing::compareImages(imageA, imageB, 32);
    const double ma = median(a), mb = median(b);
    if (boardFull == 0)
      boardFull = ma;
    std::printf("%-12s %10.3f %10.3f %8.3f %9.3f%%\n", view.name, ma, mb, ma / mb, 100.0 * diff.ratio());
    if (parser.isSet(QStringLiteral("save"))) {
      QDir().mkpath(parser.value(QStringLiteral("save")));
      imageA.save(QDir(parser.value(QStringLiteral("save"))).filePath(QStringLiteral("board-%1.png").arg(QString::fromLatin1(view.name).section(QLatin1Char(' '), 0, 0))));
      imageB.save(QDir(parser.value(QStringLiteral("save"))).filePath(QStringLiteral("plain-%1.png").arg(QString::fromLatin1(view.name).section(QLatin1Char(' '), 0, 0))));
    }
    if (qstrcmp(view.name, "full county") != 0)
      std::printf("%-12s board %s / board full redraw = %.3f\n", "", view.name, ma / boardFull);
  }
  if (only.isEmpty() || only.contains(QStringLiteral("refresh"))) {
    // A change in one layer, full view: with QGIS's render cache only that
    // layer is drawn again, but every layer then has its own image to compose.
    QgsVectorLayer *dangers = StoreMapLayers::layer(&board, QStringLiteral("hidden_dangers"));
    QVector<double> oneLayer, allLayers;
    QgsMapRendererCache cache;
    frame<QgsMapRendererSequentialJob>(settingsFor(board, size, county), nullptr, &cache);
    for (int r = 0; r < runs; ++r) {
      cache.invalidateCacheForLayer(dangers);
      oneLayer << frame<QgsMapRendererSequentialJob>(settingsFor(board, size, county), nullptr, &cache);
      allLayers << frame<QgsMapRendererSequentialJob>(settingsFor(board, size, county), nullptr);
    }
    std::printf("refresh after a change to the hidden dangers, full view: cached other layers %.3f s, all layers on one painter %.3f s\n",
                median(oneLayer), median(allLayers));
  }
  return 0;
}
