#pragma once
// \brief The video wall (会商大屏): a frameless presentation window over the
// chosen screens, or over an explicit rectangle (offscreen in tests and in
// `onemap consult wall`). A title strip (county, meeting, current step,
// clock) over the main map, an overview of the whole county with the main
// map's extent framed, and the boards: warnings, impact by township, forces,
// tasks. Which panels show follows the session's boards(); the boards
// refresh when the record changes and every minute (warnings change).
//
// The wall is display-only: no map tools, mouse and wheel do nothing; only
// a presenter remote's PageDown/PageUp (next/previous step) is taken. Its
// main map follows the project's layer tree (the operator's), so what is on
// for the operator is on for the wall; WallLink drives its extent. Sizes come
// from WallTheme only.
#include "WallTheme.h"
#include "export/consultation/JudgementData.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QWidget>

class QLabel;
class QScreen;
class QTimer;
class QgsCoordinateReferenceSystem;
class QgsLayerTreeMapCanvasBridge;
class QgsMapCanvas;
class QgsProject;
class QgsRectangle;
class QgsRubberBand;

namespace onemap {

class ConsultationSession;
class WallBoard;

class WallWindow : public QWidget
{
  Q_OBJECT
public:
  //! A wall covering \a geometry (screen coordinates; the size is what counts offscreen).
  WallWindow(QgsProject *project, const QRect &geometry, QWidget *parent = nullptr);
  WallWindow(QgsProject *project, const QSize &size, QWidget *parent = nullptr);
  ~WallWindow() override;

  //! The rectangle covering all of \a screens (the wall's geometry).
  static QRect unitedGeometry(const QList<QScreen *> &screens);
  //! Panel codes in display order: map, overview, warnings, impact, forces, tasks.
  static const QStringList &panelCodes();

  //! Shows the window over its geometry, frameless (full screen when that is one screen).
  void present();

  const WallTheme &theme() const { return mTheme; }
  QgsProject *project() const { return mProject; }
  QgsMapCanvas *mapCanvas() const { return mMap; }
  QgsMapCanvas *overviewCanvas() const { return mOverview; }
  //! The panel widget for \a code (map, overview or a board), or null.
  QWidget *panel(const QString &code) const { return mPanels.value(code); }
  WallBoard *board(const QString &code) const;
  //! Codes of the panels shown now, in display order.
  QStringList shownPanels() const;
  QLabel *countyLabel() const { return mCounty; }
  QLabel *meetingLabel() const { return mMeetingTitle; }
  QLabel *stepLabel() const { return mStep; }
  QLabel *clockLabel() const { return mClock; }

  //! Follows \a session: its meeting and step in the title, its boards, its
  //! record on the boards. Null: no meeting (every panel, no tasks).
  void setSession(ConsultationSession *session);
  ConsultationSession *session() const { return mSession; }
  //! The step shown in the title (0-based, -1 none).
  int shownStep() const { return mShownStep; }

  //! Shows the panels with these codes (unknown codes ignored); empty: all.
  void showPanels(const QStringList &codes);
  //! Puts \a extent (in \a crs) on the main map: same centre, all of it visible.
  void setMapExtent(const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs);
  void zoomToCounty();

  //! Freezes the wall's clock at \a now: title clock, the day boards judge
  //! (warnings in force, overdue tasks) and the maps' warning stages. An
  //! invalid \a now goes back to the live clock.
  void setNow(const QDateTime &now);
  QDateTime now() const;
  //! Gathers the judgement data again and fills the boards.
  void refreshBoards();
  //! Fills the boards with the session's record (decisions, tasks) on the
  //! data last gathered; the store is not read again.
  void refreshRecord();

  //! True when neither visible canvas is drawing or about to draw.
  bool isDrawn();
  //! Runs the event loop until isDrawn() (false after \a timeoutMs).
  bool waitUntilDrawn(int timeoutMs = 60000);
  QImage grabImage();

protected:
  void resizeEvent(QResizeEvent *event) override;
  //! A presenter remote aimed at the wall: PageDown/PageUp step the agenda.
  void keyPressEvent(QKeyEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void build();
  QgsMapCanvas *makeCanvas(); //!< magnified once shown (eventFilter)
  void watchCanvas(QgsMapCanvas *canvas);
  void watchSelections();
  double magnificationFor(const QgsMapCanvas *canvas) const;
  void relayout();
  void updateTitle();
  void updateClock();
  void updateOverview();
  void updateOverviewFrame();
  void applyNowToCanvases();

  QgsProject *mProject = nullptr;
  QRect mWallGeometry;
  WallTheme mTheme;
  ConsultationSession *mSession = nullptr; //!< nulled when destroyed
  QList<QMetaObject::Connection> mSessionConnections;
  QList<QMetaObject::Connection> mSelectionConnections;

  QWidget *mTitleStrip = nullptr;
  QLabel *mCounty = nullptr;
  QLabel *mMeetingTitle = nullptr;
  QLabel *mStep = nullptr;
  QLabel *mClock = nullptr;
  QgsMapCanvas *mMap = nullptr;
  QgsMapCanvas *mOverview = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  QgsRubberBand *mExtentFrame = nullptr;
  QHash<QString, QWidget *> mPanels;
  QStringList mShown;
  int mShownStep = -1;

  QDateTime mFrozenNow;
  QTimer *mClockTimer = nullptr;
  QTimer *mBoardTimer = nullptr;
  QHash<QgsMapCanvas *, bool> mPending;
  QElapsedTimer mLastCanvasActivity;
  //! What the boards show: gathered whole on a meeting change and every
  //! minute; a record change only swaps the meeting's part.
  JudgementData mData;
};

} // namespace onemap
