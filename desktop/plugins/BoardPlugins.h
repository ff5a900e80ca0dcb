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
//! none of them stops the board.
QStringList start(const QString &storePath);

} // namespace onemap::BoardPlugins
