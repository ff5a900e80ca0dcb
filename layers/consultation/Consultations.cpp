#include "Consultations.h"

#include "store/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <algorithm>

namespace onemap {

namespace {

// The consultations row itself (attendees as JSON text, children elsewhere).
struct ConsultationRow
{
  qint64 id = 0;
  QString kind, title, hazard, heldOn, startedAt, endedAt, place, chair, attendeesJson;
  qint64 warningId = 0;
  QString status, templateName, createdAt, createdBy;

  static const TypedSpec<ConsultationRow> &schema()
  {
    static const TypedSpec<ConsultationRow> s = [] {
      TypedSpec<ConsultationRow> t("consultations", GeometryType::None);
      t.field("kind", &ConsultationRow::kind).required().oneOf(Consultation::kinds());
      t.field("title", &ConsultationRow::title).required();
      t.field("hazard", &ConsultationRow::hazard);
      t.field("held_on", &ConsultationRow::heldOn).required().date();
      t.field("started_at", &ConsultationRow::startedAt).dateTime();
      t.field("ended_at", &ConsultationRow::endedAt).dateTime();
      t.field("place", &ConsultationRow::place);
      t.field("chair", &ConsultationRow::chair);
      t.field("attendees_json", &ConsultationRow::attendeesJson).required();
      t.field("warning_id", &ConsultationRow::warningId).atLeast(1);
      t.field("status", &ConsultationRow::status).required().oneOf({QStringLiteral("open"), QStringLiteral("closed")});
      t.field("template_name", &ConsultationRow::templateName);
      t.field("created_at", &ConsultationRow::createdAt).required().dateTime();
      t.field("created_by", &ConsultationRow::createdBy).required();
      return t;
    }();
    return s;
  }
};

QString nowIso() { return QDateTime::currentDateTime().toString(Qt::ISODate); }

ConsultationRow toRow(const Consultation &c)
{
  ConsultationRow r;
  r.id = c.id;
  r.kind = c.kind;
  r.title = c.title;
  r.hazard = c.hazard;
  r.heldOn = c.heldOn;
  r.startedAt = c.startedAt;
  r.endedAt = c.endedAt;
  r.place = c.place;
  r.chair = c.chair;
  r.attendeesJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.attendees)).toJson(QJsonDocument::Compact));
  r.warningId = c.warningId;
  r.status = c.status;
  r.templateName = c.templateName;
  r.createdAt = c.createdAt;
  r.createdBy = c.createdBy;
  return r;
}

Consultation fromRow(const ConsultationRow &r)
{
  Consultation c;
  c.id = r.id;
  c.kind = r.kind;
  c.title = r.title;
  c.hazard = r.hazard;
  c.heldOn = r.heldOn;
  c.startedAt = r.startedAt;
  c.endedAt = r.endedAt;
  c.place = r.place;
  c.chair = r.chair;
  for (const QJsonValue &v : QJsonDocument::fromJson(r.attendeesJson.toUtf8()).array())
    c.attendees << v.toString();
  c.warningId = r.warningId;
  c.status = r.status;
  c.templateName = r.templateName;
  c.createdAt = r.createdAt;
  c.createdBy = r.createdBy;
  return c;
}

// Optional integer columns: 0 in the struct is NULL in the store.
Record withNull(Record r, const char *column)
{
  const QString key = QString::fromLatin1(column);
  if (r.values.value(key).toLongLong() == 0)
    r.values.insert(key, QVariant());
  return r;
}

Record headerRecord(const Consultation &c) { return withNull(ConsultationRow::schema().toRecord(toRow(c)), "warning_id"); }
Record plotRecord(const ConsultationPlot &p) { return withNull(ConsultationPlot::schema().toRecord(p), "step_position"); }

Status tooLong(const QString &what, int limit)
{
  return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation, %1: longer than %2 characters").arg(what).arg(limit));
}

Status tooMany(const QString &what, int count, int limit)
{
  return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation: %1 %2, at most %3 are allowed").arg(count).arg(what).arg(limit));
}

// Far above any real position (at most kMaxSteps/kMaxRows): a row parked
// here while rows swap places.
constexpr qint64 kParkingPosition = 1000000;

// A column as compared: NULL and empty text are the same, numbers by their text.
QString comparable(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }

bool sameGeometry(Store &store, const QString &a, const QString &b)
{
  if (a == b)
    return true;
  // The store gives WKT back in its own spelling; compare the shapes, not the text.
  SqlStatement q(store.handle(), QStringLiteral("SELECT ST_Equals(GeomFromText(?, %1), GeomFromText(?, %1))").arg(Store::kSrid));
  q.bind(1, a).bind(2, b);
  return q.next() && q.int64(0) == 1;
}

