#pragma once
// \brief The snapshot a layer's frames may draw from, shared between the
// layer's SnapshotRenderer (and its per-frame clones, on render threads) and
// the SnapshotKeeper that rebuilds it (GUI thread).
#include "PointSnapshot.h"

#include <QMutex>
#include <QMutexLocker>
#include <atomic>
#include <memory>

namespace onemap {

class SnapshotSlot
{
public:
  //! The snapshot frames may draw: one built for the renderer frames use
  //! now. Built for other variables or another day it still serves while
  //! its successor is built: its symbols are right, some assignments are a
  //! few seconds old, and a plain frame of a big layer would take longer.
  std::shared_ptr<const PointSnapshot> usable() const
  {
    QMutexLocker lock(&mLock);
    return mCurrent && (mCurrent->key == mWanted || mCurrent->rendererKey == mWantedRenderer) ? mCurrent : nullptr;
  }
  //! Built for exactly what frames use now.
  bool isCurrent() const
  {
    QMutexLocker lock(&mLock);
    return mCurrent && mCurrent->key == mWanted;
  }
  std::shared_ptr<const PointSnapshot> current() const
  {
    QMutexLocker lock(&mLock);
    return mCurrent;
  }
  void setCurrent(std::shared_ptr<const PointSnapshot> snapshot)
  {
    QMutexLocker lock(&mLock);
    mCurrent = std::move(snapshot);
  }
  QString wanted() const
  {
    QMutexLocker lock(&mLock);
    return mWanted;
  }
  void setWanted(const QString &key, const QString &rendererKey)
  {
    QMutexLocker lock(&mLock);
    mWanted = key;
    mWantedRenderer = rendererKey;
  }

  std::atomic<int> snapshotFrames {0}; //!< frames drawn from a snapshot
  std::atomic<int> plainFrames {0};    //!< frames left to the layer's own renderer

private:
  mutable QMutex mLock;
  std::shared_ptr<const PointSnapshot> mCurrent;
  QString mWanted;
  QString mWantedRenderer;
};

} // namespace onemap
