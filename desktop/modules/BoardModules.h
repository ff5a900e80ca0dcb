#pragma once
// \brief The board modules (BoardModule) found at start-up: their metadata is
// checked before their code is loaded, and a board without modules, or with
// broken ones, runs just the same (each skipped one keeps a message).
#include <QString>
#include <QStringList>
#include <QVector>

class QMainWindow;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

class BoardModule;

struct BoardModuleEntry
{
  QString file;
  QString id;
  QString nameZh;
  QString nameEn;
  QString version;
  QStringList commands;
  BoardModule *module = nullptr; //!< null when skipped
  QString message;               //!< why it was skipped (names the file)
};

namespace BoardModules {

//! $ONEMAP_MODULE_PATH (':'-separated) if set, else <exe>/../lib/onemap/modules
//! (the build tree) and <exe>/../<libdir>/onemap/modules (installed).
QStringList defaultSearchPaths();

//! Every module file found in \a searchPaths (scanned once per process for
//! the default paths; loaded ones stay loaded).
const QVector<BoardModuleEntry> &entries(const QStringList &searchPaths = defaultSearchPaths());

//! The loaded module \a id, or null.
BoardModule *module(const QString &id);

//! Attaches every loaded module to the operator's window.
void attachAll(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);

//! Runs `onemap <moduleId> <verb> ...`; -1 when no loaded module offers it.
int runCommand(const QString &moduleId, const QString &verb, const QStringList &arguments);

} // namespace BoardModules
} // namespace onemap