bool sameRecord(Store &store, const TableSpec &spec, const Record &stored, const Record &fresh)
{
  for (const FieldSpec &f : spec.fields)
    if (comparable(stored.values.value(f.name)) != comparable(fresh.values.value(f.name)))
      return false;
  return spec.geometry == GeometryType::None || sameGeometry(store, stored.wkt, fresh.wkt);
}

// Brings the meeting's stored children of one table to \a fresh: a changed row
// is updated, a new one (id 0 or unknown) inserted, a missing one removed, and
// an unchanged one not written at all, so ids stay and the audit log holds
// only real changes. Sets the ids of the inserted rows in \a fresh.
Status syncChildren(Store &store, const TableSpec &spec, qint64 consultationId, QVector<Record> &fresh, const QString &actor)
{
  Table table(store, spec);
  QHash<qint64, Record> stored;
  for (const Record &r : table.select(QStringLiteral("consultation_id = ?"), {consultationId}))
    stored.insert(r.id, r);
  QSet<qint64> kept;
  for (const Record &r : fresh)
    if (r.id > 0 && stored.contains(r.id))
      kept.insert(r.id);
  // Removals first: a position freed by one row may be taken by another.
  for (auto it = stored.cbegin(); it != stored.cend(); ++it)
    if (!kept.contains(it.key()))
      if (Status s = table.remove(it.key(), actor); !s)
        return s;
  // Kept rows that changed, in an order that never puts two rows of a meeting
  // on one position (UNIQUE (consultation_id, position)): a row moves once its
  // new position is free. Only a cycle (two rows swapped) needs one row parked
  // on a free position first.
  const QString position = QStringLiteral("position");
  const bool positioned = std::any_of(spec.fields.cbegin(), spec.fields.cend(), [&](const FieldSpec &f) { return f.name == position; });
  QHash<qint64, qint64> holder; // position -> id of the kept row on it now
  for (qint64 id : kept)
    holder.insert(stored.value(id).values.value(position).toLongLong(), id);
  QVector<Record *> pending;
  for (Record &r : fresh)
    if (kept.contains(r.id) && !sameRecord(store, spec, stored.value(r.id), r))
      pending << &r;
  while (!pending.isEmpty()) {
    bool moved = false;
    for (int i = 0; i < pending.size(); ++i) {
      Record *r = pending[i];
      const qint64 target = r->values.value(position).toLongLong();
      if (positioned && holder.value(target, r->id) != r->id)
        continue;
      if (Status s = table.update(*r, actor); !s)
        return s;
      if (positioned) {
        holder.remove(stored.value(r->id).values.value(position).toLongLong());
        holder.insert(target, r->id);
      }
      pending.removeAt(i--);
      moved = true;
    }
    if (!moved) {
      Record *r = pending.first();
      const qint64 from = stored.value(r->id).values.value(position).toLongLong();
      const qint64 parking = kParkingPosition + from;
      SqlStatement q(store.handle(), QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(spec.name));
      q.bind(1, parking).bind(2, r->id);
      if (!q.exec())
        return Status::failure(QStringLiteral("%1: %2").arg(spec.name, q.error()));
      holder.remove(from);
      stored[r->id].values.insert(position, parking);
    }
  }
  for (Record &r : fresh) {
    if (kept.contains(r.id))
      continue;
    r.id = 0;
    Result<qint64> id = table.insert(r, actor);
    if (!id)
      return id.status();
    r.id = id.value();
  }
  return Status();
}

} // namespace

