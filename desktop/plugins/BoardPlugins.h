#pragma once
// \brief The board's hazard plugins: discovered once per process from the
// default folders, and their tables brought up to date in the open store.
// A board without plugins, or with only broken ones, starts just the same.
#include "plugins/PluginRegistry.h"

namespace onemap::BoardPlugins {

//! The process-wide registry; discovers on first use.
PluginRegistry &registry();

//! Applies every loaded plugin's migrations to the store at \a storePath.
//! Returns the problems (skipped plugins, failed migrations), one per line;
//! none of them stops the board. Each store is migrated once per process.
QStringList start(const QString &storePath);

//! True when the board speaks Chinese (its translator is installed).
bool chineseUi();
//! The plugin's name in the UI language (Chinese or English), else its id.
QString displayName(const PluginEntry &entry);
//! Same, by plugin id.
QString displayName(const QString &pluginId);

//! Problems met while the board used a loaded plugin (failed migration,
//! skipped layer), kept for the plugin manager. \a pluginId may be empty.
void noteProblem(const QString &pluginId, const QString &text);
QStringList problemsOf(const QString &pluginId);

} // namespace onemap::BoardPlugins
