#include "LabelEngineAccess.h"

#include <qgslabelingengine.h>

#include <QMutex>

namespace onemap {

namespace {

// The engine keeps its providers protected; a member pointer taken through
// a subclass reaches them without changing QGIS.
struct EngineProviders : QgsLabelingEngine
{
  static QList<QgsAbstractLabelProvider *> QgsLabelingEngine::*member() { return &EngineProviders::mProviders; }
};

} // namespace

QMutex &labelingEngineLock()
{
  static QMutex lock;
  return lock;
}

QList<QgsAbstractLabelProvider *> labelProviders(QgsLabelingEngine *engine)
{
  return engine ? engine->*EngineProviders::member() : QList<QgsAbstractLabelProvider *>();
}

} // namespace onemap
