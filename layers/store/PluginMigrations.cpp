#include "PluginMigrations.h"

#include "SqlStatement.h"
#include "Store.h"

#include <QCoreApplication>

namespace onemap::PluginMigrations {

QString metaKey(const QString &pluginId) { return QStringLiteral("plugin.%1.schema").arg(pluginId); }

int appliedVersion(const Store &store, const QString &pluginId)
{
  return store.meta(metaKey(pluginId)).toInt();
}

Result<int> apply(Store &store, const QString &pluginId, const QStringList &steps)
{
  const int from = appliedVersion(store, pluginId);
  if (from > steps.size())
    return Status::failure(QCoreApplication::translate("onemap::PluginMigrations",
                                                       "Store %1 has schema %2 of plugin %3, newer than the plugin's %4")
                             .arg(store.path()).arg(from).arg(pluginId).arg(steps.size()));
  if (from == steps.size())
    return from;
  const Status s = store.transaction([&]() -> Status {
    for (int v = from + 1; v <= steps.size(); ++v) {
      const QString err = execSql(store.handle(), steps.at(v - 1));
      if (!err.isEmpty())
        return Status::failure(QCoreApplication::translate("onemap::PluginMigrations", "Plugin %1, schema step %2: %3")
                                 .arg(pluginId).arg(v).arg(err));
    }
    return store.setMeta(metaKey(pluginId), QString::number(steps.size()));
  });
  if (!s)
    return s;
  return int(steps.size());
}

} // namespace onemap::PluginMigrations
