// The plugin manager dialog over real plugins: one row per plugin found, the
// skipped one with its reason, and the enable box persisted in the settings.
#include "plugins/PluginManagerDialog.h"
#include "plugins/PluginRegistry.h"

#include <QTableWidget>
#include <QtTest>

using namespace onemap;

class TestPluginManager : public QObject
{
  Q_OBJECT
  QTemporaryDir mDir;

private Q_SLOTS:
  void initTestCase()
  {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OneMapTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_plugin_manager"));
    QSettings().clear();
  }

  void emptyRegistryShowsTheNote()
  {
    PluginRegistry r({mDir.filePath(QStringLiteral("nothing"))});
    r.discover();
    PluginManagerDialog d(r);
    QCOMPARE(d.table()->rowCount(), 0);
  }

  void rowsStatesAndEnableBox()
  {
    QVERIFY(QFile::copy(QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins/geohazard.so"), mDir.filePath(QStringLiteral("geohazard.so"))));
    QFile broken(mDir.filePath(QStringLiteral("broken.so")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a library");
    broken.close();
    PluginRegistry r({mDir.path()});
    r.discover();
    PluginManagerDialog d(r);
    QTableWidget *t = d.table();
    QCOMPARE(t->rowCount(), 2);
    int geo = -1, bad = -1;
    for (int row = 0; row < 2; ++row)
      (t->item(row, 1)->text().contains(QStringLiteral("geohazard")) ? geo : bad) = row;
    QVERIFY(geo >= 0 && bad >= 0);
    QCOMPARE(t->item(geo, 2)->text(), QStringLiteral("1.0.0"));
    QCOMPARE(t->item(geo, 4)->text(), PluginRegistry::stateText(PluginEntry::State::Loaded));
    QVERIFY(t->item(geo, 5)->text().contains(QStringLiteral("warning rule")));
    QCOMPARE(t->item(bad, 4)->text(), PluginRegistry::stateText(PluginEntry::State::Skipped));
    QVERIFY(t->item(bad, 5)->text().contains(QStringLiteral("broken.so")));

    // For a person's look at it: ONEMAP_SCREENSHOT_DIR=/tmp ctest -R test_plugin_manager
    if (qEnvironmentVariableIsSet("ONEMAP_SCREENSHOT_DIR")) {
      d.show();
      QVERIFY(d.grab().save(QDir(qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR")).filePath(QStringLiteral("plugin_manager.png"))));
    }
    QCOMPARE(t->item(geo, 0)->checkState(), Qt::Checked);
    t->item(geo, 0)->setCheckState(Qt::Unchecked);
    QVERIFY(!PluginRegistry::isEnabled(QStringLiteral("geohazard")));
    t->item(geo, 0)->setCheckState(Qt::Checked);
    QVERIFY(PluginRegistry::isEnabled(QStringLiteral("geohazard")));
  }
};

QTEST_MAIN(TestPluginManager)
#include "test_plugin_manager.moc"
