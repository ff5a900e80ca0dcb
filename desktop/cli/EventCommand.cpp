#include "EventCommand.h"

#include "CliCommon.h"
#include "ImpactCommand.h"
#include "export/impact/EventReport.h"
#include "plugins/BoardPlugins.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

namespace {

bool levelFrom(const QString &text, ResponseLevel *level)
{
  const QStringList names {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
  const int i = names.indexOf(text.trimmed().toUpper());
  if (i < 0)
    return false;
  *level = static_cast<ResponseLevel>(i + 1);
  return true;
}
} // namespace

int runEvent(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("onemap::EventCommand", "Records an event through a hazard plugin (or takes a stored one with --id) and shows its impact: "
                                      "the plugin's section, the objects threatened and the response checklists."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("event"), QCoreApplication::translate("onemap::EventCommand", "the verb"));
  parser.addOption({QStringLiteral("store"), QCoreApplication::translate("onemap::EventCommand", "Situation store."), QCoreApplication::translate("onemap::EventCommand", "FILE")});
  parser.addOption({QStringLiteral("plugin"), QCoreApplication::translate("onemap::EventCommand", "Id of the hazard plugin, e.g. earthquake."), QCoreApplication::translate("onemap::EventCommand", "ID")});
  parser.addOption({QStringLiteral("kind"), QCoreApplication::translate("onemap::EventCommand", "Kind of event the plugin models, e.g. quake."), QCoreApplication::translate("onemap::EventCommand", "KIND")});
  parser.addOption({QStringLiteral("value"), QCoreApplication::translate("onemap::EventCommand", "One field of the event, name=value (repeat for each field)."), QCoreApplication::translate("onemap::EventCommand", "NAME=VALUE")});
  parser.addOption({QStringLiteral("id"), QCoreApplication::translate("onemap::EventCommand", "Re-run the impact of stored event N instead of recording one."), QCoreApplication::translate("onemap::EventCommand", "N")});
  parser.addOption({QStringLiteral("level"), QCoreApplication::translate("onemap::EventCommand", "Response level of the checklists: I, II, III or IV (default IV)."), QCoreApplication::translate("onemap::EventCommand", "LEVEL")});
  parser.addOption({QStringLiteral("out"), QCoreApplication::translate("onemap::EventCommand", "Write the impact to a .pdf report instead of printing it."), QCoreApplication::translate("onemap::EventCommand", "FILE")});
  if (const std::optional<int> done = cli::parse(parser, arguments))
    return *done;
  for (const char *required : {"plugin", "kind"})
    if (!parser.isSet(QLatin1String(required)))
      return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "--%1 is required").arg(QLatin1String(required)));
  if (parser.isSet(QStringLiteral("id")) == parser.isSet(QStringLiteral("value")))
    return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "give either --value name=value ... (record an event) or --id N (a stored one)"));
  ResponseLevel level = ResponseLevel::IV;
  if (parser.isSet(QStringLiteral("level")) && !levelFrom(parser.value(QStringLiteral("level")), &level))
    return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "--level must be I, II, III or IV, not %1").arg(parser.value(QStringLiteral("level"))));
  const QString outPath = parser.value(QStringLiteral("out"));
  if (parser.isSet(QStringLiteral("out")) && QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
    return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "--out must end in .pdf, not %1").arg(outPath));

  const QString storePath = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : cli::defaultStorePath();
  auto store = Store::open(storePath);
  if (!store)
    return cli::failure(store.message());
  for (const QString &problem : BoardPlugins::start(storePath))
    cli::err() << problem << Qt::endl;
  PluginRegistry &registry = BoardPlugins::registry();
  const QString pluginId = parser.value(QStringLiteral("plugin"));
  HazardPlugin *plugin = registry.plugin(pluginId);
  if (!plugin) {
    QStringList loaded;
    for (HazardPlugin *p : registry.loadedPlugins())
      loaded << p->id();
    return cli::failure(QCoreApplication::translate("onemap::EventCommand", "no loaded hazard plugin %1 (loaded: %2)").arg(pluginId, loaded.isEmpty() ? QCoreApplication::translate("onemap::EventCommand", "none") : loaded.join(QStringLiteral(", "))));
  }
  const QString kindId = parser.value(QStringLiteral("kind"));
  EventKind kind;
  QStringList kinds;
  for (const EventKind &k : plugin->eventKinds()) {
    kinds << k.id;
    if (k.id == kindId)
      kind = k;
  }
  if (kind.id.isEmpty())
    return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "plugin %1 has no event kind %2 (kinds: %3)").arg(pluginId, kindId, kinds.isEmpty() ? QCoreApplication::translate("onemap::EventCommand", "none") : kinds.join(QStringLiteral(", "))));

  EventFacts facts;
  facts.pluginName = BoardPlugins::displayName(pluginId);
  facts.kindLabel = kind.label;
  if (parser.isSet(QStringLiteral("id"))) {
    bool ok = false;
    facts.eventId = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || facts.eventId <= 0)
      return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "--id must be an event id (a positive number), not %1").arg(parser.value(QStringLiteral("id"))));
  } else {
    QVariantMap values;
    for (const QString &pair : parser.values(QStringLiteral("value"))) {
      const int eq = pair.indexOf(QLatin1Char('='));
      const QString name = pair.left(eq).trimmed();
      auto param = std::find_if(kind.parameters.cbegin(), kind.parameters.cend(), [&](const EventParameter &p) { return p.name == name; });
      if (eq <= 0 || param == kind.parameters.cend()) {
        QStringList names;
        for (const EventParameter &p : kind.parameters)
          names << p.name;
        return cli::usageError(QCoreApplication::translate("onemap::EventCommand", "--value %1: no field %2 in %3 (fields: %4)").arg(pair, name, kindId, names.join(QStringLiteral(", "))));
      }
      const QString text = pair.mid(eq + 1);
      values.insert(name, text);
      facts.values << qMakePair(param->unit.isEmpty() ? param->label : QStringLiteral("%1 (%2)").arg(param->label, param->unit), text);
    }
    // Defaults of the form fill what was not given; the plugin validates all.
    for (const EventParameter &p : kind.parameters)
      if (!values.contains(p.name) && p.defaultValue.isValid())
        values.insert(p.name, p.defaultValue);
    QString error;
    const qint64 id = plugin->recordEvent(store.value()->handle(), kind.id, values, &error);
    if (id < 0)
      return cli::failure(QCoreApplication::translate("onemap::EventCommand", "event not recorded: %1").arg(error.isEmpty() ? QCoreApplication::translate("onemap::EventCommand", "the plugin gave no reason") : error));
    facts.eventId = id;
    cli::err() << QCoreApplication::translate("onemap::EventCommand", "recorded %1 event %2").arg(kind.id).arg(id) << Qt::endl;
  }

  PluginImpactPart part = PluginImpact::forEvent(plugin, facts.pluginName, store.value()->handle(), kind.id, facts.eventId);
  if (!part.error.isEmpty())
    return cli::failure(part.error);
  PluginImpact::addChecklist(plugin, level, part);
  if (parser.isSet(QStringLiteral("out"))) {
    const Status written = EventReport::writePdf(facts, part, store.value()->path(), store.value()->meta(QStringLiteral("county_name")), outPath);
    if (!written)
      return cli::failure(written.message());
    cli::err() << QCoreApplication::translate("onemap::EventCommand", "wrote %1").arg(outPath) << Qt::endl;
    return 0;
  }
  cli::out() << facts.pluginName << QStringLiteral(": ") << facts.kindLabel << QStringLiteral(" #") << facts.eventId << Qt::endl;
  if (!part.areaWkt.isEmpty())
    cli::out() << QCoreApplication::translate("onemap::EventCommand", "Area (WKT, EPSG:4490): %1 characters").arg(part.areaWkt.size()) << Qt::endl;
  printPluginParts({part});
  return 0;
}

} // namespace onemap
