#include "ViewMenu.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace onemap {

QMenu *viewMenu(QMainWindow *window)
{
  const QString title = QCoreApplication::translate("onemap::LedgerDock", "&View");
  for (QAction *a : window->menuBar()->actions())
    if (a->menu() && a->text() == title)
      return a->menu();
  return window->menuBar()->addMenu(title);
}

} // namespace onemap
