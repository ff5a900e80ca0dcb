#pragma once
// \brief The loaded hazard plugins' tables as map layers, next to the board's
// (StoreMapLayers calls this; nothing else builds layers from the store):
// one legend group per plugin named in the UI language, a layer per
// LayerStyle titled by it and styled by its QML (inline or ":/" resource),
// the geometry column read from geometry_columns. A table that is missing or
// a style that does not parse skips that layer with a message naming the
// plugin; the board still opens.
#include <QStringList>

class QgsProject;

namespace onemap::PluginMapLayers {

//! Custom property holding the plugin id on a plugin layer and its group.
constexpr const char *kPluginIdProperty = "onemap/plugin-id";

//! Spec id of a plugin layer, for StoreMapLayers::layer(): "plugin:<id>:<table>".
QString specId(const QString &pluginId, const QString &table);

//! Adds the layers to \a project, the groups from \a position of the layer
//! tree's root on. Returns the problems, one per skipped layer (also kept for
//! the plugin manager).
QStringList add(const QString &storePath, QgsProject *project, int position = 0);

} // namespace onemap::PluginMapLayers