Status Consultations::validate(const Consultation &c) const
{
  // Child rows are checked as they will be written; the id is not known yet.
  const qint64 someId = c.id > 0 ? c.id : 1;
  if (Status s = ConsultationRow::schema().spec().validate(headerRecord(c)); !s)
    return s;
  if (c.title.size() > kMaxTitleChars)
    return tooLong(QStringLiteral("title"), kMaxTitleChars);
  if (c.warningId > 0) {
    // The meeting is about a warning the store holds (the column has no foreign key).
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT 1 FROM warnings WHERE id = ?"));
    q.bind(1, c.warningId);
    if (!q.next())
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation, field warning_id: no warning with id %1").arg(c.warningId));
  }
  for (const QString *t : {&c.place, &c.chair, &c.hazard, &c.templateName})
    if (t->size() > kMaxTitleChars)
      return tooLong(QStringLiteral("header"), kMaxTitleChars);
  if (c.attendees.size() > kMaxRows)
    return tooMany(QStringLiteral("attendees"), c.attendees.size(), kMaxRows);
  for (const QString &a : c.attendees)
    if (a.size() > kMaxTitleChars)
      return tooLong(QStringLiteral("attendee"), kMaxTitleChars);
  if (c.steps.size() > kMaxSteps)
    return tooMany(QStringLiteral("steps"), c.steps.size(), kMaxSteps);
  if (c.plots.size() > kMaxPlots)
    return tooMany(QStringLiteral("plots"), c.plots.size(), kMaxPlots);
  if (c.decisions.size() > kMaxRows)
    return tooMany(QStringLiteral("decisions"), c.decisions.size(), kMaxRows);
  if (c.tasks.size() > kMaxRows)
    return tooMany(QStringLiteral("tasks"), c.tasks.size(), kMaxRows);

  for (int i = 0; i < c.steps.size(); ++i) {
    ConsultationStep s = c.steps[i];
    s.consultationId = someId;
    s.position = i + 1;
    if (s.title.size() > kMaxTitleChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "step %1 title").arg(i + 1), kMaxTitleChars);
    if (s.speakerNotes.size() > kMaxTextChars || s.viewJson.size() > kMaxTextChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "step %1 notes or view").arg(i + 1), kMaxTextChars);
    if (s.snapshotPng.size() > kMaxSnapshotBytes)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation, step %1: the snapshot is larger than %2 MB").arg(i + 1).arg(kMaxSnapshotBytes / (1024 * 1024)));
    if (Result<StepView> v = StepView::fromJson(s.viewJson); !v)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation, step %1: %2").arg(i + 1).arg(v.message()));
    if (Status st = ConsultationStep::schema().spec().validate(ConsultationStep::schema().toRecord(s)); !st)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "step %1: %2").arg(i + 1).arg(st.message()));
  }
  for (int i = 0; i < c.plots.size(); ++i) {
    ConsultationPlot p = c.plots[i];
    p.consultationId = someId;
    if (p.stepPosition > c.steps.size())
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "plot %1: step %2 does not exist").arg(i + 1).arg(p.stepPosition));
    if (p.label.size() > kMaxTextChars || p.style.size() > kMaxTextChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "plot %1 label or style").arg(i + 1), kMaxTextChars);
    if (p.wkt.size() > kMaxWktChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "plot %1 geometry").arg(i + 1), kMaxWktChars);
    if (Status st = ConsultationPlot::schema().spec().validate(plotRecord(p)); !st)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "plot %1: %2").arg(i + 1).arg(st.message()));
    // The kind decides the geometry type; the generic column would take any.
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT GeometryType(GeomFromText(?, %1))").arg(Store::kSrid));
    q.bind(1, p.wkt);
    const QString type = q.next() ? q.text(0) : QString();
    if (!ConsultationPlot::geometryTypesFor(p.kind).contains(type))
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "plot %1 (%2): \"%3\" is not a valid %4")
                               .arg(i + 1).arg(p.kind, p.wkt.left(80), ConsultationPlot::geometryTypesFor(p.kind).join(QLatin1Char('/'))));
  }
  for (int i = 0; i < c.decisions.size(); ++i) {
    ConsultationDecision d = c.decisions[i];
    d.consultationId = someId;
    d.position = i + 1;
    if (d.text.size() > kMaxTextChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "decision %1").arg(i + 1), kMaxTextChars);
    if (Status st = ConsultationDecision::schema().spec().validate(ConsultationDecision::schema().toRecord(d)); !st)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "decision %1: %2").arg(i + 1).arg(st.message()));
  }
  for (int i = 0; i < c.tasks.size(); ++i) {
    ConsultationTask t = c.tasks[i];
    t.consultationId = someId;
    t.position = i + 1;
    if (t.task.size() > kMaxTextChars || t.owner.size() > kMaxTitleChars || t.unit.size() > kMaxTitleChars)
      return tooLong(QCoreApplication::translate("onemap::Consultations", "task %1").arg(i + 1), kMaxTextChars);
    if (Status st = ConsultationTask::schema().spec().validate(ConsultationTask::schema().toRecord(t)); !st)
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "task %1: %2").arg(i + 1).arg(st.message()));
    if ((t.status == QLatin1String("done")) != !t.doneAt.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::Consultations", "task %1: a done task needs the time it was done, an open one none").arg(i + 1));
  }
  return Status();
}

