// Live warnings over a large sample county, in one run:
//  (a) ingest throughput: N CAP 1.2 messages made in memory (township
//      geocodes, polygons and circles, all four levels), each parsed, put in
//      the store (CapIngest: one audited transaction) and its impact computed
//      (WarningImpact), as a feed would on arrival; messages/s and the split;
//  (b) the impact query for one township-sized orange warning with the
//      R*Tree prefilter against the same query scanning every point, several
//      repetitions each, interleaved; medians and the ratio.
//   bench_warnings [scale=400] [messages=2000] [repetitions=7] [workdir]
#include "sample/SampleCounty.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "warnings/CapIngest.h"
#include "warnings/CapParser.h"
#include "warnings/WarningImpact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace onemap;

namespace {

const char *const kLevels[] = {"蓝色", "黄色", "橙色", "红色"};
const char *const kSeverities[] = {"Minor", "Moderate", "Severe", "Extreme"};

struct County
{
  QStringList townships;
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

QByteArray capMessage(int n, const QString &area, int level, const QDateTime &sent)
{
  const QString stamp = sent.toString(QStringLiteral("yyyyMMddHHmmss"));
  const QString iso = sent.toString(Qt::ISODateWithMs).left(19) + QStringLiteral("+08:00");
  const QString expires = sent.addDays(1).toString(Qt::ISODate).left(19) + QStringLiteral("+08:00");
  return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                        "<identifier>53990104100%1_%2</identifier><sender>53990104100@weather.example.cn</sender><sent>%3</sent>"
                        "<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
                        "<info><language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>"
                        "<severity>%4</severity><certainty>Likely</certainty><effective>%3</effective><expires>%5</expires>"
                        "<senderName>示范县气象台</senderName><headline>示范县气象台发布暴雨%6预警信号</headline>"
                        "<description>预计未来24小时内将出现强降雨。</description>%7</info></alert>")
    .arg(QString::number(300000 + n), stamp, iso, QLatin1String(kSeverities[level]), expires, QString::fromUtf8(kLevels[level]), area)
    .toUtf8();
}

// One in two messages names a township by code, one in four draws a box and
// one in four a circle, somewhere in the county.
QString area(int n, const County &c, std::mt19937_64 &rng)
{
  std::uniform_real_distribution<double> ux(c.minX, c.maxX), uy(c.minY, c.maxY), size(0.02, 0.08);
  if (n % 2 == 0)
    return QStringLiteral("<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName><value>%1</value></geocode></area>")
      .arg(c.townships[(n / 2) % c.townships.size()]);
  const double x = ux(rng), y = uy(rng), s = size(rng);
  if (n % 4 == 1)
    return QStringLiteral("<area><areaDesc>框</areaDesc><polygon>%1,%2 %1,%3 %4,%3 %4,%2 %1,%2</polygon></area>")
      .arg(y, 0, 'f', 5).arg(x, 0, 'f', 5).arg(x + s, 0, 'f', 5).arg(y + s, 0, 'f', 5);
  return QStringLiteral("<area><areaDesc>圆</areaDesc><circle>%1,%2 %3</circle></area>").arg(y, 0, 'f', 5).arg(x, 0, 'f', 5).arg(s * 50, 0, 'f', 1);
}

double median(QVector<double> v)
{
  std::sort(v.begin(), v.end());
  return v.isEmpty() ? 0 : v[v.size() / 2];
}

// CPU milliseconds of this process: on a shared machine they vary less than the wall clock.
double cpuMs()
{
  rusage u {};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Timing
{
  QVector<double> wall, cpu;
};

//! Impact of \a id with and without the R*Tree, interleaved; prints medians and ratios.
bool compare(Store &store, qint64 id, const QDate &today, int repetitions, const char *what)
{
  WarningImpact::Options indexed, scan;
  scan.useSpatialIndex = false;
  Timing ti, ts;
  Impact a, b;
  QElapsedTimer step;
  for (int r = 0; r < repetitions; ++r) {
    double c = cpuMs();
    step.start();
    a = WarningImpact::of(store, id, today, indexed).take();
    ti.wall << step.nsecsElapsed() / 1e6;
    ti.cpu << cpuMs() - c;
    c = cpuMs();
    step.start();
    b = WarningImpact::of(store, id, today, scan).take();
    ts.wall << step.nsecsElapsed() / 1e6;
    ts.cpu << cpuMs() - c;
  }
  const bool same = a.totals.dangers == b.totals.dangers && a.totals.shelters == b.totals.shelters && a.totals.teams == b.totals.teams
                    && a.totals.villages == b.totals.villages && a.totals.escalated == b.totals.escalated;
  std::printf("%s: %d townships, %d villages, %d hidden dangers (%d escalated), %d shelters, %d teams; indexed and scan agree: %s\n", what,
              a.totals.townships, a.totals.villages, a.totals.dangers, a.totals.escalated, a.totals.shelters, a.totals.teams, same ? "yes" : "NO");
  const double wi = median(ti.wall), ws = median(ts.wall), ci = median(ti.cpu), cs = median(ts.cpu);
  std::printf("impact indexed: %.1f ms, scan: %.1f ms, ratio scan/indexed: %.2f (wall, medians of %d; CPU %.1f ms vs %.1f ms, ratio %.2f)\n", wi, ws,
              ws / std::max(wi, 1e-6), repetitions, ci, cs, cs / std::max(ci, 1e-6));
  return same;
}

} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows while a long run goes on
  const int scale = argc > 1 ? QByteArray(argv[1]).toInt() : 400;
  const int messages = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
  const int repetitions = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 7;
  QTemporaryDir tmp;
  const QString dir = argc > 4 ? QString::fromLocal8Bit(argv[4]) : tmp.path();
  const QString path = dir + QStringLiteral("/bench_warnings_%1.onemap.sqlite").arg(scale);
  QFile::remove(path);

