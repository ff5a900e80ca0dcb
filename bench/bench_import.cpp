// Importing N CSV rows (GBK, Chinese headers, lon/lat columns) into the
// hidden-danger ledger of a fresh sample county, against
// `ogr2ogr -f SQLite -dsco SPATIALITE=YES` on the same file in the same run.
// Our import validates every row (types, codes, inside-county, duplicate
// keys), transcodes GBK to UTF-8, upserts by code and audits; ogr2ogr copies.
//   bench_import [rows=1000000] [workdir]
#include "import/CountyOutline.h"
#include "import/Importer.h"
#include "sample/SampleCounty.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextCodec>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <random>
#include <sys/resource.h>

using namespace onemap;

namespace {
// CPU seconds (user + system) of this process or of its finished children:
// on a shared machine these vary less than the wall clock.
double cpuSeconds(int who)
{
  rusage u {};
  getrusage(who, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

QByteArray gbk(const char *utf8) { return QTextCodec::codecForName("GB18030")->fromUnicode(QString::fromUtf8(utf8)); }

bool writeCsv(const QString &path, qint64 rows, const CountyOutline &county, double minX, double minY, double maxX, double maxY)
{
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return false;
  f.write(gbk("编号,名称,灾种,规模,威胁人数,威胁户数,威胁财产,经度,纬度,监测人,责任单位,责任人,联系电话,防治措施,整改期限\n"));
  const QByteArray kinds[] = {gbk("滑坡"), gbk("崩塌"), gbk("泥石流"), gbk("不稳定斜坡"), gbk("地面塌陷")};
  const QByteArray scales[] = {gbk("小型"), gbk("中型"), gbk("大型")};
  const QByteArray names[] = {gbk("后山"), gbk("北坡"), gbk("河口"), gbk("岩脚"), gbk("大湾")};
  const QByteArray people[] = {gbk("张伟"), gbk("王芳"), gbk("李强"), gbk("刘洋"), gbk("陈静")};
  const QByteArray unit = gbk("镇人民政府"), measures = gbk("群测群防，汛期巡查"), suffix = gbk("隐患点");
  std::mt19937_64 rng(2024);
  std::uniform_real_distribution<double> ux(minX, maxX), uy(minY, maxY);
  QByteArray buf;
  buf.reserve(1 << 22);
  for (qint64 i = 0; i < rows; ++i) {
    double x = 0, y = 0;
    do { // test the coordinates as written (6 decimals), not the exact draw
      x = std::round(ux(rng) * 1e6) / 1e6;
      y = std::round(uy(rng) * 1e6) / 1e6;
    } while (!county.contains(x, y));
    const int k = static_cast<int>(i % 5);
    buf += "BM" + QByteArray::number(i + 1).rightJustified(8, '0') + ',';
    buf += names[k] + QByteArray::number(i) + suffix + ',' + kinds[(i / 5) % 5] + ',' + scales[i % 3] + ',';
    buf += QByteArray::number(i % 200) + ',' + QByteArray::number(i % 60) + ',' + QByteArray::number((i % 1000) / 10.0) + ',';
    buf += QByteArray::number(x, 'f', 6) + ',' + QByteArray::number(y, 'f', 6) + ',';
    buf += people[k] + ',' + names[(k + 1) % 5] + unit + ',' + people[(k + 2) % 5] + ',';
    buf += "138" + QByteArray::number(10000000 + i % 89999999) + ',' + measures + ",2026-0" + QByteArray::number(1 + i % 9) + "-15\n";
    if (buf.size() > (1 << 22) - 1024) {
      f.write(buf);
      buf.clear();
    }
  }
  f.write(buf);
  return f.error() == QFileDevice::NoError;
}
} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
  QTemporaryDir tmp;
  const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
  const QString storePath = dir + QStringLiteral("/bench.onemap.sqlite");
  const QString csv = dir + QStringLiteral("/dangers-gbk.csv");
  const QString ogrOut = dir + QStringLiteral("/ogr2ogr.sqlite");
  for (const QString &p : {storePath, storePath + "-wal", storePath + "-shm", ogrOut})
    QFile::remove(p);

  auto store = Store::open(storePath, Store::Mode::CreateIfMissing);
  if (!store) {
    std::fprintf(stderr, "%s\n", qPrintable(store.message()));
    return 1;
  }
  if (auto made = SampleCounty::generate(*store.value(), SampleOptions {}); !made) {
    std::fprintf(stderr, "%s\n", qPrintable(made.message()));
    return 1;
  }
  const CountyOutline county = CountyOutline::load(*store.value());
  // The county's bounding box, read back from the outline's own test.
  double minX = 180, minY = 90, maxX = -180, maxY = -90;
  for (double x = 100; x < 120; x += 0.01)
    for (double y = 20; y < 35; y += 0.01)
      if (county.contains(x, y)) {
        minX = std::min(minX, x); maxX = std::max(maxX, x);
        minY = std::min(minY, y); maxY = std::max(maxY, y);
      }
  if (!writeCsv(csv, rows, county, minX, minY, maxX, maxY)) {
    std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
    return 1;
  }
  std::printf("rows: %lld, file: %.1f MB (GBK)\n", static_cast<long long>(rows), QFile(csv).size() / 1048576.0);

  ImportOptions options;
  options.layer = QStringLiteral("hidden_dangers");
  options.actor = QStringLiteral("bench");
  QElapsedTimer t;
  t.start();
  const double cpu0 = cpuSeconds(RUSAGE_SELF);
  Result<ImportSummary> run = Importer::run(*store.value(), csv, options);
  const double ours = t.elapsed() / 1000.0;
  const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
  if (!run || !run.value().stored) {
    std::fprintf(stderr, "import failed: %s %s\n", qPrintable(run.message()),
                 run && !run.value().issues.isEmpty() ? qPrintable(run.value().issues.first().reason) : "");
    return 1;
  }
  std::printf("onemap import:  %.2f s wall, %.2f s CPU (%lld inserted, encoding %s, every row validated)\n", ours, oursCpu,
              static_cast<long long>(run.value().inserted), qPrintable(run.value().encoding));

  // ogr2ogr matches the raw GBK header bytes, so the command is built as bytes.
  const QByteArray cmd = "ogr2ogr -f SQLite -dsco SPATIALITE=YES -a_srs EPSG:4490 -nln hidden_dangers " + QFile::encodeName(ogrOut) + " " + QFile::encodeName(csv)
                         + " -oo X_POSSIBLE_NAMES=" + gbk("经度") + " -oo Y_POSSIBLE_NAMES=" + gbk("纬度") + " -oo KEEP_GEOM_COLUMNS=NO";
  t.restart();
  const double child0 = cpuSeconds(RUSAGE_CHILDREN);
  const int rc = std::system(cmd.constData());
  const double ogr = t.elapsed() / 1000.0;
  const double ogrCpu = cpuSeconds(RUSAGE_CHILDREN) - child0;
  if (rc != 0) {
    std::fprintf(stderr, "ogr2ogr failed (%d)\n", rc);
    return 1;
  }
  std::printf("ogr2ogr:        %.2f s wall, %.2f s CPU (copies the GBK bytes as they are, no checks)\n", ogr, ogrCpu);
  std::printf("ratio onemap/ogr2ogr: %.2f wall, %.2f CPU (target <= 1.0)\n", ours / ogr, oursCpu / ogrCpu);
  return 0;
}
