#include "SampleDangerHistory.h"

#include "danger_loop/DangerLoop.h"

#include <QDateTime>

namespace onemap::sample {

namespace {

const QString kBureau = QStringLiteral("示范县应急管理局");

class HistoryWriter
{
public:
  HistoryWriter(DangerHistories &out, int danger, const QDate &registerDate, Rng &rng)
    : mOut(out), mDanger(danger), mRegister(registerDate), mRng(rng)
  {
  }

  //! Adds a step on \a day, never later than the register date nor earlier than the previous step.
  void step(const char *name, QDate day, const QString &actor, const QString &note, const HiddenDanger *assignment = nullptr)
  {
    if (day > mRegister)
      day = mRegister;
    if (mLast.isValid() && day < mLast)
      day = mLast;
    mLast = day;
    // Office hours; a later step on the same day comes minutes after the earlier one.
    QDateTime at(day, QTime(8, 30).addSecs(60 * mRng.range(0, 540)));
    if (mLastAt.isValid() && at <= mLastAt)
      at = mLastAt.addSecs(60 * mRng.range(1, 10));
    mLastAt = at;
    DangerEvent e;
    e.step = QLatin1String(name);
    e.at = DangerLoop::formatTime(at);
    e.actor = actor;
    e.note = note;
    if (assignment) {
      e.responsibleUnit = assignment->responsibleUnit;
      e.responsiblePerson = assignment->responsiblePerson;
      e.measures = assignment->measures;
      e.deadline = assignment->deadline;
    }
    mOut.events << e;
    mOut.eventDanger << mDanger;
  }
  QDate last() const { return mLast; }

private:
  DangerHistories &mOut;
  int mDanger;
  QDate mRegister;
  Rng &mRng;
  QDate mLast;
  QDateTime mLastAt;
};

} // namespace

DangerHistories buildDangerHistories(QVector<HiddenDanger> &points, const QStringList &townshipNames, const QDate &registerDate, Rng &rng)
{
  DangerHistories out;
  const QDate &A = registerDate;
  for (int i = 0; i < points.size(); ++i) {
    HiddenDanger &d = points[i];
    const QString town = townshipNames.value(d.villageCode.mid(6, 3).toInt() - 1);
    const QString checker = town + QStringLiteral("应急办");
    const QString &status = d.status;
    HistoryWriter h(out, i, A, rng);
    if (status == QLatin1String("identified")) {
      d.deadline.clear(); // not assigned yet: no deadline
      h.step("identified", A.addDays(-rng.range(1, 120)), d.monitorPerson, QStringLiteral("汛前排查发现"));
      continue;
    }
    QDate identified, assigned;
    if (status == QLatin1String("signed_off")) {
      identified = A.addDays(-rng.range(200, 1000));
      assigned = identified.addDays(rng.range(3, 30));
      d.deadline = assigned.addDays(rng.range(60, 240)).toString(Qt::ISODate);
    } else if (rng.chance(0.3)) { // already overdue on the register date
      const QDate due = A.addDays(-rng.range(1, 150));
      d.deadline = due.toString(Qt::ISODate);
      assigned = due.addDays(-rng.range(60, 240));
      identified = assigned.addDays(-rng.range(3, 30));
    } else {
      d.deadline = A.addDays(rng.range(15, 300)).toString(Qt::ISODate);
      assigned = A.addDays(-rng.range(10, 200));
      identified = assigned.addDays(-rng.range(3, 30));
    }
    h.step("identified", identified, d.monitorPerson, QStringLiteral("汛前排查发现"));
    h.step("assigned", assigned, kBureau, QStringLiteral("下达整改督办单"), &d);
    if (status == QLatin1String("assigned"))
      continue;
    h.step("rectifying", h.last().addDays(rng.range(1, 20)), d.responsiblePerson, QStringLiteral("开始整改"));
    if (status == QLatin1String("rectifying"))
      continue;
    h.step("checked", h.last().addDays(rng.range(20, 100)), checker, QStringLiteral("现场核查，整改措施已落实"));
    if (status == QLatin1String("checked"))
      continue;
    h.step("signed_off", h.last().addDays(rng.range(1, 15)), kBureau, QStringLiteral("验收合格，予以销号"));
    if (rng.chance(0.1)) { // came back after a storm: reopened, rectified again, signed off again
      h.step("reopened", h.last().addDays(rng.range(10, 60)), kBureau, QStringLiteral("汛期复查发现新裂缝，重新整改"));
      h.step("rectifying", h.last().addDays(rng.range(1, 10)), d.responsiblePerson, QStringLiteral("再次整改"));
      h.step("checked", h.last().addDays(rng.range(10, 40)), checker, QStringLiteral("复查合格"));
      h.step("signed_off", h.last().addDays(rng.range(1, 10)), kBureau, QStringLiteral("再次验收合格，予以销号"));
    }
  }
  return out;
}

} // namespace onemap::sample
