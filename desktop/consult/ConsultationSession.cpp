#include "ConsultationSession.h"

#include "consultation/Consultations.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>
#include <QUndoStack>

namespace onemap {

//! One change to the record: the meeting before and after. Redo and undo each
//! save the state they restore, then keep what the save gave back (new ids).
class SessionSnapshotCommand : public QUndoCommand
{
public:
  SessionSnapshotCommand(ConsultationSession *session, const QString &text, Consultation before, Consultation after)
    : QUndoCommand(text), mSession(session), mBefore(std::move(before)), mAfter(std::move(after))
  {
  }
  void redo() override
  {
    // The first redo is the edit itself, already saved by ConsultationSession::edit.
    if (mFirst) {
      mFirst = false;
      return;
    }
    if (mSession->commit(mAfter))
      mAfter = mSession->meeting();
  }
  void undo() override
  {
    if (mSession->commit(mBefore))
      mBefore = mSession->meeting();
  }

private:
  ConsultationSession *mSession;
  Consultation mBefore;
  Consultation mAfter;
  bool mFirst = true;
};

namespace {

// The plot kind as the undo menu names it.
QString kindName(const QString &kind)
{
  if (kind == QLatin1String("arrow"))
    return QCoreApplication::translate("onemap::ConsultationSession", "arrow");
  if (kind == QLatin1String("area"))
    return QCoreApplication::translate("onemap::ConsultationSession", "area");
  if (kind == QLatin1String("line"))
    return QCoreApplication::translate("onemap::ConsultationSession", "line");
  if (kind == QLatin1String("text"))
    return QCoreApplication::translate("onemap::ConsultationSession", "text");
  if (kind == QLatin1String("mark"))
    return QCoreApplication::translate("onemap::ConsultationSession", "mark");
  return kind;
}

bool plotsDiffer(const Consultation &a, const Consultation &b)
{
  if (a.plots.size() != b.plots.size())
    return true;
  for (int i = 0; i < a.plots.size(); ++i) {
    const ConsultationPlot &x = a.plots[i];
    const ConsultationPlot &y = b.plots[i];
    if (x.wkt != y.wkt || x.kind != y.kind || x.style != y.style || x.label != y.label || x.stepPosition != y.stepPosition)
      return true;
  }
  return false;
}
} // namespace

ConsultationSession::ConsultationSession(const QString &storePath, QObject *parent)
  : QObject(parent), mStorePath(storePath), mActor(AuditLog::loginName(QStringLiteral("desktop"))), mUndo(std::make_unique<QUndoStack>())
{
  auto opened = Store::open(storePath);
  if (!opened)
    mError = opened.message();
  else
    mStore = opened.take();
}

ConsultationSession::~ConsultationSession() = default;

Result<qint64> ConsultationSession::start(const AgendaTemplate &agenda, const Consultation &header)
{
  if (!mStore)
    return Status::failure(mError);
  Result<Consultation> made = Consultations(*mStore).createFromTemplate(agenda, header, mActor);
  if (!made)
    return made.status();
  const qint64 id = made.value().id;
  if (Status s = open(id); !s)
    return s;
  return id;
}

Status ConsultationSession::open(qint64 id)
{
  if (!mStore)
    return Status::failure(mError);
  Result<Consultation> loaded = Consultations(*mStore).load(id);
  if (!loaded)
    return loaded.status();
  mMeeting = loaded.value();
  mUndo->clear();
  mCurrent = -1;
  emit meetingChanged();
  emit plotsChanged();
  emit recordChanged();
  goToStep(mMeeting.steps.isEmpty() ? -1 : 0);
  return Status();
}

void ConsultationSession::leave()
{
  mMeeting = Consultation();
  mUndo->clear();
  mCurrent = -1;
  mBoards.clear();
  emit meetingChanged();
  emit plotsChanged();
  emit recordChanged();
  emit stepChanged(-1);
  emit boardsChanged(mBoards);
}

Status ConsultationSession::closeMeeting()
{
  if (!hasMeeting())
    return Status::failure(QCoreApplication::translate("onemap::ConsultationSession", "No meeting is open."));
  if (Status s = Consultations(*mStore).close(mMeeting.id, QDateTime::currentDateTime(), mActor); !s)
    return s;
  Result<Consultation> loaded = Consultations(*mStore).load(mMeeting.id);
  if (!loaded)
    return loaded.status();
  mMeeting = loaded.value();
  mUndo->clear(); // a closed record is not edited, so nothing to undo into it
  emit meetingChanged();
  emit recordChanged();
  return Status();
}

Status ConsultationSession::reopenMeeting()
{
  if (!hasMeeting())
    return Status::failure(QCoreApplication::translate("onemap::ConsultationSession", "No meeting is open."));
  if (Status s = Consultations(*mStore).reopen(mMeeting.id, mActor); !s)
    return s;
  Result<Consultation> loaded = Consultations(*mStore).load(mMeeting.id);
  if (!loaded)
    return loaded.status();
  mMeeting = loaded.value();
  emit meetingChanged();
  emit recordChanged();
  return Status();
}

void ConsultationSession::goToStep(int index)
{
  if (mMeeting.steps.isEmpty())
    index = -1;
  else
    index = qBound(0, index, mMeeting.steps.size() - 1);
  if (index == mCurrent && index >= 0)
    return;
  mCurrent = index;
  emit stepChanged(mCurrent);
  if (mCurrent >= 0) {
    const StepView view = mMeeting.steps[mCurrent].view();
    setBoards(view.boards.isEmpty() ? QStringList {QStringLiteral("map")} : view.boards);
  }
}

void ConsultationSession::next()
{
  if (mCurrent + 1 < mMeeting.steps.size())
    goToStep(mCurrent + 1);
}

void ConsultationSession::previous()
{
  if (mCurrent > 0)
    goToStep(mCurrent - 1);
}

void ConsultationSession::setBoards(const QStringList &boards)
{
  if (boards == mBoards)
    return;
  mBoards = boards;
  emit boardsChanged(mBoards);
}

bool ConsultationSession::commit(Consultation state)
{
  if (!mStore)
    return false;
  const bool plotsChange = plotsDiffer(mMeeting, state);
  if (Status s = Consultations(*mStore).save(state, mActor); !s) {
    emit failed(s.message());
    return false;
  }
  mMeeting = std::move(state);
  if (mCurrent >= mMeeting.steps.size())
    mCurrent = mMeeting.steps.size() - 1;
  if (plotsChange)
    emit plotsChanged();
  emit recordChanged();
  return true;
}

bool ConsultationSession::edit(const QString &text, const std::function<void(Consultation &)> &change)
{
  if (!hasMeeting()) {
    emit failed(QCoreApplication::translate("onemap::ConsultationSession", "No meeting is open."));
    return false;
  }
  if (isReadOnly()) {
    emit failed(QCoreApplication::translate("onemap::ConsultationSession", "The meeting \"%1\" is closed; reopen it to change it.").arg(mMeeting.title));
    return false;
  }
  Consultation before = mMeeting;
  Consultation after = mMeeting;
  change(after);
  if (Status s = Consultations(*mStore).validate(after); !s) {
    emit failed(s.message());
    return false;
  }
  if (!commit(after))
    return false;
  mUndo->push(new SessionSnapshotCommand(this, text, std::move(before), mMeeting));
  return true;
}

int ConsultationSession::addPlot(ConsultationPlot plot, bool onStep)
{
  plot.id = 0;
  plot.consultationId = mMeeting.id;
  plot.createdAt = QDateTime::currentDateTime().toString(Qt::ISODate);
  plot.createdBy = mActor;
  plot.stepPosition = onStep && mCurrent >= 0 ? mCurrent + 1 : 0;
  const QString text = QCoreApplication::translate("onemap::ConsultationSession", "Draw %1").arg(kindName(plot.kind));
  if (!edit(text, [&](Consultation &c) { c.plots << plot; }))
    return -1;
  return mMeeting.plots.size() - 1;
}

bool ConsultationSession::updatePlot(int index, const ConsultationPlot &plot)
{
  if (index < 0 || index >= mMeeting.plots.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Change plot"), [&](Consultation &c) {
    ConsultationPlot p = plot;
    p.id = c.plots[index].id;
    p.consultationId = c.id;
    c.plots[index] = p;
  });
}

