#pragma once
// \brief The board's way into the notices: a "Notices" menu, and calls other
// panels (the ledger) can make with a code they already have.
#include <QString>

class QMenuBar;
class QWidget;
class QgsProject;

namespace onemap::NoticeActions {

//! Asks for the danger (preset to \a code), date and file, then writes the
//! rectification-supervision sheet; reports the outcome in a message box.
void exportDangerNotice(QWidget *parent, const QString &storePath, const QString &code = QString());
//! The same for a township's risk-reminder sheet.
void exportTownshipNotice(QWidget *parent, const QString &storePath, const QString &townshipCode = QString());

//! The store file the board's layers come from (empty when none).
QString storePathOf(const QgsProject *project);
//! Adds the "Notices" menu to \a bar, acting on \a project's store.
void addMenu(QMenuBar *bar, QWidget *parent, const QgsProject *project);

} // namespace onemap::NoticeActions
