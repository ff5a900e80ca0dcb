#pragma once
// \brief The consultation record in the store: create a meeting from an
// agenda template, load and save it whole, list, close and reopen it, and
// follow up its tasks.
//
// save() writes the meeting and all its children in ONE transaction through
// TypedTable, so every row written has its audit_log row, and a save that
// fails anywhere (a task with no owner, a plot with bad WKT, an unknown kind,
// input beyond the limits below) writes nothing.
#include "consultation/AgendaTemplates.h"
#include "consultation/ConsultationRecords.h"

#include <QDate>
#include <QDateTime>

namespace onemap {

//! A task past its deadline and not done, with the meeting it came from.
struct OverdueTask
{
  ConsultationTask task;
  QString consultationTitle;
  QString heldOn;
  int daysOverdue = 0;
};

class Consultations
{
public:
  // Limits that keep a hostile or broken input from filling the store or the wall.
  static constexpr int kMaxSteps = 200;
  static constexpr int kMaxPlots = 5000;
  static constexpr int kMaxRows = 1000;            //!< decisions, tasks, attendees each
  static constexpr int kMaxTitleChars = 500;
  static constexpr int kMaxTextChars = 20000;      //!< notes, decisions, task text, labels
  static constexpr int kMaxWktChars = 2000000;
  static constexpr int kMaxSnapshotBytes = 20 * 1024 * 1024;

  explicit Consultations(Store &store) : mStore(store) {}

  //! A new open meeting with \a header's fields and one step per template
  //! step (title, boards and layer groups from the template); saved.
  Result<Consultation> createFromTemplate(const AgendaTemplate &agenda, Consultation header, const QString &actor);

  //! The meeting with its steps, plots, decisions and tasks.
  Result<Consultation> load(qint64 id) const;
  //! Writes the meeting and brings its stored children to \a c's: changed
  //! rows updated, new ones (id 0) inserted, missing ones removed, unchanged
  //! ones left alone, so ids stay and the audit log holds only real changes.
  //! Positions are renumbered 1..n in vector order; sets the ids in \a c.
  Status save(Consultation &c, const QString &actor);
  //! Checks \a c against the rules save() applies, without writing.
  Status validate(const Consultation &c) const;

  //! Meetings without their children, newest first (held_on, started_at, id).
  QVector<Consultation> list() const;

  Status close(qint64 id, const QDateTime &endedAt, const QString &actor);
  Status reopen(qint64 id, const QString &actor);
  Status remove(qint64 id, const QString &actor);

  //! Tasks with deadline before \a asOf that are not done, oldest deadline first.
  QVector<OverdueTask> overdueTasks(const QDate &asOf) const;
  Status markTaskDone(qint64 taskId, const QDateTime &doneAt, const QString &actor);

private:
  Store &mStore;
};

} // namespace onemap