bool ConsultationSession::removePlot(int index)
{
  if (index < 0 || index >= mMeeting.plots.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Delete plot"), [&](Consultation &c) { c.plots.removeAt(index); });
}

bool ConsultationSession::setStepNotes(int index, const QString &notes)
{
  if (index < 0 || index >= mMeeting.steps.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Edit speaker notes"), [&](Consultation &c) { c.steps[index].speakerNotes = notes; });
}

bool ConsultationSession::setStepView(int index, const StepView &view, const QByteArray &snapshotPng)
{
  if (index < 0 || index >= mMeeting.steps.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Save the step's view"), [&](Consultation &c) {
    c.steps[index].setView(view);
    if (!snapshotPng.isEmpty())
      c.steps[index].snapshotPng = snapshotPng;
  });
}

bool ConsultationSession::addDecision(const QString &text)
{
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Add decision"), [&](Consultation &c) {
    ConsultationDecision d;
    d.consultationId = c.id;
    d.text = text;
    c.decisions << d;
  });
}

bool ConsultationSession::updateDecision(int index, const QString &text)
{
  if (index < 0 || index >= mMeeting.decisions.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Change decision"), [&](Consultation &c) { c.decisions[index].text = text; });
}

bool ConsultationSession::removeDecision(int index)
{
  if (index < 0 || index >= mMeeting.decisions.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Delete decision"), [&](Consultation &c) { c.decisions.removeAt(index); });
}

bool ConsultationSession::addTask(const ConsultationTask &task)
{
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Add task"), [&](Consultation &c) {
    ConsultationTask t = task;
    t.id = 0;
    t.consultationId = c.id;
    c.tasks << t;
  });
}

bool ConsultationSession::updateTask(int index, const ConsultationTask &task)
{
  if (index < 0 || index >= mMeeting.tasks.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Change task"), [&](Consultation &c) {
    ConsultationTask t = task;
    t.id = c.tasks[index].id;
    t.consultationId = c.id;
    c.tasks[index] = t;
  });
}

bool ConsultationSession::removeTask(int index)
{
  if (index < 0 || index >= mMeeting.tasks.size())
    return false;
  return edit(QCoreApplication::translate("onemap::ConsultationSession", "Delete task"), [&](Consultation &c) { c.tasks.removeAt(index); });
}

bool ConsultationSession::setTaskDone(int index, bool done)
{
  if (index < 0 || index >= mMeeting.tasks.size())
    return false;
  const QString text = done ? QCoreApplication::translate("onemap::ConsultationSession", "Mark task done")
                            : QCoreApplication::translate("onemap::ConsultationSession", "Open task again");
  return edit(text, [&](Consultation &c) {
    ConsultationTask &t = c.tasks[index];
    t.status = done ? QStringLiteral("done") : QStringLiteral("open");
    t.doneAt = done ? QDateTime::currentDateTime().toString(Qt::ISODate) : QString();
  });
}

} // namespace onemap
