#pragma once
// \brief The board's one View menu: docks add their toggles to the menu
// LedgerDock made, or make it when they come first.
class QMainWindow;
class QMenu;

namespace onemap {

QMenu *viewMenu(QMainWindow *window);

} // namespace onemap
