#pragma once
// \brief The meeting being held on the board: the consultation loaded from the
// store, its current agenda step, the boards shown, and one undo stack for
// every change to the record (plots, decisions, tasks, notes, step views).
//
// The operator seat, the wall and the plot tools all work through one
// session. Every change is saved at once (Consultations::save, one audited
// transaction), so a crash loses nothing; undo and redo save too. A closed
// meeting is read-only until reopened: edits are refused with failed().
#include "consultation/AgendaTemplates.h"
#include "consultation/ConsultationRecords.h"
#include "store/Result.h"

#include <QObject>
#include <functional>
#include <memory>

class QUndoStack;

namespace onemap {

class Store;

class ConsultationSession : public QObject
{
  Q_OBJECT
public:
  //! Opens its own connection to the store at \a storePath; check isValid().
  explicit ConsultationSession(const QString &storePath, QObject *parent = nullptr);
  ~ConsultationSession() override;

  bool isValid() const { return mStore != nullptr; }
  QString error() const { return mError; }
  Store &store() { return *mStore; }
  QString storePath() const { return mStorePath; }
  //! Who is recorded in the audit log and as a plot's author.
  QString actor() const { return mActor; }
  void setActor(const QString &actor) { mActor = actor; }

  // ---- the meeting -------------------------------------------------------
  //! Creates a meeting from \a agenda with \a header's fields and opens it.
  Result<qint64> start(const AgendaTemplate &agenda, const Consultation &header);
  //! Opens stored meeting \a id (review, or carry on); its first step is current.
  Status open(qint64 id);
  //! Leaves the meeting (nothing open); nothing to save, all is saved.
  void leave();
  bool hasMeeting() const { return mMeeting.id > 0; }
  const Consultation &meeting() const { return mMeeting; }
  bool isReadOnly() const { return hasMeeting() && mMeeting.status == QLatin1String("closed"); }
  //! Ends the meeting (status closed, ended_at now); it becomes read-only.
  Status closeMeeting();
  //! Opens a closed meeting again for edits.
  Status reopenMeeting();

  // ---- the agenda (presentation state; not undoable, not saved) -----------
  int stepCount() const { return mMeeting.steps.size(); }
  //! 0-based; -1 when the meeting has no steps or none is open.
  int currentStep() const { return mCurrent; }
  void goToStep(int index);
  void next();     //!< PageDown on the remote
  void previous(); //!< PageUp
  //! Boards shown on the wall now (map, overview, warnings, impact, forces,
  //! tasks). Set from the step's view on goToStep; the operator may change it.
  QStringList boards() const { return mBoards; }
  void setBoards(const QStringList &boards);

  // ---- edits: each is one undo step and saved at once --------------------
  //! The general edit: \a change alters a copy of the meeting; the result is
  //! validated, saved and pushed as an undo step named \a text. Returns false
  //! (and emits failed) when read-only, invalid or the save fails; then the
  //! meeting is unchanged.
  bool edit(const QString &text, const std::function<void(Consultation &)> &change);

  //! Adds a plot; fills consultation id, created_at/by and, when \a onStep,
  //! the current step's position. Returns its index in meeting().plots or -1.
  int addPlot(ConsultationPlot plot, bool onStep = true);
  bool updatePlot(int index, const ConsultationPlot &plot);
  bool removePlot(int index);

  bool setStepNotes(int index, const QString &notes);
  //! Stores the view (and optional PNG snapshot) in step \a index.
  bool setStepView(int index, const StepView &view, const QByteArray &snapshotPng = {});

  bool addDecision(const QString &text);
  bool updateDecision(int index, const QString &text);
  bool removeDecision(int index);

  bool addTask(const ConsultationTask &task);
  bool updateTask(int index, const ConsultationTask &task);
  bool removeTask(int index);
  //! Marks task \a index done now (or open again when \a done is false).
  bool setTaskDone(int index, bool done);

  QUndoStack *undoStack() const { return mUndo.get(); }

signals:
  void meetingChanged();          //!< opened, left, closed or reopened
  void stepChanged(int index);
  void boardsChanged(const QStringList &boards);
  void plotsChanged();
  void recordChanged();           //!< anything saved (plots included)
  void failed(const QString &message);

private:
  friend class SessionSnapshotCommand;
  //! Saves \a state as the meeting (undo/redo and edit); false on failure.
  bool commit(Consultation state);

  QString mStorePath;
  QString mError;
  QString mActor;
  std::unique_ptr<Store> mStore;
  Consultation mMeeting;
  int mCurrent = -1;
  QStringList mBoards;
  std::unique_ptr<QUndoStack> mUndo;
};

} // namespace onemap
