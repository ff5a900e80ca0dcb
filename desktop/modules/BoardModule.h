#pragma once
// \brief The interface of a board module: a Qt plugin that adds a whole mode
// to the board (its menus, docks, tool bars and windows) rather than a hazard.
// Consultation mode (会商) is one. Modules live in lib/onemap/modules; their
// JSON metadata is read before any code is loaded:
//
//   { "id": "consult", "name": {"zh": "会商研判", "en": "Consultation"},
//     "version": "1.0.0", "apiVersion": 1, "commands": ["wall"] }
//
// Unlike a hazard plugin a module links the board's libraries (QGIS
// included), so it must be built with the board it is loaded into.
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QMainWindow;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

//! Bumped when a method below changes; declared as "apiVersion" in the JSON.
constexpr int kBoardModuleApiVersion = 1;

class BoardModule
{
public:
  virtual ~BoardModule() = default;

  //! Stable id; equals "id" in the JSON metadata.
  virtual QString id() const = 0;

  //! Adds the module to the operator's window. \a project holds the store's
  //! layers; \a canvas is the window's map. Called once per window.
  virtual void attach(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas) = 0;

  //! Runs headless verb \a verb (`onemap <module> <verb> ...`, listed as
  //! "commands" in the JSON) with the arguments after it; returns the exit code.
  virtual int runCommand(const QString &verb, const QStringList &arguments)
  {
    Q_UNUSED(verb)
    Q_UNUSED(arguments)
    return 2;
  }
};

} // namespace onemap

#define OneMapBoardModule_iid "cn.onemap.BoardModule/1.0"
Q_DECLARE_INTERFACE(onemap::BoardModule, OneMapBoardModule_iid)
