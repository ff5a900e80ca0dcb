#include "PluginActions.h"

#include "BoardPlugins.h"
#include "EventForm.h"
#include "EventImpactWindow.h"
#include "EventLayer.h"
#include "PluginManagerDialog.h"
#include "export/notices/NoticeActions.h"
#include "map/PluginMapLayers.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QtDebug>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap::PluginActions {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("onemap::PluginActions", text); }

// The plugin's layers show the new row at once.
void reloadPluginLayers(const QgsProject *project, const QString &pluginId)
{
  for (QgsMapLayer *l : project->mapLayers())
    if (l->customProperty(QLatin1String(PluginMapLayers::kPluginIdProperty)).toString() == pluginId)
      if (auto *v = qobject_cast<QgsVectorLayer *>(l)) {
        v->dataProvider()->reloadData();
        v->triggerRepaint();
      }
}

void recordEvent(QMainWindow *window, const QgsProject *project, HazardPlugin *plugin, const EventKind &kind)
{
  const QString storePath = NoticeActions::storePathOf(project);
  auto store = Store::open(storePath);
  if (!store) {
    QMessageBox::warning(window, tr("Record event"), store.message());
    return;
  }
  const QString name = BoardPlugins::displayName(plugin->id());
  auto *canvas = qobject_cast<QgsMapCanvas *>(window->centralWidget());
  EventForm form(plugin, name, kind, store.value()->handle(), canvas, window);
  if (form.exec() != QDialog::Accepted)
    return;
  EventFacts facts;
  facts.pluginName = name;
  facts.kindLabel = kind.label;
  facts.eventId = form.eventId();
  facts.values = form.facts();
  const PluginImpactPart part = PluginImpact::forEvent(plugin, name, store.value()->handle(), kind.id, facts.eventId);
  reloadPluginLayers(project, plugin->id());
  if (!part.areaWkt.isEmpty()) {
    QString error;
    if (!EventLayer::add(const_cast<QgsProject *>(project), QStringLiteral("%1 #%2").arg(kind.label).arg(facts.eventId), part.areaWkt, &error))
      window->statusBar()->showMessage(error, 15000);
    else if (canvas)
      canvas->refresh();
  }
  auto *impact = new EventImpactWindow(plugin, facts, part, storePath, store.value()->meta(QStringLiteral("county_name")), window);
  impact->setAttribute(Qt::WA_DeleteOnClose);
  impact->show();
}
} // namespace

void addMenu(QMainWindow *window, const QgsProject *project)
{
  QStringList problems = BoardPlugins::start(NoticeActions::storePathOf(project));
  for (const QString &p : problems)
    qWarning().noquote() << p;
  // Layers skipped while the map was built count too (already logged there).
  for (const PluginEntry &e : BoardPlugins::registry().entries())
    for (const QString &p : BoardPlugins::problemsOf(e.id))
      if (!problems.contains(p))
        problems << p;
  if (!problems.isEmpty())
    window->statusBar()->showMessage(
      QCoreApplication::translate("onemap::PluginActions", "%n hazard plugin problem(s), see Plugins > Plugin manager", nullptr, problems.size()), 15000);

  QMenu *menu = window->menuBar()->addMenu(QCoreApplication::translate("onemap::PluginActions", "&Plugins"));
  // 插件 > 记录事件 > <plugin> > <kind>: one form per kind of event a plugin models.
  QMenu *events = menu->addMenu(tr("Record event"));
  events->setObjectName(QStringLiteral("recordEvent"));
  for (const PluginEntry &e : BoardPlugins::registry().entries()) {
    if (e.state != PluginEntry::State::Loaded)
      continue;
    QVector<EventKind> kinds;
    try {
      kinds = e.plugin->eventKinds();
    } catch (...) {
      BoardPlugins::noteProblem(e.id, tr("Plugin %1: its event kinds failed").arg(BoardPlugins::displayName(e)));
    }
    if (kinds.isEmpty())
      continue;
    QMenu *sub = events->addMenu(BoardPlugins::displayName(e));
    for (const EventKind &k : kinds) {
      QAction *a = sub->addAction(k.label + QStringLiteral("..."));
      a->setObjectName(QStringLiteral("event:%1:%2").arg(e.id, k.id));
      HazardPlugin *plugin = e.plugin;
      QObject::connect(a, &QAction::triggered, window, [window, project, plugin, k] { recordEvent(window, project, plugin, k); });
    }
  }
  events->setEnabled(!events->isEmpty());
  menu->addAction(QCoreApplication::translate("onemap::PluginActions", "Plugin manager..."), window, [window] {
    PluginManagerDialog dialog(BoardPlugins::registry(), window);
    dialog.exec();
  });
}

} // namespace onemap::PluginActions
