#include "BoardPlugins.h"

#include "store/Store.h"

#include <QCoreApplication>

namespace onemap::BoardPlugins {

PluginRegistry &registry()
{
  static PluginRegistry r;
  static const bool discovered = (r.discover(), true);
  Q_UNUSED(discovered)
  return r;
}

QStringList start(const QString &storePath)
{
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
  if (const Status s = r.applyMigrations(*store.value()); !s)
    problems << s.message();
  return problems;
}

} // namespace onemap::BoardPlugins
