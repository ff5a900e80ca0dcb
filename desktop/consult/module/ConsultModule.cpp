#include "ConsultModule.h"

#include "ConsultationMode.h"
#include "wall/WallScreenshot.h"

namespace onemap {

void ConsultModule::attach(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  ConsultationMode::attach(window, project, canvas);
}

int ConsultModule::runCommand(const QString &verb, const QStringList &arguments)
{
  if (verb == QLatin1String("wall"))
    return runWallScreenshot(arguments);
  return 2;
}

} // namespace onemap
