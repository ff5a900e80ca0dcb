#pragma once
// \brief Finds hazard plugins (*.so) at start-up, checks each one's JSON
// metadata before loading any code, loads the compatible enabled ones and
// keeps a clear message for every plugin it skips. A board with no plugin
// folder, or with only broken plugins, runs as before.
#include "store/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

class QPluginLoader;

namespace onemap {

class HazardPlugin;
class Store;

struct PluginEntry
{
  enum class State { Loaded, Disabled, Skipped };

  QString file;        //!< absolute path of the library
  QString id;
  QString nameZh;
  QString nameEn;
  QString version;
  int apiVersion = 0;
  int requiredSchema = 0;
  QStringList hazardCodes;
  State state = State::Skipped;
  QString message;     //!< why it was skipped (names the file)
  QStringList contributions; //!< what a loaded plugin adds, for the manager
  HazardPlugin *plugin = nullptr; //!< set when Loaded
};

class PluginRegistry
{
public:
  //! $ONEMAP_PLUGIN_PATH (':'-separated) if set, else <exe>/../lib/onemap/plugins
  //! (the build tree), <exe>/../<libdir>/onemap/plugins (installed) and the
  //! user's AppData/plugins.
  static QStringList defaultSearchPaths();

  //! \a schemaVersion: the store schema this board writes; a plugin that needs
  //! a newer one is skipped.
  explicit PluginRegistry(QStringList searchPaths = defaultSearchPaths(), int schemaVersion = -1);
  ~PluginRegistry();
  PluginRegistry(const PluginRegistry &) = delete;
  PluginRegistry &operator=(const PluginRegistry &) = delete;

  //! Scans the folders; safe to call again (unloads nothing already loaded).
  void discover();

  const QStringList &searchPaths() const { return mPaths; }
  const QVector<PluginEntry> &entries() const { return mEntries; }
  QVector<HazardPlugin *> loadedPlugins() const;
  HazardPlugin *plugin(const QString &id) const;

  //! Enable/disable, persisted in QSettings ("plugins/<id>/enabled"); takes
  //! effect at the next discover()/start-up. Enabled unless disabled.
  static bool isEnabled(const QString &id);
  static void setEnabled(const QString &id, bool enabled);

  //! Brings \a store to every loaded plugin's latest schema step. A plugin
  //! whose migration fails is reported in the message; the others still apply.
  Status applyMigrations(Store &store) const;
  //! For a new sample county: migrations, then each loaded plugin's sample
  //! rows, each plugin in its own transaction.
  Status writeSamples(Store &store, quint64 seed) const;

  static QString stateText(PluginEntry::State state);

private:
  void consider(const QString &file);

  QStringList mPaths;
  int mSchemaVersion;
  QVector<PluginEntry> mEntries;
  std::vector<std::unique_ptr<QPluginLoader>> mLoaders;
};

} // namespace onemap
