#include "BoardCommand.h"

#include "CliCommon.h"
#include "map/StoreMapLayers.h"
#include "ui/MainWindow.h"
#include "warnings/WarningsDock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace onemap {

namespace {

// Saves the window once the canvas has finished drawing, then quits.
void screenshotWhenDrawn(MainWindow *window, const QString &path, int *exitCode)
{
  auto *timer = new QTimer(window);
  auto *clock = new QElapsedTimer;
  clock->start();
  QObject::connect(timer, &QTimer::timeout, window, [=] {
    const bool drawn = !window->canvas()->isDrawing() && clock->elapsed() > 1500;
    if (!drawn && clock->elapsed() < 60000)
      return;
    timer->stop();
    delete clock;
    if (!window->grab().save(path, "PNG"))
      *exitCode = cli::failure(QCoreApplication::translate("onemap::BoardCommand", "cannot write %1").arg(path));
    else
      cli::err() << QCoreApplication::translate("onemap::BoardCommand", "wrote %1").arg(path) << Qt::endl;
    QCoreApplication::quit();
  });
  timer->start(250);
}
} // namespace

int runBoard(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::BoardCommand", "OneMap, the county emergency situation board."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::BoardCommand", "Situation store to open."), QCoreApplication::translate("onemap::BoardCommand", "FILE")});
  parser.addOption({QStringLiteral("screenshot"), QCoreApplication::translate("onemap::BoardCommand", "Save a picture of the window once drawn, then quit."), QCoreApplication::translate("onemap::BoardCommand", "PNG")});
  parser.addOption({QStringLiteral("replay"), QCoreApplication::translate("onemap::BoardCommand", "Open the replay of the last days' warnings at start.")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  if (parser.isSet(QStringLiteral("version"))) {
    cli::out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
  }
  const bool interactive = !parser.isSet(QStringLiteral("screenshot"));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  QgsProject *project = QgsProject::instance();
  if (Status loaded = StoreMapLayers::load(storePath, project); !loaded) {
    if (interactive)
      QMessageBox::critical(nullptr, QCoreApplication::translate("onemap::BoardCommand", "OneMap"), loaded.message());
    return cli::failure(loaded.message());
  }

  int exitCode = 0;
  MainWindow window(project);
  const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
  window.setGeometry(screen);
  window.show();
  window.zoomToCounty();
  if (parser.isSet(QStringLiteral("replay")))
    if (auto *warnings = window.findChild<WarningsDock *>())
      warnings->startReplay();
  if (!interactive)
    screenshotWhenDrawn(&window, parser.value(QStringLiteral("screenshot")), &exitCode);
  const int appCode = QCoreApplication::exec();
  project->clear();
  return exitCode != 0 ? exitCode : appCode;
}

} // namespace onemap
