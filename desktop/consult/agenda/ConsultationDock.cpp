#include "ConsultationDock.h"

#include "AgendaPanel.h"
#include "MeetingDialog.h"
#include "MeetingList.h"
#include "StepViews.h"
#include "consult/ConsultationSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace onemap {

ConsultationDock *ConsultationDock::addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas, ConsultationSession *session)
{
  auto *dock = new ConsultationDock(session, project, canvas, window);
  window->addDockWidget(Qt::RightDockWidgetArea, dock);
  dock->hide(); // opened from the consultation menu
  // On the window as well: the remote works while the dock is closed.
  window->addAction(dock->nextAction());
  window->addAction(dock->previousAction());
  return dock;
}

ConsultationDock::ConsultationDock(ConsultationSession *session, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent)
  : QDockWidget(tr("Consultation"), parent), mSession(session), mProject(project), mCanvas(canvas)
{
  setObjectName(QStringLiteral("consultation"));
  toggleViewAction()->setText(tr("Consultation meeting"));

  mHeader = new QLabel(this);
  mHeader->setObjectName(QStringLiteral("meetingHeader"));
  mHeader->setWordWrap(true);
  QFont big = mHeader->font();
  big.setBold(true);
  big.setPointSizeF(big.pointSizeF() * 1.2);
  mHeader->setFont(big);
  auto *undo = new QToolButton(this);
  undo->setDefaultAction(session->undoStack()->createUndoAction(this, tr("Undo")));
  auto *redo = new QToolButton(this);
  redo->setDefaultAction(session->undoStack()->createRedoAction(this, tr("Redo")));
  auto *leave = new QToolButton(this);
  leave->setObjectName(QStringLiteral("leave"));
  leave->setText(tr("Leave meeting"));
  leave->setToolTip(tr("Take the meeting off the board; everything is saved"));
  connect(leave, &QToolButton::clicked, this, [this] {
    mAgenda->saveNotes();
    mSession->leave();
  });
  connect(mSession, &ConsultationSession::meetingChanged, leave, [this, leave] { leave->setEnabled(mSession->hasMeeting()); });
  leave->setEnabled(mSession->hasMeeting());
  auto *top = new QHBoxLayout;
  top->addWidget(mHeader, 1);
  top->addWidget(undo);
  top->addWidget(redo);
  top->addWidget(leave);

  mMessage = new QLabel(this);
  mMessage->setObjectName(QStringLiteral("message"));
  mMessage->setWordWrap(true);
  mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mMessage->hide();

  mTabs = new QTabWidget(this);
  mMeetings = new MeetingList(session, mTabs);
  mAgenda = new AgendaPanel(session, project, canvas, mTabs);
  mTabs->addTab(mMeetings, tr("Meetings"));
  mTabs->addTab(mAgenda, tr("Agenda"));

  auto *body = new QWidget(this);
  auto *layout = new QVBoxLayout(body);
  layout->addLayout(top);
  layout->addWidget(mMessage);
  layout->addWidget(mTabs, 1);
  setWidget(body);

  // Application-wide: the operator may be on the wall's window when the remote clicks.
  mNextAction = new QAction(tr("Next step"), this);
  mNextAction->setObjectName(QStringLiteral("nextStep"));
  mNextAction->setShortcut(QKeySequence(Qt::Key_PageDown));
  mNextAction->setShortcutContext(Qt::ApplicationShortcut);
  mPreviousAction = new QAction(tr("Previous step"), this);
  mPreviousAction->setObjectName(QStringLiteral("previousStep"));
  mPreviousAction->setShortcut(QKeySequence(Qt::Key_PageUp));
  mPreviousAction->setShortcutContext(Qt::ApplicationShortcut);
  addAction(mNextAction);
  addAction(mPreviousAction);
  // Off while no meeting is held: then Page Up/Down keep their usual meaning
  // in the board's tables and editors.
  const auto enableSteps = [this] {
    mNextAction->setEnabled(mSession->stepCount() > 0);
    mPreviousAction->setEnabled(mSession->stepCount() > 0);
  };
  connect(mSession, &ConsultationSession::meetingChanged, this, enableSteps);
  enableSteps();
  connect(mNextAction, &QAction::triggered, mSession, &ConsultationSession::next);
  connect(mPreviousAction, &QAction::triggered, mSession, &ConsultationSession::previous);

  connect(mSession, &ConsultationSession::stepChanged, this, &ConsultationDock::applyStep);
  connect(mSession, &ConsultationSession::failed, this, [this](const QString &m) { showMessage(m, true); });
  connect(mMeetings, &MeetingList::problem, this, [this](const QString &m) { showMessage(m, true); });
  connect(mMeetings, &MeetingList::done, this, [this](const QString &m) { showMessage(m, false); });
  connect(mMeetings, &MeetingList::newMeetingRequested, this, &ConsultationDock::newMeeting);
  connect(mMeetings, &MeetingList::aboutToChange, mAgenda, [this] {
    if (mSession->hasMeeting() && !mSession->isReadOnly())
      mAgenda->saveNotes();
  });
  connect(mSession, &ConsultationSession::meetingChanged, this, [this] {
    showMessage(QString(), false);
    updateHeader();
    // A meeting newly on the board: its agenda is what the operator wants next.
    const qint64 id = mSession->hasMeeting() ? mSession->meeting().id : 0;
    if (id > 0 && id != mShownMeeting)
      mTabs->setCurrentWidget(mAgenda);
    mShownMeeting = id;
  });
  connect(mSession, &ConsultationSession::recordChanged, this, &ConsultationDock::updateHeader);
  if (!mSession->isValid())
    showMessage(mSession->error(), true);
  updateHeader();
}

void ConsultationDock::addTab(QWidget *page, const QString &label) { mTabs->addTab(page, label); }

QString ConsultationDock::message() const { return mMessage->text(); }

void ConsultationDock::newMeeting()
{
  if (!mSession->isValid()) {
    showMessage(mSession->error(), true);
    return;
  }
  MeetingDialog dialog(mSession->store(), this);
  if (dialog.exec() == QDialog::Accepted)
    startFrom(dialog);
}

Result<qint64> ConsultationDock::startFrom(const MeetingDialog &dialog)
{
  if (mSession->hasMeeting() && !mSession->isReadOnly())
    mAgenda->saveNotes(); // the meeting being left keeps what was typed
  Result<qint64> started = mSession->start(dialog.agenda(), dialog.header());
  if (!started) {
    showMessage(started.message(), true);
    return started;
  }
  mMeetings->selectMeeting(started.value());
  mTabs->setCurrentWidget(mAgenda);
  return started;
}

void ConsultationDock::applyStep(int index)
{
  if (index < 0 || index >= mSession->stepCount())
    return;
  StepViews::apply(mSession->meeting().steps[index].view(), mCanvas, mProject);
}

void ConsultationDock::showMessage(const QString &text, bool error)
{
  mMessage->setText(text);
  mMessage->setStyleSheet(error ? QStringLiteral("color: #c01010;") : QString());
  mMessage->setVisible(!text.isEmpty());
}

void ConsultationDock::updateHeader()
{
  if (!mSession->hasMeeting()) {
    mHeader->setText(tr("No meeting on the board"));
    return;
  }
  const Consultation &c = mSession->meeting();
  const QString text = tr("%1 · %2").arg(c.title, c.heldOn);
  mHeader->setText(mSession->isReadOnly() ? tr("%1 (closed, read only)").arg(text) : text);
}

} // namespace onemap
