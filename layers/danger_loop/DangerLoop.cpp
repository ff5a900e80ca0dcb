#include "DangerLoop.h"

#include "hidden_dangers/HiddenDanger.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>

namespace onemap {

namespace {


const QString kIdentified = QStringLiteral("identified");
const QString kAssigned = QStringLiteral("assigned");
const QString kReopened = QStringLiteral("reopened");

QString orNone(const QString &step) { return step.isEmpty() ? QCoreApplication::translate("onemap::DangerLoop", "(no history)") : step; }

Result<HiddenDanger> findDanger(Store &store, const QString &code)
{
  const QVector<HiddenDanger> found = HiddenDangers(store).where(QStringLiteral("code = ?"), {code});
  if (found.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "no hidden danger with code %1").arg(code));
  return found.first();
}

// The latest step time of a danger; empty without history.
QString lastStepAt(Store &store, qint64 dangerId)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT max(at) FROM danger_events WHERE danger_id = ?"));
  q.bind(1, dangerId);
  return q.next() && !q.isNull(0) ? q.text(0) : QString();
}

bool hasAssignmentFields(const DangerStep &s)
{
  return !s.responsibleUnit.isEmpty() || !s.responsiblePerson.isEmpty() || !s.measures.isEmpty() || s.deadline.isValid();
}

Status checkAssignment(const DangerStep &s, const QDateTime &at)
{
  QStringList missing;
  if (s.responsibleUnit.trimmed().isEmpty())
    missing << QStringLiteral("responsible unit");
  if (s.responsiblePerson.trimmed().isEmpty())
    missing << QStringLiteral("responsible person");
  if (s.measures.trimmed().isEmpty())
    missing << QStringLiteral("measure");
  if (!s.deadline.isValid())
    missing << QStringLiteral("deadline");
  if (!missing.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: step assigned needs %2").arg(s.code, missing.join(QStringLiteral(", "))));
  if (s.deadline < at.date())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: deadline %2 is before the assignment date %3")
                             .arg(s.code, s.deadline.toString(Qt::ISODate), at.date().toString(Qt::ISODate)));
  return Status();
}

// The step nextSteps() starts from: a danger without history may only be
// identified (if it is still at that status); from then on the status column
// is the current step.
QString currentOf(Store &store, const HiddenDanger &danger)
{
  return lastStepAt(store, danger.id).isEmpty() && danger.status == kIdentified ? QString() : danger.status;
}

// Checks \a step against the danger's current state and writes its event and
// the updated danger; runs inside the caller's transaction.
Result<qint64> recordStep(Store &store, const DangerLoop::Clock &clock, const DangerStep &step)
{
  Result<HiddenDanger> found = findDanger(store, step.code);
  if (!found)
    return found.status();
  HiddenDanger danger = found.take();

  const QString last = lastStepAt(store, danger.id);
  const QString current = currentOf(store, danger);
  const QStringList allowed = DangerLoop::nextSteps(current);
  if (!allowed.contains(step.to))
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: cannot go from %2 to %3 (next: %4)")
                             .arg(step.code, orNone(current), step.to,
                                  allowed.isEmpty() ? QCoreApplication::translate("onemap::DangerLoop", "none") : allowed.join(QStringLiteral(" or "))));

  const QDateTime at = step.at.isValid() ? step.at : clock();
  if (!last.isEmpty() && DangerLoop::formatTime(at) < last)
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: step %2 at %3 is before the last step at %4").arg(step.code, step.to, DangerLoop::formatTime(at), last));
  if (step.to == kAssigned) {
    if (Status s = checkAssignment(step, at); !s)
      return s;
  } else if (step.to == kReopened) {
    if (step.deadline.isValid() && step.deadline < at.date())
      return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: new deadline %2 is before the reopening date %3")
                               .arg(step.code, step.deadline.toString(Qt::ISODate), at.date().toString(Qt::ISODate)));
  } else if (hasAssignmentFields(step)) {
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: unit, person, measure and deadline go with step assigned or reopened, not %2").arg(step.code, step.to));
  }

  DangerEvent event;
  event.dangerId = danger.id;
  event.step = step.to;
  event.at = DangerLoop::formatTime(at);
  event.actor = step.actor.trimmed();
  event.note = step.note.trimmed();
  event.responsibleUnit = step.responsibleUnit.trimmed();
  event.responsiblePerson = step.responsiblePerson.trimmed();
  event.measures = step.measures.trimmed();
  if (step.deadline.isValid())
    event.deadline = step.deadline.toString(Qt::ISODate);

  danger.status = DangerLoop::statusAfter(step.to);
  if (!event.responsibleUnit.isEmpty())
    danger.responsibleUnit = event.responsibleUnit;
  if (!event.responsiblePerson.isEmpty())
    danger.responsiblePerson = event.responsiblePerson;
  if (!event.measures.isEmpty())
    danger.measures = event.measures;
  if (!event.deadline.isEmpty())
    danger.deadline = event.deadline;

  Result<qint64> eventId = DangerEvents(store).add(event, event.actor);
  Status written = eventId.status();
  if (written)
    written = HiddenDangers(store).update(danger, event.actor);
  if (!written)
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: cannot record step %2: %3").arg(step.code, step.to, written.message()));
  return eventId;
}

} // namespace

