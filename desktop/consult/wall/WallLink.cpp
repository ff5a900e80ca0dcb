#include "WallLink.h"

#include "WallWindow.h"

#include <qgsmapcanvas.h>

namespace onemap {

WallLink::WallLink(QgsMapCanvas *seatCanvas, WallWindow *wall, ConsultationSession *session, QObject *parent)
  : QObject(parent ? parent : wall), mSeat(seatCanvas), mWall(wall)
{
  if (!mSeat || !mWall)
    return;
  connect(mSeat, &QObject::destroyed, this, [this] { mSeat = nullptr; });
  connect(mWall, &QObject::destroyed, this, [this] { mWall = nullptr; });
  connect(mSeat, &QgsMapCanvas::extentsChanged, this, &WallLink::syncExtent);
  connect(mSeat, &QgsMapCanvas::destinationCrsChanged, this, &WallLink::syncExtent);
  mWall->setSession(session);
  syncExtent();
}

void WallLink::setPaused(bool paused)
{
  mPaused = paused;
  if (!paused)
    syncExtent();
}

void WallLink::syncExtent()
{
  if (mPaused || !mSeat || !mWall)
    return;
  // The visible extent: what the operator sees, rotation and aspect included.
  mWall->setMapExtent(mSeat->extent(), mSeat->mapSettings().destinationCrs());
}

} // namespace onemap
