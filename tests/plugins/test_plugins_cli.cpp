// `onemap plugins` as a duty officer's script runs it: none, a broken one,
// the build's geohazard plugin, and its warning rule on the sample county.
#include "OnemapProcess.h"
#include "SampleStore.h"
#include "store/SqlStatement.h"

#include <QtTest>

using namespace onemap;
using testing::Run;
using testing::runOnemap;

class TestPluginsCli : public QObject
{
  Q_OBJECT
  QTemporaryDir mDir;
  testing::SampleStore mSample;

private Q_SLOTS:
  void noneAndBroken()
  {
    qputenv("ONEMAP_PLUGIN_PATH", mDir.path().toLocal8Bit());
    Run r = runOnemap({QStringLiteral("plugins"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.trimmed().isEmpty());

    QFile broken(mDir.filePath(QStringLiteral("broken.so")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a library");
    broken.close();
    r = runOnemap({QStringLiteral("plugins"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("skipped")) && r.out.contains(QStringLiteral("broken.so")), qPrintable(r.out));
    qunsetenv("ONEMAP_PLUGIN_PATH");
  }

  void geohazardFromTheBuildTree()
  {
    const Run r = runOnemap({QStringLiteral("plugins"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 0);
    // One line per plugin in file-name order: earthquake.so before geohazard.so.
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int quake = -1, geo = -1;
    for (int i = 0; i < lines.size(); ++i) {
      if (lines.at(i).startsWith(QStringLiteral("earthquake\t1.0.0\tloaded\t")))
        quake = i;
      if (lines.at(i).startsWith(QStringLiteral("geohazard\t1.0.0\tloaded\t")))
        geo = i;
    }
    QVERIFY2(quake >= 0 && geo > quake, qPrintable(r.out + r.err));
  }

  void warningRuleOnTheSampleCounty()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    qint64 warning = 0;
    {
      auto store = Store::open(mSample.path());
      QVERIFY(store.ok());
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT id FROM warnings WHERE hazard = 'geological' LIMIT 1"));
      QVERIFY(q.next());
      warning = q.int64(0);
    }
    const Run r = runOnemap({QStringLiteral("plugins"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QString::number(warning),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
    auto store = Store::open(mSample.path());
    QVERIFY(store.ok());
    QCOMPARE(store.value()->meta(QStringLiteral("plugin.geohazard.schema")), QStringLiteral("1")); // migrated on the way
    for (const QString &line : lines) {
      const QStringList f = line.split(QLatin1Char('\t'));
      QCOMPARE(f.value(0), QStringLiteral("geohazard"));
      QCOMPARE(f.value(1), QStringLiteral("hidden_dangers"));
      SqlStatement q(store.value()->handle(), QStringLiteral("SELECT hazard_type FROM hidden_dangers WHERE id = ?"));
      q.bind(1, f.value(2).toLongLong());
      QVERIFY(q.next());
      QVERIFY2(QStringList({QStringLiteral("landslide"), QStringLiteral("collapse"), QStringLiteral("debris_flow"), QStringLiteral("unstable_slope"),
                            QStringLiteral("subsidence")}).contains(q.text(0)), qPrintable(line));
    }
    const Run bad = runOnemap({QStringLiteral("plugins"), QStringLiteral("--store"), mSample.path(), QStringLiteral("--warning"), QStringLiteral("x")});
    QCOMPARE(bad.code, 2);
  }
};

QTEST_GUILESS_MAIN(TestPluginsCli)
#include "test_plugins_cli.moc"
