#pragma once
// \brief The operator seat drives the wall: what the operator looks at and
// selects, the wall shows.
//
// - Extent: every change of the seat canvas's extent puts the same centre on
//   the wall's main map, widened to the wall's aspect so all of the seat's
//   view is on the wall.
// - Layers: the wall's main map follows the project's layer tree through its
//   own QgsLayerTreeMapCanvasBridge, the same tree the seat's bridge edits, so
//   switching a layer on or off at the seat does it on the wall.
// - Selection: layer objects are shared, so a selection made at the seat is
//   the wall's selection too; the wall canvas repaints on the layer's
//   selectionChanged. Selecting never moves the wall (no forced zoom).
// - The meeting: the wall follows the session (step in the title, boards).
// - Not mirrored: map tools, rubber bands, the seat's mouse; the wall is
//   display-only, and nothing goes back from the wall to the seat.
#include <QObject>

class QgsMapCanvas;

namespace onemap {

class ConsultationSession;
class WallWindow;

class WallLink : public QObject
{
  Q_OBJECT
public:
  //! Links at once: the wall takes the seat's extent and follows \a session.
  WallLink(QgsMapCanvas *seatCanvas, WallWindow *wall, ConsultationSession *session, QObject *parent = nullptr);

  QgsMapCanvas *seatCanvas() const { return mSeat; }
  WallWindow *wall() const { return mWall; }
  //! Pauses following the seat (the operator prepares the next view); on resume the wall catches up.
  void setPaused(bool paused);
  bool isPaused() const { return mPaused; }
  //! Puts the seat's current extent on the wall now.
  void syncExtent();

private:
  QgsMapCanvas *mSeat = nullptr; //!< nulled when destroyed
  WallWindow *mWall = nullptr;
  bool mPaused = false;
};

} // namespace onemap
