#pragma once
// \brief The board's way of drawing its point layers fast: a SnapshotKeeper
// for every point layer of the project (now and as layers are added), one
// worker thread that builds their snapshots, and the entry point for "these
// rows of this store table changed" so only those features are re-read and
// only their layers redrawn.
#include <qgsfeatureid.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>

class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

namespace onemap {

class SnapshotKeeper;

class BoardRendering : public QObject
{
  Q_OBJECT
public:
  explicit BoardRendering(QgsProject *project, QObject *parent = nullptr);
  ~BoardRendering() override;

  //! The keeper of \a layer, or null when the layer is drawn the plain way.
  SnapshotKeeper *keeper(const QgsVectorLayer *layer) const;
  QList<SnapshotKeeper *> keepers() const;
  //! Every kept layer has a current snapshot.
  bool isReady() const;
  //! Runs the event loop until isReady() or \a timeoutMs passed; true when ready.
  bool waitUntilReady(int timeoutMs);
  //! The characters of every labelled layer are drawn ahead (LabelSprites).
  bool labelsWarm() const { return mWarming.loadAcquire() == 0; }
  //! Runs the event loop until labelsWarm() or \a timeoutMs passed.
  bool waitUntilLabelsWarm(int timeoutMs);

  //! Rows \a ids of store \a table changed: those features are re-read.
  void rowsChanged(const QString &table, const QgsFeatureIds &ids);
  //! Store \a table changed in bulk: its layers are re-read whole.
  void tableChanged(const QString &table);

  //! The store table behind \a layer (empty for layers not from the store).
  static QString tableOf(const QgsMapLayer *layer);

Q_SIGNALS:
  //! A layer's new snapshot is in place (and the layer was asked to repaint).
  void layerRefreshed(QgsVectorLayer *layer);

private:
  void adopt(const QList<QgsMapLayer *> &layers);
  //! Draws the characters of \a keeper's labels ahead, in the background.
  void warmLabels(SnapshotKeeper *keeper);

  QPointer<QgsProject> mProject;
  QThreadPool mPool;
  QThreadPool mWarmPool; //!< label characters, at idle priority
  QAtomicInt mWarming;
  std::atomic<bool> mClosing {false};
  QHash<const QgsVectorLayer *, SnapshotKeeper *> mKeepers;
};

} // namespace onemap
