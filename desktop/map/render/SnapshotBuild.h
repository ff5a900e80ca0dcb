#pragma once
// \brief Builds a PointSnapshot in a worker thread from what the GUI thread
// gathered (SnapshotInput), whole or for a few changed features.
#include "PointSnapshot.h"

#include <qgsexpressioncontext.h>

#include <QSet>
#include <memory>

class QgsAbstractFeatureSource;
class QgsFeatureRenderer;
class QgsFeedback;
class QgsVectorLayer;

namespace onemap {

struct SnapshotInput
{
  std::unique_ptr<QgsAbstractFeatureSource> source;
  std::unique_ptr<QgsFeatureRenderer> renderer; //!< the layer's own renderer, cloned
  QgsFields fields;
  QgsCoordinateReferenceSystem crs;
  QgsExpressionContext context;                 //!< global, project and layer scopes
  QSet<QString> keptAttributes;                 //!< for labels and data-defined symbols
  QString key;
  QString rendererKey;
  QVariantMap variables; //!< rendererVariables() with their values in context

  //! Gathers everything from \a layer (GUI thread); \a renderer is the one to snapshot.
  static std::unique_ptr<SnapshotInput> from(QgsVectorLayer *layer, const QgsFeatureRenderer &renderer, const QString &key,
                                             const QString &rendererKey);
};

//! The variables \a renderer's rules and class expressions read (e.g. the
//! board's pinned day): a frame whose context gives them other values (a
//! wall showing another moment) cannot use a snapshot built for these.
QSet<QString> rendererVariables(const QgsFeatureRenderer &renderer);

//! Every feature of the source; null when cancelled through \a feedback.
std::shared_ptr<PointSnapshot> buildSnapshot(SnapshotInput &input, QgsFeedback *feedback = nullptr);

//! \a base with the features \a changed re-read: kept where they still exist,
//! added when new, dropped when gone.
std::shared_ptr<PointSnapshot> updateSnapshot(const PointSnapshot &base, SnapshotInput &input, const QgsFeatureIds &changed);

} // namespace onemap