Status Consultations::save(Consultation &c, const QString &actor)
{
  Consultation w = c;
  if (w.createdAt.isEmpty())
    w.createdAt = nowIso();
  if (w.createdBy.isEmpty())
    w.createdBy = actor;
  for (ConsultationPlot &p : w.plots) {
    if (p.createdAt.isEmpty())
      p.createdAt = nowIso();
    if (p.createdBy.isEmpty())
      p.createdBy = actor;
  }
  if (Status s = validate(w); !s)
    return s;

  Status s = mStore.transaction([&]() -> Status {
    TypedTable<ConsultationRow> header(mStore);
    if (w.id == 0) {
      Result<qint64> id = header.table().insert(headerRecord(w), actor);
      if (!id)
        return id.status();
      w.id = id.value();
    } else {
      Result<Record> stored = header.table().get(w.id);
      if (!stored)
        return stored.status();
      if (!sameRecord(mStore, ConsultationRow::schema().spec(), stored.value(), headerRecord(w)))
        if (Status u = header.table().update(headerRecord(w), actor); !u)
          return u;
    }

    QVector<Record> steps;
    for (int i = 0; i < w.steps.size(); ++i) {
      w.steps[i].consultationId = w.id;
      w.steps[i].position = i + 1;
      steps << ConsultationStep::schema().toRecord(w.steps[i]);
    }
    if (Status r = syncChildren(mStore, ConsultationStep::schema().spec(), w.id, steps, actor); !r)
      return r;
    for (int i = 0; i < w.steps.size(); ++i) {
      ConsultationStep &st = w.steps[i];
      st.id = steps[i].id;
      // The snapshot is kept out of the record (and the audit row); written when it changed.
      SqlStatement old(mStore.handle(), QStringLiteral("SELECT snapshot_png FROM consultation_steps WHERE id = ?"));
      old.bind(1, st.id);
      if (old.next() && old.value(0).toByteArray() == st.snapshotPng)
        continue;
      SqlStatement q(mStore.handle(), QStringLiteral("UPDATE consultation_steps SET snapshot_png = ? WHERE id = ?"));
      if (st.snapshotPng.isEmpty())
        q.bind(1, QVariant()).bind(2, st.id);
      else
        q.bind(1, st.snapshotPng).bind(2, st.id);
      if (!q.exec())
        return Status::failure(QCoreApplication::translate("onemap::Consultations", "consultation_steps, snapshot of step %1: %2").arg(i + 1).arg(q.error()));
    }

    QVector<Record> plots;
    for (ConsultationPlot &p : w.plots) {
      p.consultationId = w.id;
      plots << plotRecord(p);
    }
    if (Status r = syncChildren(mStore, ConsultationPlot::schema().spec(), w.id, plots, actor); !r)
      return r;
    for (int i = 0; i < w.plots.size(); ++i)
      w.plots[i].id = plots[i].id;

    QVector<Record> decisions;
    for (int i = 0; i < w.decisions.size(); ++i) {
      w.decisions[i].consultationId = w.id;
      w.decisions[i].position = i + 1;
      decisions << ConsultationDecision::schema().toRecord(w.decisions[i]);
    }
    if (Status r = syncChildren(mStore, ConsultationDecision::schema().spec(), w.id, decisions, actor); !r)
      return r;
    for (int i = 0; i < w.decisions.size(); ++i)
      w.decisions[i].id = decisions[i].id;

    QVector<Record> tasks;
    for (int i = 0; i < w.tasks.size(); ++i) {
      w.tasks[i].consultationId = w.id;
      w.tasks[i].position = i + 1;
      tasks << ConsultationTask::schema().toRecord(w.tasks[i]);
    }
    if (Status r = syncChildren(mStore, ConsultationTask::schema().spec(), w.id, tasks, actor); !r)
      return r;
    for (int i = 0; i < w.tasks.size(); ++i)
      w.tasks[i].id = tasks[i].id;
    return Status();
  });
  if (s)
    c = w;
  return s;
}

Result<Consultation> Consultations::createFromTemplate(const AgendaTemplate &agenda, Consultation header, const QString &actor)
{
  if (header.kind.isEmpty())
    header.kind = agenda.kind;
  if (header.hazard.isEmpty())
    header.hazard = agenda.hazard;
  if (header.title.isEmpty())
    header.title = agenda.name;
  if (header.heldOn.isEmpty())
    header.heldOn = QDate::currentDate().toString(Qt::ISODate);
  header.templateName = agenda.name;
  header.id = 0;
  header.status = QStringLiteral("open");
  header.steps.clear();
  for (const AgendaStep &a : agenda.steps) {
    ConsultationStep st;
    st.title = a.title;
    st.speakerNotes = a.notes;
    StepView v;
    v.boards = a.boards;
    v.layerGroups = a.layerGroups;
    st.setView(v);
    header.steps << st;
  }
  if (Status s = save(header, actor); !s)
    return s;
  return header;
}

