#pragma once
// \brief The board's way into its hazard plugins: starts them against the
// open store and adds the "Plugins" menu with the plugin manager.
class QMainWindow;
class QgsProject;

namespace onemap::PluginActions {

//! Starts the plugins for \a project's store (problems go to the status bar
//! and the log, never stop the board) and adds the menu to \a window.
void addMenu(QMainWindow *window, const QgsProject *project);

} // namespace onemap::PluginActions
