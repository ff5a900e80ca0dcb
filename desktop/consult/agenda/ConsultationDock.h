#pragma once
// \brief The consultation meeting on the operator seat: the stored meetings
// (new from a template, open, close, reopen, delete, export the one-sheet
// judgement), the agenda of the meeting on the board, and a message line for
// whatever failed. Page Down / Page Up (a presenter remote) move through the
// steps from any window of the board, the wall's included; each step's saved
// view is put on the seat's map.
#include "store/Result.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QMainWindow;
class QTabWidget;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

class AgendaPanel;
class ConsultationSession;
class MeetingDialog;
class MeetingList;

class ConsultationDock : public QDockWidget
{
  Q_OBJECT
public:
  ConsultationDock(ConsultationSession *session, QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr);

  //! Docks a new dock in \a window (hidden until used), its step keys on the
  //! window too so they work while the dock is closed; returns it.
  static ConsultationDock *addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas, ConsultationSession *session);

  ConsultationSession *session() const { return mSession; }
  MeetingList *meetings() const { return mMeetings; }
  AgendaPanel *agenda() const { return mAgenda; }
  QTabWidget *tabs() const { return mTabs; }
  //! Adds a tab beside the meetings and the agenda (the record: decisions, tasks).
  void addTab(QWidget *page, const QString &label);

  QAction *nextAction() const { return mNextAction; }
  QAction *previousAction() const { return mPreviousAction; }

  //! The last message shown (errors from the session or the list); empty when none.
  QString message() const;

  //! Asks for a new meeting (MeetingDialog) and starts it.
  void newMeeting();
  //! Starts the meeting \a dialog describes; shows the agenda.
  Result<qint64> startFrom(const MeetingDialog &dialog);
  //! Puts step \a index's saved view on the seat's map.
  void applyStep(int index);

private:
  void showMessage(const QString &text, bool error);
  void updateHeader();

  ConsultationSession *mSession;
  QgsProject *mProject;
  QgsMapCanvas *mCanvas;
  QLabel *mHeader = nullptr;
  QLabel *mMessage = nullptr;
  QTabWidget *mTabs = nullptr;
  MeetingList *mMeetings = nullptr;
  AgendaPanel *mAgenda = nullptr;
  QAction *mNextAction = nullptr;
  QAction *mPreviousAction = nullptr;
  qint64 mShownMeeting = 0; //!< the meeting the dock last showed
};

} // namespace onemap
