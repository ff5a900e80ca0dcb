// The atlas of all townships of the sample county at 300 dpi, in one run:
//  (a) sequential: the layout draws each page's map itself (jobs = 1);
//  (b) parallel: the map images are rendered in worker threads, up to
//      `jobs` pages ahead, while the main thread composes and writes pages
//      (see TownshipAtlas.h for what runs where).
// Runs alternate a/b; prints every time, the medians, the ratio a/b and the
// core count, for PNG pages and for one multi-page PDF.
//   bench_atlas [repetitions=3] [jobs=cores] [dpi=300] [workdir]
#include "app/QgisRuntime.h"
#include "export/atlas/TownshipAtlas.h"
#include "sample/SampleCounty.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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

// Seconds for one whole atlas (open + write), or -1 on failure.
double timeAtlas(AtlasOptions options, int *pages)
{
  QElapsedTimer timer;
  timer.start();
  TownshipAtlas atlas(options);
  if (Status opened = atlas.open(); !opened) {
    std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
    return -1;
  }
  auto written = atlas.write();
  if (!written) {
    std::fprintf(stderr, "%s\n", qPrintable(written.message()));
    return -1;
  }
  *pages = atlas.count();
  return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
  QgisRuntime runtime(argc, argv, false, QStringLiteral("zh"));
  const QStringList args = QCoreApplication::arguments();
  const int cores = QThread::idealThreadCount();
  const int repetitions = args.size() > 1 ? qMax(1, args[1].toInt()) : 3;
  const int jobs = args.size() > 2 && args[2].toInt() > 1 ? args[2].toInt() : qMax(2, cores);
  const int dpi = args.size() > 3 ? args[3].toInt() : 300;
  QTemporaryDir scratch;
  const QString work = args.size() > 4 ? args[4] : scratch.path();
  QDir().mkpath(work);

  const QString storePath = QDir(work).filePath(QStringLiteral("bench_atlas.onemap.sqlite"));
  QFile::remove(storePath);
  {
    auto store = Store::open(storePath, Store::Mode::CreateIfMissing);
    if (!store || !SampleCounty::generate(*store.value(), SampleOptions()).ok()) {
      std::fprintf(stderr, "cannot make the sample store at %s\n", qPrintable(storePath));
      return 1;
    }
  }
  std::printf("atlas of all townships, %d dpi, %d core(s), parallel jobs %d, %d repetition(s)\n", dpi, cores, jobs, repetitions);

  for (const QString format : {QStringLiteral("png"), QStringLiteral("pdf")}) {
    QVector<double> sequential, parallel;
    int pages = 0;
    for (int r = 0; r < repetitions; ++r) {
      for (int j : {1, jobs}) {
        AtlasOptions o;
        o.storePath = storePath;
        o.format = format;
        o.dpi = dpi;
        o.jobs = j;
        o.outPath = format == QLatin1String("pdf") ? QDir(work).filePath(QStringLiteral("atlas-%1.pdf").arg(j)) : QDir(work).filePath(QStringLiteral("png-%1").arg(j));
        const double s = timeAtlas(o, &pages);
        if (s < 0)
          return 1;
        (j == 1 ? sequential : parallel) << s;
        std::printf("  %s run %d jobs %d: %.2f s\n", qPrintable(format), r + 1, j, s);
        std::fflush(stdout);
      }
    }
    const double a = median(sequential), b = median(parallel);
    std::printf("%s: %d pages; median sequential %.2f s, parallel (%d jobs) %.2f s; ratio sequential/parallel %.2f\n", qPrintable(format), pages, a, jobs, b,
                b > 0 ? a / b : 0.0);
  }
  return 0;
}
