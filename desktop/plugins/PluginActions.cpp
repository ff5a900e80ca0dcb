#include "PluginActions.h"

#include "BoardPlugins.h"
#include "PluginManagerDialog.h"
#include "export/notices/NoticeActions.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QtDebug>

namespace onemap::PluginActions {

void addMenu(QMainWindow *window, const QgsProject *project)
{
  const QStringList problems = BoardPlugins::start(NoticeActions::storePathOf(project));
  for (const QString &p : problems)
    qWarning().noquote() << p;
  if (!problems.isEmpty())
    window->statusBar()->showMessage(
      QCoreApplication::translate("onemap::PluginActions", "%n hazard plugin problem(s), see Plugins > Plugin manager", nullptr, problems.size()), 15000);

  QMenu *menu = window->menuBar()->addMenu(QCoreApplication::translate("onemap::PluginActions", "&Plugins"));
  menu->addAction(QCoreApplication::translate("onemap::PluginActions", "Plugin manager..."), window, [window] {
    PluginManagerDialog dialog(BoardPlugins::registry(), window);
    dialog.exec();
  });
}

} // namespace onemap::PluginActions
