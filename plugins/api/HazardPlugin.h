#pragma once
// \brief The interface every hazard module (geohazard, flood, forestfire, ...)
// implements. A plugin is a Qt plugin whose JSON metadata (id, names zh/en,
// version, hazard codes, required schema version) is read before it is loaded;
// it reaches the board only through BoardInterface, never through board headers.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace onemap {

class Store;

//! What the board offers a plugin. Implemented by the board.
class BoardInterface
{
public:
  virtual ~BoardInterface() = default;
  //! The open situation store; null while none is open.
  virtual Store *store() = 0;
  //! Schema version of the store this board writes.
  virtual int schemaVersion() const = 0;
  //! Asks the map to redraw the layer built from \a table.
  virtual void refreshTable(const QString &table) = 0;
};

//! Response levels IV (lowest) to I (highest).
enum class ResponseLevel { IV = 4, III = 3, II = 2, I = 1 };

class HazardPlugin
{
public:
  virtual ~HazardPlugin() = default;

  //! Life cycle (as Qt Creator's): the constructor does nothing; initialize()
  //! may fail with a message, after which the board skips the plugin.
  virtual bool initialize(BoardInterface *board, QString *errorMessage) = 0;
  virtual void aboutToShutdown() {}

  //! Stable id, e.g. "geohazard"; equals the "id" of the JSON metadata.
  virtual QString id() const = 0;
  //! Board hazard codes this plugin handles, e.g. {"landslide", "collapse"}.
  virtual QStringList hazardCodes() const = 0;

  //! Extra tables: SQL for each schema step of the plugin, applied in order.
  virtual QStringList migrations() const { return {}; }
  //! Response checklist for a level and tier ("county", "township", "village").
  virtual QStringList responseChecklist(ResponseLevel level, const QString &tier) const
  {
    Q_UNUSED(level)
    Q_UNUSED(tier)
    return {};
  }
  //! Its section of the impact summary for the warning or event described in \a context.
  virtual QJsonObject impactSection(const QJsonObject &context) const
  {
    Q_UNUSED(context)
    return {};
  }
};

} // namespace onemap

#define OneMapHazardPlugin_iid "cn.onemap.HazardPlugin/1.0"
Q_DECLARE_INTERFACE(onemap::HazardPlugin, OneMapHazardPlugin_iid)
