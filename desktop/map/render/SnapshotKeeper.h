#pragma once
// \brief Keeps one point layer's snapshot current (GUI thread): puts a
// SnapshotRenderer around the layer's renderer, rebuilds the snapshot in a
// worker when the data, style, variables or day change, patches it when
// told which features changed, and repaints only this layer when a new
// snapshot is ready.
#include "SnapshotSlot.h"

#include <qgsfeatureid.h>
#include <qgsvectorlayer.h>

#include <QObject>
#include <QPointer>
#include <memory>

class QThreadPool;

namespace onemap {

class SnapshotKeeper : public QObject
{
  Q_OBJECT
public:
  //! Wraps \a layer's renderer when it is a point layer with a supported one.
  SnapshotKeeper(QgsVectorLayer *layer, QThreadPool *pool, QObject *parent = nullptr);
  ~SnapshotKeeper() override;

  //! Whether \a layer can be drawn from snapshots.
  static bool suits(const QgsVectorLayer *layer);

  QgsVectorLayer *layer() const { return mLayer; }
  const std::shared_ptr<SnapshotSlot> &slot() const { return mSlot; }
  //! A snapshot for the layer's current renderer and context is in place and no rebuild is pending.
  bool isReady() const;

  //! Snapshots built whole, and patched for a few features, so far.
  int fullBuilds() const { return mFullBuilds; }
  int patches() const { return mPatches; }

  //! Re-reads only these features (changed, added or deleted in the store).
  void featuresChanged(const QgsFeatureIds &ids);
  //! Re-reads every feature (e.g. after a bulk import).
  void dataChanged();
  //! Checks the renderer, variables and day against the snapshot's.
  void contextChanged();
  //! Deletes the keeper once no build of it is running (its layer is going).
  void retire();

Q_SIGNALS:
  void snapshotReady();

private:
  QString rendererKey() const;
  QString contextKey() const;
  void schedule();
  void finished(std::shared_ptr<PointSnapshot> built);

  QPointer<QgsVectorLayer> mLayer;
  QThreadPool *mPool;
  std::shared_ptr<SnapshotSlot> mSlot;
  int mFullBuilds = 0;
  int mPatches = 0;
  bool mRunning = false;
  bool mRetired = false;
  bool mFullPending = false;
  QgsFeatureIds mPendingIds;
};

} // namespace onemap
