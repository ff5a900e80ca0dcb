#include "BoardModules.h"

#include "BoardModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPluginLoader>
#include <QtDebug>

namespace onemap::BoardModules {

namespace {

BoardModuleEntry consider(const QString &file)
{
  BoardModuleEntry e;
  e.file = file;
  const QString name = QFileInfo(file).fileName();
  QPluginLoader loader(file);
  const QJsonObject meta = loader.metaData();
  if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(OneMapBoardModule_iid)) {
    e.message = QCoreApplication::translate("onemap::BoardModules", "%1 is not a OneMap board module").arg(name);
    return e;
  }
  const QJsonObject spec = meta.value(QStringLiteral("MetaData")).toObject();
  e.id = spec.value(QStringLiteral("id")).toString();
  e.nameZh = spec.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString();
  e.nameEn = spec.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString();
  e.version = spec.value(QStringLiteral("version")).toString();
  for (const QJsonValue &v : spec.value(QStringLiteral("commands")).toArray())
    e.commands << v.toString();
  const int api = spec.value(QStringLiteral("apiVersion")).toInt();
  if (e.id.isEmpty()) {
    e.message = QCoreApplication::translate("onemap::BoardModules", "%1: its metadata has no \"id\"").arg(name);
    return e;
  }
  if (api != kBoardModuleApiVersion) {
    e.message = QCoreApplication::translate("onemap::BoardModules", "%1 was built for module API %2; this board has %3").arg(name).arg(api).arg(kBoardModuleApiVersion);
    return e;
  }
  QObject *instance = loader.instance();
  e.module = qobject_cast<BoardModule *>(instance);
  if (!e.module)
    e.message = QCoreApplication::translate("onemap::BoardModules", "%1 cannot be loaded: %2").arg(name, loader.errorString());
  else if (e.module->id() != e.id) {
    e.message = QCoreApplication::translate("onemap::BoardModules", "%1 says its id is \"%2\" but its metadata says \"%3\"").arg(name, e.module->id(), e.id);
    e.module = nullptr;
  }
  return e;
}

} // namespace

QStringList defaultSearchPaths()
{
  const QByteArray env = qgetenv("ONEMAP_MODULE_PATH");
  if (!env.isEmpty())
    return QString::fromLocal8Bit(env).split(QLatin1Char(':'), Qt::SkipEmptyParts);
  const QDir exe(QCoreApplication::applicationDirPath());
  QStringList paths {QDir::cleanPath(exe.absoluteFilePath(QStringLiteral("../lib/onemap/modules")))};
#ifdef ONEMAP_INSTALL_MODULE_SUBDIR
  const QString installed = QDir::cleanPath(exe.absoluteFilePath(QStringLiteral("../" ONEMAP_INSTALL_MODULE_SUBDIR)));
  if (!paths.contains(installed))
    paths << installed;
#endif
  return paths;
}

const QVector<BoardModuleEntry> &entries(const QStringList &searchPaths)
{
  // One scan per set of folders: a module's code stays loaded for the process.
  static QMap<QStringList, QVector<BoardModuleEntry>> scanned;
  auto it = scanned.find(searchPaths);
  if (it != scanned.end())
    return it.value();
  QVector<BoardModuleEntry> found;
  QStringList seen;
  for (const QString &path : searchPaths) {
    const QDir dir(path);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.so")}, QDir::Files, QDir::Name)) {
      const QString file = fi.canonicalFilePath();
      if (seen.contains(file))
        continue;
      seen << file;
      found << consider(file);
      if (!found.last().message.isEmpty())
        qWarning().noquote() << found.last().message;
    }
  }
  return scanned.insert(searchPaths, found).value();
}

BoardModule *module(const QString &id)
{
  for (const BoardModuleEntry &e : entries())
    if (e.module && e.id == id)
      return e.module;
  return nullptr;
}

void attachAll(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  for (const BoardModuleEntry &e : entries())
    if (e.module)
      e.module->attach(window, project, canvas);
}

int runCommand(const QString &moduleId, const QString &verb, const QStringList &arguments)
{
  for (const BoardModuleEntry &e : entries())
    if (e.module && e.id == moduleId && e.commands.contains(verb))
      return e.module->runCommand(verb, arguments);
  return -1;
}

} // namespace onemap::BoardModules