Result<Consultation> Consultations::load(qint64 id) const
{
  const TypedTable<ConsultationRow> header(mStore);
  Result<ConsultationRow> row = header.get(id);
  if (!row)
    return row.status();
  Consultation c = fromRow(row.value());
  const QString byOwner = QStringLiteral("consultation_id = ?");
  c.steps = TypedTable<ConsultationStep>(mStore).where(byOwner, {id});
  std::sort(c.steps.begin(), c.steps.end(), [](const ConsultationStep &a, const ConsultationStep &b) { return a.position < b.position; });
  for (ConsultationStep &st : c.steps) {
    SqlStatement q(mStore.handle(), QStringLiteral("SELECT snapshot_png FROM consultation_steps WHERE id = ?"));
    q.bind(1, st.id);
    if (q.next() && !q.isNull(0))
      st.snapshotPng = q.value(0).toByteArray();
  }
  c.plots = TypedTable<ConsultationPlot>(mStore).where(byOwner, {id}); // id order is drawing order
  c.decisions = TypedTable<ConsultationDecision>(mStore).where(byOwner, {id});
  std::sort(c.decisions.begin(), c.decisions.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
  c.tasks = TypedTable<ConsultationTask>(mStore).where(byOwner, {id});
  std::sort(c.tasks.begin(), c.tasks.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
  return c;
}

QVector<Consultation> Consultations::list() const
{
  QVector<Consultation> out;
  for (const ConsultationRow &r : TypedTable<ConsultationRow>(mStore).all())
    out << fromRow(r);
  std::sort(out.begin(), out.end(), [](const Consultation &a, const Consultation &b) {
    if (a.heldOn != b.heldOn)
      return a.heldOn > b.heldOn;
    if (a.startedAt != b.startedAt)
      return a.startedAt > b.startedAt;
    return a.id > b.id;
  });
  return out;
}

Status Consultations::close(qint64 id, const QDateTime &endedAt, const QString &actor)
{
  TypedTable<ConsultationRow> header(mStore);
  Result<ConsultationRow> row = header.get(id);
  if (!row)
    return row.status();
  ConsultationRow r = row.value();
  r.status = QStringLiteral("closed");
  r.endedAt = endedAt.toString(Qt::ISODate);
  return header.table().update(withNull(ConsultationRow::schema().toRecord(r), "warning_id"), actor);
}

Status Consultations::reopen(qint64 id, const QString &actor)
{
  TypedTable<ConsultationRow> header(mStore);
  Result<ConsultationRow> row = header.get(id);
  if (!row)
    return row.status();
  ConsultationRow r = row.value();
  r.status = QStringLiteral("open");
  r.endedAt.clear();
  return header.table().update(withNull(ConsultationRow::schema().toRecord(r), "warning_id"), actor);
}

Status Consultations::remove(qint64 id, const QString &actor)
{
  // The children go by ON DELETE CASCADE; the audit row keeps the meeting's header.
  return TypedTable<ConsultationRow>(mStore).remove(id, actor);
}

QVector<OverdueTask> Consultations::overdueTasks(const QDate &asOf) const
{
  QVector<OverdueTask> out;
  const TypedTable<ConsultationRow> header(mStore);
  for (const ConsultationTask &t : TypedTable<ConsultationTask>(mStore).where(QStringLiteral("status = 'open' AND deadline < ?"), {asOf.toString(Qt::ISODate)})) {
    OverdueTask o;
    o.task = t;
    if (Result<ConsultationRow> r = header.get(t.consultationId)) {
      o.consultationTitle = r.value().title;
      o.heldOn = r.value().heldOn;
    }
    o.daysOverdue = static_cast<int>(QDate::fromString(t.deadline, Qt::ISODate).daysTo(asOf));
    out << o;
  }
  std::sort(out.begin(), out.end(), [](const OverdueTask &a, const OverdueTask &b) {
    return a.task.deadline != b.task.deadline ? a.task.deadline < b.task.deadline : a.task.id < b.task.id;
  });
  return out;
}

Status Consultations::markTaskDone(qint64 taskId, const QDateTime &doneAt, const QString &actor)
{
  TypedTable<ConsultationTask> tasks(mStore);
  Result<ConsultationTask> t = tasks.get(taskId);
  if (!t)
    return t.status();
  ConsultationTask done = t.value();
  done.status = QStringLiteral("done");
  done.doneAt = doneAt.toString(Qt::ISODate);
  return tasks.update(done, actor);
}

} // namespace onemap