DangerLoop::DangerLoop(Store &store, Clock clock) : mStore(store), mClock(std::move(clock))
{
  if (!mClock)
    mClock = [] { return QDateTime::currentDateTime(); };
}

QStringList DangerLoop::nextSteps(const QString &current)
{
  if (current.isEmpty())
    return {kIdentified};
  if (current == kIdentified)
    return {kAssigned};
  if (current == kAssigned)
    return {QStringLiteral("rectifying")};
  if (current == QLatin1String("rectifying"))
    return {QStringLiteral("checked")};
  if (current == QLatin1String("checked"))
    return {QStringLiteral("signed_off"), kReopened};
  if (current == QLatin1String("signed_off"))
    return {kReopened};
  return {};
}

QString DangerLoop::statusAfter(const QString &step) { return step == kReopened ? kAssigned : step; }

QString DangerLoop::formatTime(const QDateTime &at) { return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }

Result<qint64> DangerLoop::advance(const DangerStep &step)
{
  if (step.code.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "a hidden-danger code is required"));
  if (!DangerEvent::steps().contains(step.to))
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: unknown step %2 (steps: %3)").arg(step.code, step.to, DangerEvent::steps().join(QStringLiteral(", "))));
  if (step.actor.trimmed().isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::DangerLoop", "%1: step %2 needs an actor").arg(step.code, step.to));
  qint64 eventId = 0;
  // Read, check and write under one write lock (BEGIN IMMEDIATE): the board
  // and a command line advancing the same danger cannot both pass the check.
  const Status done = mStore.transaction([&]() -> Status {
    Result<qint64> r = recordStep(mStore, mClock, step);
    eventId = r.value();
    return r.status();
  });
  if (!done)
    return done;
  return eventId;
}

Result<QString> DangerLoop::currentStep(const QString &code) const
{
  Result<HiddenDanger> found = findDanger(mStore, code);
  if (!found)
    return found.status();
  return currentOf(mStore, found.value());
}

Result<QVector<DangerEvent>> DangerLoop::history(const QString &code) const
{
  Result<HiddenDanger> found = findDanger(mStore, code);
  if (!found)
    return found.status();
  QVector<DangerEvent> events = DangerEvents(mStore).where(QStringLiteral("danger_id = ?"), {found.value().id});
  std::stable_sort(events.begin(), events.end(), [](const DangerEvent &a, const DangerEvent &b) { return a.at < b.at; });
  return events;
}

} // namespace onemap
