#include "BoardPlugins.h"

#include "api/HazardPlugin.h"
#include "store/PluginMigrations.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace onemap::BoardPlugins {

namespace {
QMap<QString, QStringList> &problemBook()
{
  static QMap<QString, QStringList> book;
  return book;
}
} // namespace

PluginRegistry &registry()
{
  static PluginRegistry r;
  static const bool discovered = (r.discover(), true);
  Q_UNUSED(discovered)
  return r;
}

QStringList start(const QString &storePath)
{
  // The map layers and the menu both start the plugins: migrate a store once.
  static QMap<QString, QStringList> started;
  const QString key = QFileInfo(storePath).absoluteFilePath();
  if (!storePath.isEmpty() && started.contains(key))
    return started.value(key);
  QStringList problems;
  PluginRegistry &r = registry();
  for (const PluginEntry &e : r.entries())
    if (e.state == PluginEntry::State::Skipped)
      problems << e.message;
  if (r.loadedPlugins().isEmpty() || storePath.isEmpty())
    return problems;
  auto store = Store::open(storePath);
  if (!store) {
    problems << QCoreApplication::translate("onemap::BoardPlugins", "Plugin tables not updated: %1").arg(store.message());
    return problems;
  }
  // One plugin at a time, so a failed step is booked against the plugin at fault.
  for (const PluginEntry &e : r.entries()) {
    if (e.state != PluginEntry::State::Loaded)
      continue;
    const Result<int> applied = PluginMigrations::apply(*store.value(), e.id, e.plugin->migrations());
    if (!applied) {
      problems << applied.message();
      noteProblem(e.id, applied.message());
    }
  }
  started.insert(key, problems);
  return problems;
}

bool chineseUi()
{
  // The board's language is its translator (--lang), not the system locale:
  // a board string that comes back translated means the Chinese UI.
  static const QString source = QStringLiteral("&Plugins");
  return QLocale().language() == QLocale::Chinese || QCoreApplication::translate("onemap::PluginActions", "&Plugins") != source;
}

QString displayName(const PluginEntry &e)
{
  const bool chinese = chineseUi();
  const QString name = (chinese && !e.nameZh.isEmpty()) || e.nameEn.isEmpty() ? e.nameZh : e.nameEn;
  return name.isEmpty() ? e.id : name;
}

QString displayName(const QString &pluginId)
{
  for (const PluginEntry &e : registry().entries())
    if (e.id == pluginId)
      return displayName(e);
  return pluginId;
}

void noteProblem(const QString &pluginId, const QString &text)
{
  QStringList &list = problemBook()[pluginId];
  if (!list.contains(text))
    list << text;
}

QStringList problemsOf(const QString &pluginId) { return problemBook().value(pluginId); }

} // namespace onemap::BoardPlugins