  QElapsedTimer timer;
  timer.start();
  auto opened = Store::open(path, Store::Mode::CreateIfMissing);
  if (!opened) {
    std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
    return 1;
  }
  Store &store = *opened.value();
  SampleOptions options;
  options.scale = scale;
  auto counts = SampleCounty::generate(store, options);
  if (!counts) {
    std::fprintf(stderr, "%s\n", qPrintable(counts.message()));
    return 1;
  }
  std::printf("sample county at scale %d: %lld hidden dangers, %lld shelters, %lld teams, created in %.1f s\n", scale,
              counts.value().value(QStringLiteral("hidden_dangers")), counts.value().value(QStringLiteral("shelters")),
              counts.value().value(QStringLiteral("teams")), timer.elapsed() / 1000.0);

  County county;
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
    while (q.next())
      county.townships << q.text(0);
    SqlStatement b(store.handle(), QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM admin_units WHERE level = 'county'"));
    b.next();
    county.minX = b.real(0), county.minY = b.real(1), county.maxX = b.real(2), county.maxY = b.real(3);
  }
  const QDate today = SampleCounty::registerDate();
  const QDateTime start(today, QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600);

  // (a) Ingest throughput. Messages are made before the clock starts.
  std::mt19937_64 rng(2024);
  QVector<QByteArray> feed;
  for (int n = 0; n < messages; ++n)
    feed << capMessage(n, area(n, county, rng), n % 4, start.addSecs(n));
  double parseMs = 0, storeMs = 0, impactMs = 0;
  qint64 dangersSeen = 0;
  QElapsedTimer step;
  for (const QByteArray &xml : feed) {
    step.start();
    Result<CapMessage> m = CapParser::parse(xml);
    parseMs += step.nsecsElapsed() / 1e6;
    if (!m) {
      std::fprintf(stderr, "parse: %s\n", qPrintable(m.message()));
      return 1;
    }
    step.start();
    Result<CapIngestOutcome> in = CapIngest::ingest(store, m.value(), start);
    storeMs += step.nsecsElapsed() / 1e6;
    if (!in) {
      std::fprintf(stderr, "ingest: %s\n", qPrintable(in.message()));
      return 1;
    }
    step.start();
    Result<Impact> impact = WarningImpact::of(store, in.value().id, today);
    impactMs += step.nsecsElapsed() / 1e6;
    if (!impact) {
      std::fprintf(stderr, "impact: %s\n", qPrintable(impact.message()));
      return 1;
    }
    dangersSeen += impact.value().totals.dangers;
  }
  const double totalMs = parseMs + storeMs + impactMs;
  std::printf("ingest: %d messages in %.2f s: %.1f messages/s (parse %.2f ms, store %.2f ms, impact %.2f ms per message; %.0f hidden dangers per impact)\n",
              messages, totalMs / 1000, messages / (totalMs / 1000), parseMs / messages, storeMs / messages, impactMs / messages,
              double(dangersSeen) / std::max(1, messages));

  // (b) One township-sized orange warning over the township with the most points.
  QString busiest;
  {
    SqlStatement q(store.handle(), QStringLiteral("SELECT substr(village_code, 1, 9) || '000' AS t FROM hidden_dangers GROUP BY t ORDER BY count(*) DESC, t LIMIT 1"));
    q.next();
    busiest = q.text(0);
  }
  Result<CapMessage> orange = CapParser::parse(capMessage(messages + 1, QStringLiteral("<area><areaDesc>乡镇</areaDesc><geocode><valueName>GB/T 2260</valueName>"
                                                                                      "<value>%1</value></geocode></area>").arg(busiest),
                                                          2, start.addSecs(messages + 1)));
  Result<CapIngestOutcome> orangeRow = orange ? CapIngest::ingest(store, orange.value(), start) : Result<CapIngestOutcome>(orange.status());
  if (!orangeRow) {
    std::fprintf(stderr, "orange warning: %s\n", qPrintable(orangeRow.message()));
    return 1;
  }
  const bool townshipSame = compare(store, orangeRow.value().id, today, repetitions,
                                    qPrintable(QStringLiteral("impact of one orange township warning (%1)").arg(busiest)));

  // For scale: a small red box (about 1.5 km across) at the county's centre, where the R*Tree leaves few candidates.
  const double cx = (county.minX + county.maxX) / 2, cy = (county.minY + county.maxY) / 2, h = 0.007;
  Result<CapMessage> red = CapParser::parse(capMessage(messages + 2, QStringLiteral("<area><areaDesc>框</areaDesc><polygon>%1,%2 %1,%3 %4,%3 %4,%2 %1,%2</polygon></area>")
                                                                         .arg(cy - h, 0, 'f', 5).arg(cx - h, 0, 'f', 5).arg(cx + h, 0, 'f', 5).arg(cy + h, 0, 'f', 5),
                                                       3, start.addSecs(messages + 2)));
  Result<CapIngestOutcome> redRow = red ? CapIngest::ingest(store, red.value(), start) : Result<CapIngestOutcome>(red.status());
  if (!redRow) {
    std::fprintf(stderr, "red warning: %s\n", qPrintable(redRow.message()));
    return 1;
  }
  const bool smallSame = compare(store, redRow.value().id, today, repetitions, "impact of one small red box warning");
  return townshipSame && smallSame ? 0 : 1;
}
