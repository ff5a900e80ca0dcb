#pragma once
// \brief What snapshot frames need from a frame's QGIS labeling engine that
// its public API does not give: the list of its label providers, and one
// lock for adding providers from layer renderers' threads.
#include <QList>

class QMutex;
class QgsAbstractLabelProvider;
class QgsLabelingEngine;

namespace onemap {

//! Held while a layer renderer adds a provider to, or looks through, a frame's
//! engine (a parallel job's layer renderers run in threads of their own).
QMutex &labelingEngineLock();

//! The engine's providers; call with labelingEngineLock() held.
QList<QgsAbstractLabelProvider *> labelProviders(QgsLabelingEngine *engine);

} // namespace onemap
