#pragma once
// Schema steps of a hazard plugin's own tables, applied to a store the same
// way the board's own migrations are: forward only, each step once, in one
// transaction with the version it reaches (store_meta "plugin.<id>.schema").
#include "Result.h"

#include <QStringList>

namespace onemap {

class Store;

namespace PluginMigrations {

//! store_meta key that holds how many of \a pluginId's steps the store has.
QString metaKey(const QString &pluginId);
//! Steps of \a pluginId already applied to \a store (0 = none).
int appliedVersion(const Store &store, const QString &pluginId);
//! Applies steps appliedVersion+1..steps.size(); all or nothing. Returns the
//! version the store is at afterwards. A store ahead of the plugin is refused.
Result<int> apply(Store &store, const QString &pluginId, const QStringList &steps);

} // namespace PluginMigrations
} // namespace onemap
