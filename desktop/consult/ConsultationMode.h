#pragma once
// \brief Consultation mode on the operator's window: one meeting session, the
// consultation dock (meetings, agenda, record), the plotting tool bar and
// layers, the video wall on the chosen screens driven from this seat, and
// the 会商 menu that reaches all of it. The "consult" board module calls
// attach(); tests may call it directly.
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;
class QgsMapCanvas;
class QgsProject;
class QScreen;

namespace onemap {

class ConsultationDock;
class ConsultationSession;
class PlotToolbar;
class WallLink;
class WallWindow;

class ConsultationMode : public QObject
{
  Q_OBJECT
public:
  //! Adds the mode to \a window; null (with a warning) when the project has no store.
  static ConsultationMode *attach(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);

  ConsultationSession *session() const { return mSession; }
  ConsultationDock *dock() const { return mDock; }
  PlotToolbar *plotToolbar() const { return mPlots; }
  WallWindow *wall() const;
  WallLink *wallLink() const;

  //! Puts the wall over \a screens (their united geometry) and links it to
  //! the seat; replaces a wall already shown.
  WallWindow *openWall(const QList<QScreen *> &screens);
  //! The wall over an explicit rectangle (tests, offscreen).
  WallWindow *openWall(const QRect &geometry);
  void closeWall();

  //! Open tasks past their deadline in all meetings, as of today.
  int overdueTasks() const;

private:
  ConsultationMode(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas, ConsultationSession *session);
  void buildMenu();
  void chooseWallScreens();
  void showOverdueTasks();
  void editTemplates();
  void updateOverdueBadge();

  QMainWindow *mWindow;
  QgsProject *mProject;
  QgsMapCanvas *mCanvas;
  ConsultationSession *mSession;
  ConsultationDock *mDock = nullptr;
  PlotToolbar *mPlots = nullptr;
  QPointer<WallWindow> mWall;
  QPointer<WallLink> mLink;
  QLabel *mOverdueBadge = nullptr;
  QAction *mPauseWall = nullptr;
};

} // namespace onemap
