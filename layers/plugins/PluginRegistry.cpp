#include "PluginRegistry.h"

#include "api/HazardPlugin.h"
#include "store/Migrations.h"
#include "store/PluginMigrations.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QSettings>
#include <QStandardPaths>

namespace onemap {

namespace {
QString settingsKey(const QString &id) { return QStringLiteral("plugins/%1/enabled").arg(id); }

QStringList contributionsOf(const HazardPlugin &p)
{
  QStringList c;
  if (const int n = p.migrations().size())
    c << QCoreApplication::translate("onemap::PluginRegistry", "own tables (schema %1)").arg(n);
  if (!p.layerStyles().isEmpty())
    c << QCoreApplication::translate("onemap::PluginRegistry", "layer styles");
  c << QCoreApplication::translate("onemap::PluginRegistry", "warning rule") << QCoreApplication::translate("onemap::PluginRegistry", "impact section");
  if (!p.checklist(ResponseLevel::IV, ResponseTier::County).isEmpty())
    c << QCoreApplication::translate("onemap::PluginRegistry", "response checklists");
  if (!p.dailyStatisticsFields().isEmpty())
    c << QCoreApplication::translate("onemap::PluginRegistry", "daily statistics fields");
  QStringList kinds;
  for (const EventKind &k : p.eventKinds())
    kinds << k.label;
  if (!kinds.isEmpty())
    c << QCoreApplication::translate("onemap::PluginRegistry", "events: %1").arg(kinds.join(QLatin1Char('/')));
  return c;
}
} // namespace

QStringList PluginRegistry::defaultSearchPaths()
{
  const QByteArray env = qgetenv("ONEMAP_PLUGIN_PATH");
  if (!env.isEmpty())
    return QString::fromLocal8Bit(env).split(QLatin1Char(':'), Qt::SkipEmptyParts);
  QStringList paths;
  // The build tree puts plugins in <build>/lib/onemap/plugins beside <build>/bin;
  // an install in <prefix>/<libdir>/onemap/plugins (libdir may be lib/<triplet>).
  const QDir exe(QCoreApplication::applicationDirPath());
  paths << exe.absoluteFilePath(QStringLiteral("../lib/onemap/plugins"));
#ifdef ONEMAP_INSTALL_PLUGIN_SUBDIR
  const QString installed = exe.absoluteFilePath(QStringLiteral("../" ONEMAP_INSTALL_PLUGIN_SUBDIR));
  if (!paths.contains(installed))
    paths << installed;
#endif
  const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (!user.isEmpty())
    paths << QDir(user).absoluteFilePath(QStringLiteral("plugins"));
  return paths;
}

PluginRegistry::PluginRegistry(QStringList searchPaths, int schemaVersion)
  : mPaths(std::move(searchPaths)), mSchemaVersion(schemaVersion < 0 ? Migrations::latestVersion() : schemaVersion)
{
}

PluginRegistry::~PluginRegistry() = default;

void PluginRegistry::discover()
{
  QStringList seen;
  for (const PluginEntry &e : qAsConst(mEntries))
    seen << e.file;
  for (const QString &path : qAsConst(mPaths)) {
    const QDir dir(path);
    if (!dir.exists())
      continue;
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.so")}, QDir::Files, QDir::Name)) {
      const QString file = fi.canonicalFilePath();
      if (seen.contains(file))
        continue; // the same folder reached twice (build tree = <exe>/../lib)
      seen << file;
      consider(file);
    }
  }
}

