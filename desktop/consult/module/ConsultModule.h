#pragma once
// \brief The "consult" board module: consultation mode (会商) as a plugin of
// the board. It attaches ConsultationMode to the operator's window and runs
// `onemap consult wall` (the wall drawn headless to a PNG).
#include "modules/BoardModule.h"

#include <QObject>

namespace onemap {

class ConsultModule : public QObject, public BoardModule
{
  Q_OBJECT
  Q_PLUGIN_METADATA(IID OneMapBoardModule_iid FILE "consult.json")
  Q_INTERFACES(onemap::BoardModule)
public:
  QString id() const override { return QStringLiteral("consult"); }
  void attach(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas) override;
  int runCommand(const QString &verb, const QStringList &arguments) override;
};

} // namespace onemap
