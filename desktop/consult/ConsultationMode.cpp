#include "ConsultationMode.h"

#include "ConsultationSession.h"
#include "agenda/ConsultationDock.h"
#include "export/notices/NoticeActions.h"
#include "plot/PlotLayers.h"
#include "plot/PlotToolbar.h"
#include "record/OverdueTasksDialog.h"
#include "record/RecordPanel.h"
#include "record/TemplateEditorDialog.h"
#include "ui/ViewMenu.h"
#include "wall/WallLink.h"
#include "wall/WallScreensDialog.h"
#include "wall/WallWindow.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QtDebug>

namespace onemap {

ConsultationMode *ConsultationMode::attach(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  const QString path = NoticeActions::storePathOf(project);
  if (path.isEmpty())
    return nullptr;
  auto *session = new ConsultationSession(path, window);
  if (!session->isValid()) {
    qWarning().noquote() << session->error();
    delete session;
    return nullptr;
  }
  return new ConsultationMode(window, project, canvas, session);
}

ConsultationMode::ConsultationMode(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas, ConsultationSession *session)
  : QObject(window), mWindow(window), mProject(project), mCanvas(canvas), mSession(session)
{
  setObjectName(QStringLiteral("consultation-mode"));
  mDock = ConsultationDock::addTo(window, project, canvas, session);
  mDock->addTab(new RecordPanel(session, mDock), tr("Decisions and tasks"));
  PlotLayers::ensure(project, session);
  mPlots = PlotToolbar::addTo(window, canvas, session, project);
  buildMenu();

  // Overdue tasks stay in sight on the status bar; re-counted as the record
  // changes and once an hour (a deadline passes at midnight).
  mOverdueBadge = new QLabel(window);
  mOverdueBadge->setObjectName(QStringLiteral("overdue-tasks"));
  window->statusBar()->addPermanentWidget(mOverdueBadge);
  connect(session, &ConsultationSession::recordChanged, this, &ConsultationMode::updateOverdueBadge);
  auto *hourly = new QTimer(this);
  connect(hourly, &QTimer::timeout, this, &ConsultationMode::updateOverdueBadge);
  hourly->start(60 * 60 * 1000);
  updateOverdueBadge();
}

void ConsultationMode::buildMenu()
{
  QMenu *menu = mWindow->menuBar()->addMenu(tr("Consu&ltation"));
  menu->setObjectName(QStringLiteral("consultation-menu"));
  QAction *toggle = mDock->toggleViewAction();
  toggle->setText(tr("Consultation"));
  toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
  menu->addAction(toggle);
  viewMenu(mWindow)->addAction(toggle);
  menu->addAction(tr("New meeting..."), mDock, [this] {
    mDock->show();
    mDock->raise();
    mDock->newMeeting();
  });
  menu->addSeparator();
  menu->addAction(mDock->previousAction());
  menu->addAction(mDock->nextAction());
  menu->addSeparator();
  QAction *wall = menu->addAction(tr("Show on the video wall..."), this, &ConsultationMode::chooseWallScreens);
  wall->setShortcut(QKeySequence(QStringLiteral("F11")));
  mPauseWall = menu->addAction(tr("Hold the wall (prepare the next view)"));
  mPauseWall->setCheckable(true);
  mPauseWall->setEnabled(false);
  connect(mPauseWall, &QAction::toggled, this, [this](bool held) {
    if (mLink)
      mLink->setPaused(held);
  });
  menu->addAction(tr("Close the video wall"), this, &ConsultationMode::closeWall);
  menu->addSeparator();
  menu->addAction(tr("Overdue tasks..."), this, &ConsultationMode::showOverdueTasks);
  menu->addAction(tr("Agenda templates..."), this, &ConsultationMode::editTemplates);
  menu->addSeparator();
  menu->addAction(mPlots->undoAction());
  menu->addAction(mPlots->redoAction());
}

WallWindow *ConsultationMode::wall() const { return mWall; }
WallLink *ConsultationMode::wallLink() const { return mLink; }

WallWindow *ConsultationMode::openWall(const QList<QScreen *> &screens)
{
  return openWall(WallWindow::unitedGeometry(screens));
}

WallWindow *ConsultationMode::openWall(const QRect &geometry)
{
  closeWall();
  mWall = new WallWindow(mProject, geometry);
  mWall->setAttribute(Qt::WA_DeleteOnClose);
  mWall->setSession(mSession);
  mLink = new WallLink(mCanvas, mWall, mSession, mWall);
  mPauseWall->setEnabled(true);
  mPauseWall->setChecked(false);
  connect(mWall, &QObject::destroyed, this, [this] {
    if (mPauseWall)
      mPauseWall->setEnabled(false);
  });
  mWall->present();
  return mWall;
}

void ConsultationMode::closeWall()
{
  if (mWall)
    mWall->close();
  mWall = nullptr;
  mLink = nullptr;
}

void ConsultationMode::chooseWallScreens()
{
  WallScreensDialog dialog(QGuiApplication::screens(), mWindow->screen(), mWindow);
  if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
    return;
  openWall(dialog.chosen());
}

int ConsultationMode::overdueTasks() const { return OverdueTasksDialog::overdueCount(mSession->store(), QDate::currentDate()); }

void ConsultationMode::updateOverdueBadge()
{
  const int n = overdueTasks();
  mOverdueBadge->setVisible(n > 0);
  mOverdueBadge->setText(tr("%n overdue task(s)", nullptr, n));
  mOverdueBadge->setStyleSheet(QStringLiteral("color: #c01010; font-weight: bold;"));
}

void ConsultationMode::showOverdueTasks()
{
  OverdueTasksDialog dialog(mSession->store(), mSession->actor(), mWindow);
  dialog.setSession(mSession);
  dialog.exec();
  updateOverdueBadge();
}

void ConsultationMode::editTemplates()
{
  TemplateEditorDialog dialog(mSession->store(), mSession->actor(), mWindow);
  dialog.exec();
}

} // namespace onemap
