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
  //! The snapshot when it was built for the renderer and context frames use now, else null.
  std::shared_ptr<const PointSnapshot> usable() const
  {
    QMutexLocker lock(&mLock);
    return mCurrent && mCurrent->key == mWanted ? mCurrent : nullptr;
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
  void setWanted(const QString &key)
  {
    QMutexLocker lock(&mLock);
    mWanted = key;
  }

  std::atomic<int> snapshotFrames {0}; //!< frames drawn from a snapshot
  std::atomic<int> plainFrames {0};    //!< frames left to the layer's own renderer

private:
  mutable QMutex mLock;
  std::shared_ptr<const PointSnapshot> mCurrent;
  QString mWanted;
};

} // namespace onemap
