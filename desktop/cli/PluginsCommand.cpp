#include "PluginsCommand.h"

#include "CliCommon.h"
#include "api/HazardPlugin.h"
#include "plugins/BoardPlugins.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace onemap {

int runPlugins(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::PluginsCommand", "Lists the hazard plugins found and, with --warning, what each one's warning rule says the warning threatens."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("plugins"), QCoreApplication::translate("onemap::PluginsCommand", "the verb"));
  parser.addOption({QStringLiteral("warning"), QCoreApplication::translate("onemap::PluginsCommand", "Id of the warning (the warnings table's id)."), QCoreApplication::translate("onemap::PluginsCommand", "ID")});
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::PluginsCommand", "Situation store to read."), QCoreApplication::translate("onemap::PluginsCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;

  PluginRegistry &registry = BoardPlugins::registry();
  if (!parser.isSet(QStringLiteral("warning"))) {
    if (registry.entries().isEmpty())
      cli::err() << QCoreApplication::translate("onemap::PluginsCommand", "no hazard plugins in %1").arg(registry.searchPaths().join(QStringLiteral(", "))) << Qt::endl;
    for (const PluginEntry &e : registry.entries())
      cli::out() << QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(e.id, e.version, PluginRegistry::stateText(e.state),
                           e.state == PluginEntry::State::Loaded ? e.contributions.join(QStringLiteral(", ")) : e.message)
                 << Qt::endl;
    return 0;
  }

  bool ok = false;
  const qint64 warningId = parser.value(QStringLiteral("warning")).toLongLong(&ok);
  if (!ok || warningId <= 0)
    return cli::usageError(QCoreApplication::translate("onemap::PluginsCommand", "--warning must be a warning id (a positive number), not %1").arg(parser.value(QStringLiteral("warning"))));
  auto store = Store::open(parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath());
  if (!store)
    return cli::failure(store.message());
  if (const Status s = registry.applyMigrations(*store.value()); !s)
    cli::err() << s.message() << Qt::endl;
  for (HazardPlugin *p : registry.loadedPlugins()) {
    QString error;
    const QVector<ThreatenedObject> list = p->threatenedBy(store.value()->handle(), warningId, &error);
    if (!error.isEmpty())
      return cli::failure(QCoreApplication::translate("onemap::PluginsCommand", "plugin %1: %2").arg(p->id(), error));
    for (const ThreatenedObject &o : list)
      cli::out() << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(p->id(), o.table).arg(o.id).arg(o.name, o.reason) << Qt::endl;
  }
  return 0;
}

} // namespace onemap
