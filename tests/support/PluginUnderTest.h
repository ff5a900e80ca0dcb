#pragma once
// Test fixture: one hazard plugin loaded from the build's plugin folder next
// to the others, over a real sample-county store (see SampleStore.h).
#include "GeocodeCap.h"
#include "SampleStore.h"
#include "StoreQueries.h"
#include "api/HazardPlugin.h"
#include "plugins/PluginRegistry.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <memory>

namespace onemap::testing {

struct PluginUnderTest
{
  SampleStore sample;
  std::unique_ptr<Store> store;
  std::unique_ptr<PluginRegistry> registry;
  HazardPlugin *plugin = nullptr;

  //! Opens the sample store, discovers every plugin built into
  //! ${build}/lib/onemap/plugins and picks \a id; an error text, or empty.
  QString open(const QString &id)
  {
    QStandardPaths::setTestModeEnabled(true);
    if (!sample.ok())
      return sample.message();
    auto s = Store::open(sample.path());
    if (!s.ok())
      return s.message().isEmpty() ? QStringLiteral("cannot open %1").arg(sample.path()) : s.message();
    store = s.take();
    registry = std::make_unique<PluginRegistry>(QStringList {QStringLiteral(ONEMAP_BINARY_DIR "/lib/onemap/plugins")});
    registry->discover();
    plugin = registry->plugin(id);
    return plugin ? QString() : QStringLiteral("plugin %1 not found").arg(id);
  }

  //! Every loaded plugin's migrations; an error text, or empty.
  QString applyMigrations() { return errorOf(registry->applyMigrations(*store), "migrations"); }

  //! Every loaded plugin's sample rows for \a seed; an error text, or empty.
  QString writeSamples(quint64 seed) { return errorOf(registry->writeSamples(*store, seed), "sample rows"); }

  //! The sample county's township codes, in code order.
  QStringList townships() const
  {
    return column(store->handle(), QStringLiteral("SELECT code FROM admin_units WHERE level = 'township' ORDER BY code"));
  }

  //! Ingests \a cap into the store as received at \a at; the warnings row id or -1.
  qint64 ingest(const GeocodeCap &cap, const QDateTime &at) { return cap.ingest(*store, at); }

  //! A CAP alert from \a sender over \a codes with GeocodeCap's other defaults.
  qint64 ingest(const QString &identifier, const QString &event, const QStringList &codes, const QString &sender,
                const QString &senderName, const QDateTime &at)
  {
    GeocodeCap c;
    c.identifier = identifier;
    c.event = event;
    c.codes = codes;
    c.sender = sender;
    c.senderName = senderName;
    return ingest(c, at);
  }

private:
  // A failure always reads as non-empty, even one without a message.
  static QString errorOf(const Status &s, const char *what)
  {
    if (s.ok())
      return QString();
    return s.message().isEmpty() ? QStringLiteral("%1 failed").arg(QLatin1String(what)) : s.message();
  }
};

} // namespace onemap::testing
