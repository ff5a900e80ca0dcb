// Plugin discovery with real libraries: none, the geohazard plugin, a text
// file posing as a library, a plugin for another API; enable/disable and the
// per-plugin migrations on a real store.
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/PluginMigrations.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QtTest>

using namespace onemap;

namespace {
const QString kGeohazard = QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins/geohazard.so");
const QString kIncompatible = QStringLiteral(ONEMAP_BINARY_DIR "/tests/plugins/incompatible/incompatible.so");

const PluginEntry *find(const PluginRegistry &r, const QString &fileName)
{
  for (const PluginEntry &e : r.entries())
    if (QFileInfo(e.file).fileName() == fileName)
      return &e;
  return nullptr;
}

bool tableExists(Store &store, const QString &table)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
  q.bind(1, table);
  return q.next();
}
} // namespace

class TestPluginRegistry : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;

  QString folder(const QString &name, const QStringList &copies, bool broken = false)
  {
    const QString path = mDir.filePath(name);
    QDir().mkpath(path);
    for (const QString &c : copies)
      QFile::copy(c, QDir(path).filePath(QFileInfo(c).fileName()));
    if (broken) {
      QFile f(QDir(path).filePath(QStringLiteral("broken.so")));
      f.open(QIODevice::WriteOnly);
      f.write("this is not a shared library\n");
    }
    return path;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("OneMapTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_plugin_registry"));
    QSettings().clear();
    QVERIFY2(QFile::exists(kGeohazard), qPrintable(kGeohazard));
    QVERIFY2(QFile::exists(kIncompatible), qPrintable(kIncompatible));
  }

  void noPluginsAtAll()
  {
    PluginRegistry r({folder(QStringLiteral("empty"), {}), mDir.filePath(QStringLiteral("does-not-exist"))});
    r.discover();
    QVERIFY(r.entries().isEmpty());
    QVERIFY(r.loadedPlugins().isEmpty());
    auto store = Store::open(mDir.filePath(QStringLiteral("none.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(store.ok(), qPrintable(store.message()));
    QVERIFY(r.applyMigrations(*store.value()).ok());
  }

  void envOverridesSearchPath()
  {
    qputenv("ONEMAP_PLUGIN_PATH", "/a:/b");
    QCOMPARE(PluginRegistry::defaultSearchPaths(), (QStringList {QStringLiteral("/a"), QStringLiteral("/b")}));
    qunsetenv("ONEMAP_PLUGIN_PATH");
    QVERIFY(PluginRegistry::defaultSearchPaths().size() >= 2);
  }

  void brokenAndIncompatibleAreSkippedOthersLoad()
  {
    PluginRegistry r({folder(QStringLiteral("mixed"), {kGeohazard, kIncompatible}, true)});
    r.discover();
    QCOMPARE(r.entries().size(), 3);

    const PluginEntry *geo = find(r, QStringLiteral("geohazard.so"));
    QVERIFY(geo);
    QCOMPARE(int(geo->state), int(PluginEntry::State::Loaded));
    QCOMPARE(geo->id, QStringLiteral("geohazard"));
    QCOMPARE(geo->nameZh, QStringLiteral("地质灾害"));
    QCOMPARE(geo->version, QStringLiteral("1.0.0"));
    QVERIFY(geo->hazardCodes.contains(QStringLiteral("geological")));
    QVERIFY(!geo->contributions.isEmpty());
    QVERIFY(r.plugin(QStringLiteral("geohazard")));
    QCOMPARE(r.loadedPlugins().size(), 1);

    const PluginEntry *broken = find(r, QStringLiteral("broken.so"));
    QVERIFY(broken);
    QCOMPARE(int(broken->state), int(PluginEntry::State::Skipped));
    QVERIFY2(broken->message.contains(QStringLiteral("broken.so")), qPrintable(broken->message));

    const PluginEntry *other = find(r, QStringLiteral("incompatible.so"));
    QVERIFY(other);
    QCOMPARE(int(other->state), int(PluginEntry::State::Skipped));
    QVERIFY2(other->message.contains(QStringLiteral("incompatible.so")) && other->message.contains(QStringLiteral("API 99")),
             qPrintable(other->message));
    QVERIFY(!r.plugin(QStringLiteral("incompatible")));
  }

  void newerSchemaRequiredIsSkipped()
  {
    PluginRegistry r({folder(QStringLiteral("schema"), {kGeohazard})}, 3);
    r.discover();
    QCOMPARE(r.entries().size(), 1);
    QCOMPARE(int(r.entries().first().state), int(PluginEntry::State::Skipped));
    QVERIFY2(r.entries().first().message.contains(QStringLiteral("schema 4")), qPrintable(r.entries().first().message));
  }

  void sameIdTwiceLoadsOnce()
  {
    const QString a = folder(QStringLiteral("twiceA"), {kGeohazard});
    const QString b = mDir.filePath(QStringLiteral("twiceB"));
    QDir().mkpath(b);
    QVERIFY(QFile::copy(kGeohazard, QDir(b).filePath(QStringLiteral("geohazard-copy.so"))));
    PluginRegistry r({a, b});
    r.discover();
    QCOMPARE(r.entries().size(), 2);
    QCOMPARE(r.loadedPlugins().size(), 1);
    QVERIFY(r.entries().at(1).message.contains(QStringLiteral("already provided")));
  }

  void disabledIsNotLoaded()
  {
    PluginRegistry::setEnabled(QStringLiteral("geohazard"), false);
    PluginRegistry r({folder(QStringLiteral("disabled"), {kGeohazard})});
    r.discover();
    QCOMPARE(r.entries().size(), 1);
    QCOMPARE(int(r.entries().first().state), int(PluginEntry::State::Disabled));
    QVERIFY(r.loadedPlugins().isEmpty());
    PluginRegistry::setEnabled(QStringLiteral("geohazard"), true);
    QVERIFY(PluginRegistry::isEnabled(QStringLiteral("geohazard")));
  }

  void migrationsApplyOnceAndRecordTheVersion()
  {
    PluginRegistry r({folder(QStringLiteral("migrate"), {kGeohazard})});
    r.discover();
    QCOMPARE(r.loadedPlugins().size(), 1);
    auto opened = Store::open(mDir.filePath(QStringLiteral("migrate.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Store &store = *opened.value();
    QVERIFY(!tableExists(store, QStringLiteral("geo_monitors")));
    const Status s = r.applyMigrations(store);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(tableExists(store, QStringLiteral("geo_monitors")));
    QCOMPARE(store.meta(QStringLiteral("plugin.geohazard.schema")), QStringLiteral("1"));
    // Again: nothing to do, no "table exists" error.
    const Status again = r.applyMigrations(store);
    QVERIFY2(again.ok(), qPrintable(again.message()));
  }

  void failingStepRollsBackAllOfIt()
  {
    auto opened = Store::open(mDir.filePath(QStringLiteral("rollback.sqlite")), Store::Mode::CreateIfMissing);
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    const Result<int> r = PluginMigrations::apply(
      store, QStringLiteral("demo"), {QStringLiteral("CREATE TABLE demo_a (x INTEGER)"), QStringLiteral("CREATE TABLEX nonsense")});
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("demo")) && r.message().contains(QStringLiteral("step 2")), qPrintable(r.message()));
    QVERIFY(!tableExists(store, QStringLiteral("demo_a")));
    QCOMPARE(PluginMigrations::appliedVersion(store, QStringLiteral("demo")), 0);

    QCOMPARE(PluginMigrations::apply(store, QStringLiteral("demo"), {QStringLiteral("CREATE TABLE demo_a (x INTEGER)")}).value(), 1);
    // A store ahead of the plugin (a newer plugin wrote it) is refused, not rewritten.
    const Result<int> older = PluginMigrations::apply(store, QStringLiteral("demo"), {});
    QVERIFY(!older.ok());
    QVERIFY(tableExists(store, QStringLiteral("demo_a")));
  }
};

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "test_plugin_registry.moc"