void PluginRegistry::consider(const QString &file)
{
  PluginEntry e;
  e.file = file;
  auto loader = std::make_unique<QPluginLoader>(file);
  const QJsonObject meta = loader->metaData();
  const auto skip = [&](const QString &why) {
    e.state = PluginEntry::State::Skipped;
    e.message = why;
    mEntries << e;
  };
  if (meta.isEmpty())
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1 is not a OneMap plugin: %2").arg(QFileInfo(file).fileName(), loader->errorString()));
  if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(OneMapHazardPlugin_iid))
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1 is a Qt plugin of another kind (%2)").arg(QFileInfo(file).fileName(), meta.value(QStringLiteral("IID")).toString()));

  const QJsonObject spec = meta.value(QStringLiteral("MetaData")).toObject();
  e.id = spec.value(QStringLiteral("id")).toString();
  const QJsonObject names = spec.value(QStringLiteral("name")).toObject();
  e.nameZh = names.value(QStringLiteral("zh")).toString();
  e.nameEn = names.value(QStringLiteral("en")).toString();
  e.version = spec.value(QStringLiteral("version")).toString();
  e.apiVersion = spec.value(QStringLiteral("apiVersion")).toInt();
  e.requiredSchema = spec.value(QStringLiteral("requiredSchema")).toInt();
  for (const QJsonValue &v : spec.value(QStringLiteral("hazardCodes")).toArray())
    e.hazardCodes << v.toString();

  const QString name = QFileInfo(file).fileName();
  if (e.id.isEmpty())
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1: its metadata has no \"id\"").arg(name));
  for (const PluginEntry &other : qAsConst(mEntries))
    if (other.id == e.id && other.state != PluginEntry::State::Skipped)
      return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1: plugin id \"%2\" is already provided by %3").arg(name, e.id, other.file));
  if (e.apiVersion != kHazardPluginApiVersion)
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1: built for plugin API %2, this board has API %3").arg(name).arg(e.apiVersion).arg(kHazardPluginApiVersion));
  if (e.requiredSchema > mSchemaVersion)
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1: needs store schema %2, this board writes schema %3").arg(name).arg(e.requiredSchema).arg(mSchemaVersion));
  if (!isEnabled(e.id)) {
    e.state = PluginEntry::State::Disabled;
    mEntries << e;
    return;
  }

  QObject *instance = loader->instance();
  if (!instance)
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1 could not be loaded: %2").arg(name, loader->errorString()));
  auto *plugin = qobject_cast<HazardPlugin *>(instance);
  if (!plugin) {
    loader->unload();
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1 does not implement the hazard plugin interface").arg(name));
  }
  if (plugin->id() != e.id) {
    loader->unload();
    return skip(QCoreApplication::translate("onemap::PluginRegistry", "%1: its code says id \"%2\" but its metadata says \"%3\"").arg(name, plugin->id(), e.id));
  }
  e.plugin = plugin;
  e.state = PluginEntry::State::Loaded;
  e.contributions = contributionsOf(*plugin);
  mEntries << e;
  mLoaders.push_back(std::move(loader));
}

QVector<HazardPlugin *> PluginRegistry::loadedPlugins() const
{
  QVector<HazardPlugin *> out;
  for (const PluginEntry &e : mEntries)
    if (e.state == PluginEntry::State::Loaded)
      out << e.plugin;
  return out;
}

HazardPlugin *PluginRegistry::plugin(const QString &id) const
{
  for (const PluginEntry &e : mEntries)
    if (e.state == PluginEntry::State::Loaded && e.id == id)
      return e.plugin;
  return nullptr;
}

bool PluginRegistry::isEnabled(const QString &id)
{
  return QSettings().value(settingsKey(id), true).toBool();
}

void PluginRegistry::setEnabled(const QString &id, bool enabled)
{
  QSettings().setValue(settingsKey(id), enabled);
}

Status PluginRegistry::applyMigrations(Store &store) const
{
  QStringList failures;
  for (const PluginEntry &e : mEntries) {
    if (e.state != PluginEntry::State::Loaded)
      continue;
    const Result<int> r = PluginMigrations::apply(store, e.id, e.plugin->migrations());
    if (!r)
      failures << r.message();
  }
  return failures.isEmpty() ? Status() : Status::failure(failures.join(QLatin1Char('\n')));
}

Status PluginRegistry::writeSamples(Store &store, quint64 seed) const
{
  if (Status s = applyMigrations(store); !s)
    return s;
  for (HazardPlugin *p : loadedPlugins()) {
    const Status s = store.transaction([&]() -> Status {
      const QString err = p->generateSample(store.handle(), seed);
      return err.isEmpty() ? Status()
                           : Status::failure(QCoreApplication::translate("onemap::PluginRegistry", "Plugin %1, sample data: %2").arg(p->id(), err));
    });
    if (!s)
      return s;
  }
  return Status();
}

QString PluginRegistry::stateText(PluginEntry::State state)
{
  switch (state) {
  case PluginEntry::State::Loaded:
    return QCoreApplication::translate("onemap::PluginRegistry", "loaded");
  case PluginEntry::State::Disabled:
    return QCoreApplication::translate("onemap::PluginRegistry", "disabled");
  case PluginEntry::State::Skipped:
    break;
  }
  return QCoreApplication::translate("onemap::PluginRegistry", "skipped");
}

} // namespace onemap
