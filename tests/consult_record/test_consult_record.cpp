// The consultation record on the board, offscreen over a real sample store:
// the record panel adds decisions and tasks through its widgets and the task
// dialog, the store holds them (read back by a new session) and the session's
// undo takes them out of the store again; overdue tasks are red with their
// days; the task dialog refuses a missing owner or deadline and writes
// nothing; the overdue follow-up lists tasks of two meetings oldest first,
// marks one done (audited) and exports guarded CSV; the template editor
// copies a built-in, edits and saves it, refuses built-ins and hostile input;
// a closed meeting's record cannot be edited.
//
// To look at it: ONEMAP_SCREENSHOT_DIR=<dir> saves the panel and dialogs
// (ONEMAP_EXTRA_QM=<file.qm> adds translations not yet merged).
#include "CsvRecords.h"
#include "SampleStore.h"
#include "StoreQueries.h"
#include "app/QgisRuntime.h"
#include "consult/ConsultationSession.h"
#include "consult/record/DecisionsModel.h"
#include "consult/record/OverdueTasksDialog.h"
#include "consult/record/RecordPanel.h"
#include "consult/record/TaskCheck.h"
#include "consult/record/TaskDialog.h"
#include "consult/record/TasksModel.h"
#include "consult/record/TemplateEditorDialog.h"
#include "consultation/AgendaTemplates.h"
#include "consultation/Consultations.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace onemap;
using namespace onemap::testing;

namespace {

const QDate kMeetingDay(2026, 7, 10);

void shot(QWidget *w, const QString &name)
{
  const QString dir = qEnvironmentVariable("ONEMAP_SCREENSHOT_DIR");
  if (dir.isEmpty())
    return;
  QDir().mkpath(dir);
  w->grab().save(QDir(dir).filePath(name));
}

// Runs \a fill on the modal dialog of type D as soon as it is shown (the
// panel opens it with exec()); the dialog is then answered by \a fill itself.
template <typename D>
void whenModal(const std::function<void(D *)> &fill, bool *seen)
{
  QTimer::singleShot(0, [fill, seen] {
    auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
    if (!d) { // not shown yet: look again
      whenModal<D>(fill, seen);
      return;
    }
    *seen = true;
    fill(d);
  });
}

qint64 count(ConsultationSession &s, const QString &sql, const QVariantList &args = {})
{
  return scalar(s.store().handle(), sql, args);
}

} // namespace

class TestConsultRecord : public QObject
{
  Q_OBJECT

  std::unique_ptr<SampleStore> mSample;

  // A new open meeting from the rainstorm template held on \a day.
  qint64 startMeeting(ConsultationSession &session, const QString &title, const QDate &day = kMeetingDay)
  {
    Consultation header;
    header.title = title;
    header.heldOn = day.toString(Qt::ISODate);
    header.chair = QStringLiteral("县应急管理局 王局长");
    Result<qint64> id = session.start(AgendaTemplates::builtIn(QStringLiteral("rolling_event/rainstorm")).value(), header);
    return id ? id.value() : -1;
  }

  static ConsultationTask task(const QString &what, const QString &owner, const QString &unit, const QDate &deadline)
  {
    ConsultationTask t;
    t.task = what;
    t.owner = owner;
    t.unit = unit;
    t.deadline = deadline.toString(Qt::ISODate);
    return t;
  }

private slots:
  void initTestCase()
  {
    mSample = std::make_unique<SampleStore>();
    QVERIFY2(mSample->ok(), qPrintable(mSample->message()));
  }

  // (a) decisions and tasks through the panel's widgets; the store has them; undo removes them.
  void panelAddsAndUndoes()
  {
    ConsultationSession session(mSample->path());
    QVERIFY2(session.isValid(), qPrintable(session.error()));
    session.setActor(QStringLiteral("tester"));
    const qint64 id = startMeeting(session, QStringLiteral("7月10日暴雨会商"));
    QVERIFY(id > 0);
    RecordPanel panel(&session);
    panel.resize(720, 640);
    panel.show();

    // Decisions: typed and Enter, typed and Add.
    panel.decisionInput()->setText(QStringLiteral("启动防汛四级应急响应"));
    QTest::keyClick(panel.decisionInput(), Qt::Key_Return);
    panel.decisionInput()->setText(QStringLiteral("转移山洪危险区群众"));
    panel.addDecisionButton()->click();
    QCOMPARE(panel.decisionInput()->text(), QString());
    QCOMPARE(panel.decisionsModel()->rowCount(), 2);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_decisions WHERE consultation_id = ?"), {id}), 2);
    // An empty decision is refused and writes nothing.
    const int undoBefore = session.undoStack()->count();
    panel.decisionInput()->setText(QStringLiteral("   "));
    panel.addDecisionButton()->click();
    QVERIFY(!panel.error().isEmpty());
    QCOMPARE(session.undoStack()->count(), undoBefore);

    // Move the second decision up with the button.
    panel.decisionsView()->setCurrentIndex(panel.decisionsModel()->index(1));
    QVERIFY(panel.decisionUpButton()->isEnabled());
    panel.decisionUpButton()->click();
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT text FROM consultation_decisions WHERE consultation_id = ? AND position = 1"), {id}),
             QStringLiteral("转移山洪危险区群众"));

    // Edit a decision in place through the model (what the list's editor does).
    QVERIFY(panel.decisionsModel()->setData(panel.decisionsModel()->index(1), QStringLiteral("启动防汛三级应急响应")));
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT text FROM consultation_decisions WHERE consultation_id = ? AND position = 2"), {id}),
             QStringLiteral("启动防汛三级应急响应"));

    // A task through the dialog, as the user fills it.
    bool seen = false;
    whenModal<TaskDialog>([](TaskDialog *d) {
      d->taskEdit()->setPlainText(QStringLiteral("组织青山镇危险区群众转移"));
      d->ownerEdit()->setText(QStringLiteral("李镇长"));
      d->unitEdit()->setText(QStringLiteral("青山镇人民政府"));
      d->deadlineEdit()->setDate(kMeetingDay.addDays(1));
      d->okButton()->click();
    }, &seen);
    panel.addTaskButton()->click();
    QVERIFY(seen);
    QVERIFY2(panel.error().isEmpty(), qPrintable(panel.error()));
    QCOMPARE(panel.tasksModel()->rowCount(), 1);
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT owner || '|' || unit || '|' || deadline || '|' || status FROM consultation_tasks WHERE consultation_id = ?"), {id}),
             QStringLiteral("李镇长|青山镇人民政府|2026-07-11|open"));
    QVERIFY(panel.addTask(task(QStringLiteral("检查水库泄洪设施"), QStringLiteral("张科长"), QStringLiteral("县水利局"), kMeetingDay.addDays(2))));

    // In place: owner text and deadline date.
    TasksModel *tasks = panel.tasksModel();
    QVERIFY(tasks->flags(tasks->index(1, TasksModel::Deadline)) & Qt::ItemIsEditable);
    QVERIFY(tasks->setData(tasks->index(1, TasksModel::Owner), QStringLiteral("赵科长")));
    QVERIFY(tasks->setData(tasks->index(1, TasksModel::Deadline), kMeetingDay.addDays(5)));
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT owner || '|' || deadline FROM consultation_tasks WHERE consultation_id = ? AND position = 2"), {id}),
             QStringLiteral("赵科长|2026-07-15"));

    // Mark done with the button, then open again.
    panel.tasksView()->selectRow(0);
    QVERIFY(panel.doneButton()->isEnabled());
    panel.doneButton()->click();
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT status FROM consultation_tasks WHERE consultation_id = ? AND position = 1"), {id}), QStringLiteral("done"));
    QVERIFY(tasks->data(tasks->index(0, 0), TasksModel::DoneRole).toBool());
    shot(&panel, QStringLiteral("record-panel.png"));
    panel.doneButton()->click();
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT status FROM consultation_tasks WHERE consultation_id = ? AND position = 1"), {id}), QStringLiteral("open"));

    // Move task 2 up.
    panel.tasksView()->selectRow(1);
    panel.taskUpButton()->click();
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT owner FROM consultation_tasks WHERE consultation_id = ? AND position = 1"), {id}), QStringLiteral("赵科长"));

    // A new session on the same file reads the same record.
    {
      ConsultationSession again(mSample->path());
      QVERIFY(again.open(id));
      QCOMPARE(again.meeting().decisions.size(), 2);
      QCOMPARE(again.meeting().decisions[0].text, QStringLiteral("转移山洪危险区群众"));
      QCOMPARE(again.meeting().decisions[1].text, QStringLiteral("启动防汛三级应急响应"));
      QCOMPARE(again.meeting().tasks.size(), 2);
      QCOMPARE(again.meeting().tasks[0].owner, QStringLiteral("赵科长"));
      QCOMPARE(again.meeting().tasks[1].task, QStringLiteral("组织青山镇危险区群众转移"));
    }

    // Delete a task with the button; undo brings it back, in the store too.
    panel.tasksView()->selectRow(0);
    panel.removeTaskButton()->click();
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_tasks WHERE consultation_id = ?"), {id}), 1);
    session.undoStack()->undo();
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_tasks WHERE consultation_id = ?"), {id}), 2);
    QCOMPARE(panel.tasksModel()->rowCount(), 2);

    // Undo everything: no decision or task left in the store or the panel.
    while (session.undoStack()->canUndo())
      session.undoStack()->undo();
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_decisions WHERE consultation_id = ?"), {id}), 0);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_tasks WHERE consultation_id = ?"), {id}), 0);
    QCOMPARE(panel.decisionsModel()->rowCount(), 0);
    QCOMPARE(panel.tasksModel()->rowCount(), 0);
    // Redo one: the first decision is back in the store.
    session.undoStack()->redo();
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT text FROM consultation_decisions WHERE consultation_id = ?"), {id}), QStringLiteral("启动防汛四级应急响应"));
  }

  // (b) overdue against an injected today: red, with its days; done never overdue.
  void overdueRendering()
  {
    ConsultationSession session(mSample->path());
    const qint64 id = startMeeting(session, QStringLiteral("逾期任务测试会商"));
    QVERIFY(id > 0);
    RecordPanel panel(&session);
    const QDate today = kMeetingDay.addDays(10);
    panel.setToday(today);
    QVERIFY(panel.addTask(task(QStringLiteral("排查地质灾害隐患点"), QStringLiteral("国土所 刘所长"), QStringLiteral("自然资源局"), today.addDays(-3))));
    QVERIFY(panel.addTask(task(QStringLiteral("补充防汛物资"), QStringLiteral("陈主任"), QStringLiteral("县应急局"), today.addDays(4))));
    QVERIFY(panel.addTask(task(QStringLiteral("上报灾情"), QStringLiteral("周科长"), QString(), today.addDays(-5))));
    QVERIFY(panel.setTaskDone(2, true));
    QVERIFY(panel.addTask(task(QStringLiteral("今日到期任务"), QStringLiteral("吴干事"), QString(), today)));

    TasksModel *m = panel.tasksModel();
    QCOMPARE(m->rowCount(), 4);
    // Overdue: 3 days, red in every column, the days in the status text.
    QCOMPARE(m->data(m->index(0, TasksModel::Status), TasksModel::DaysOverdueRole).toInt(), 3);
    for (int c = 0; c < TasksModel::ColumnCount; ++c)
      QCOMPARE(m->data(m->index(0, c), Qt::ForegroundRole).value<QBrush>().color(), TasksModel::overdueColour());
    QVERIFY(m->data(m->index(0, TasksModel::Status)).toString().contains(QLatin1String("3")));
    // Not yet due, due today, done: not overdue, not red.
    for (int row : {1, 2, 3}) {
      QCOMPARE(m->data(m->index(row, TasksModel::Status), TasksModel::DaysOverdueRole).toInt(), 0);
      QVERIFY(m->data(m->index(row, TasksModel::Task), Qt::ForegroundRole).value<QBrush>().color() != TasksModel::overdueColour());
    }
    QCOMPARE(m->overdueCount(), 1);
    QCOMPARE(taskDaysOverdue(m->tasks()[2], today.addDays(100)), 0); // done stays not overdue
    // Opened again, the late task is overdue 5 days.
    QVERIFY(panel.setTaskDone(2, false));
    QCOMPARE(m->data(m->index(2, 0), TasksModel::DaysOverdueRole).toInt(), 5);
    QCOMPARE(m->overdueCount(), 2);
    // Another day: the numbers move with the injected today.
    panel.setToday(today.addDays(1));
    QCOMPARE(m->data(m->index(0, 0), TasksModel::DaysOverdueRole).toInt(), 4);
    QCOMPARE(m->data(m->index(3, 0), TasksModel::DaysOverdueRole).toInt(), 1);
    panel.setToday(today);
    panel.resize(720, 520);
    panel.show();
    panel.decisionInput()->setText(QStringLiteral("各镇落实24小时值班"));
    QTest::keyClick(panel.decisionInput(), Qt::Key_Return);
    shot(&panel, QStringLiteral("record-panel-overdue.png"));
  }

  // (c) the task dialog refuses a missing owner and a bad or missing date; nothing is written.
  void taskDialogRefuses()
  {
    ConsultationSession session(mSample->path());
    const qint64 id = startMeeting(session, QStringLiteral("任务对话框测试"));
    QVERIFY(id > 0);
    RecordPanel panel(&session);
    const qint64 auditBefore = count(session, QStringLiteral("SELECT count(*) FROM audit_log"));

    // Through the panel: owner missing, OK refused; then no deadline, refused; then Cancel.
    bool seen = false;
    QString ownerError, dateError;
    bool stayedOpen = false;
    whenModal<TaskDialog>([&](TaskDialog *d) {
      d->taskEdit()->setPlainText(QStringLiteral("疏通排水沟渠"));
      d->deadlineEdit()->setDate(kMeetingDay.addDays(3));
      d->okButton()->click();
      ownerError = d->error();
      stayedOpen = d->isVisible() && d->result() != QDialog::Accepted && d->focusWidget() == d->ownerEdit();
      d->ownerEdit()->setText(QStringLiteral("孙站长"));
      d->deadlineEdit()->setDate(d->unsetDate());
      d->okButton()->click();
      dateError = d->error();
      stayedOpen = stayedOpen && d->isVisible() && (d->focusWidget() == d->deadlineEdit() || d->deadlineEdit()->isAncestorOf(d->focusWidget()));
      d->reject();
    }, &seen);
    panel.addTaskButton()->click();
    QVERIFY(seen);
    QVERIFY(stayedOpen);
    QVERIFY(!ownerError.isEmpty());
    QVERIFY(!dateError.isEmpty());
    QVERIFY(ownerError != dateError); // each names its own field
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_tasks WHERE consultation_id = ?"), {id}), 0);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(session.undoStack()->count(), 0);

    // A stored date that is not a date shows as "not chosen", so OK is refused.
    TaskDialog d(kMeetingDay);
    d.setTask(task(QStringLiteral("加固堤防"), QStringLiteral("钱队长"), QString(), QDate()));
    ConsultationTask bad = d.task();
    QVERIFY(bad.deadline.isEmpty());
    d.accept();
    QVERIFY(!d.error().isEmpty());
    QVERIFY(d.result() != QDialog::Accepted);
    // The same rules on the panel's own entry points and on in-place edits.
    ConsultationTask typo = task(QStringLiteral("加固堤防"), QStringLiteral("钱队长"), QString(), QDate());
    typo.deadline = QStringLiteral("2026-02-30");
    QVERIFY(!checkTask(typo, kMeetingDay));
    QVERIFY(!panel.addTask(typo));
    QVERIFY(!panel.error().isEmpty());
    QVERIFY(!panel.addTask(task(QStringLiteral("加固堤防"), QStringLiteral("钱队长"), QString(), kMeetingDay.addDays(-1)))); // before the meeting
    QVERIFY(!panel.addTask(task(QStringLiteral("加固堤防"), QString(), QString(), kMeetingDay)));
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_tasks WHERE consultation_id = ?"), {id}), 0);
    QVERIFY(panel.addTask(task(QStringLiteral("加固堤防"), QStringLiteral("钱队长"), QString(), kMeetingDay)));
    QSignalSpy refused(panel.tasksModel(), &TasksModel::refused);
    QVERIFY(!panel.tasksModel()->setData(panel.tasksModel()->index(0, TasksModel::Owner), QStringLiteral("  ")));
    QVERIFY(!panel.tasksModel()->setData(panel.tasksModel()->index(0, TasksModel::Deadline), kMeetingDay.addDays(-2)));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT owner || '|' || deadline FROM consultation_tasks WHERE consultation_id = ?"), {id}),
             QStringLiteral("钱队长|2026-07-10"));
    QCOMPARE(session.undoStack()->count(), 1);
  }

  // (d) follow-up across meetings: oldest first, mark done (audited), CSV read back.
  void overdueAcrossMeetings()
  {
    ConsultationSession session(mSample->path());
    session.setActor(QStringLiteral("tester"));
    // Meeting A first, its task due later; meeting B second, its task due earlier.
    const qint64 a = startMeeting(session, QStringLiteral("=第一次会商"), QDate(2025, 6, 1));
    QVERIFY(a > 0);
    QVERIFY(session.addTask(task(QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-王五"), QStringLiteral("@水利局"), QDate(2025, 6, 10))));
    ConsultationTask done = task(QStringLiteral("已完成任务"), QStringLiteral("赵六"), QString(), QDate(2025, 6, 2));
    QVERIFY(session.addTask(done));
    QVERIFY(session.setTaskDone(1, true));
    const qint64 b = startMeeting(session, QStringLiteral("第二次会商"), QDate(2025, 6, 5));
    QVERIFY(b > 0);
    QVERIFY(session.addTask(task(QStringLiteral("+清理河道"), QStringLiteral("钱七"), QStringLiteral("河长办"), QDate(2025, 6, 8))));
    QVERIFY(session.addTask(task(QStringLiteral("未到期任务"), QStringLiteral("孙八"), QString(), QDate(2025, 8, 1))));
    session.leave();

    const QDate asOf(2025, 7, 1);
    QCOMPARE(OverdueTasksDialog::overdueCount(session.store(), asOf), 2);
    OverdueTasksDialog dialog(session.store(), QStringLiteral("tester"));
    dialog.setAsOf(asOf);
    QCOMPARE(dialog.tasks().size(), 2);
    QCOMPARE(dialog.table()->rowCount(), 2);
    // Oldest deadline first, though its meeting is the later one.
    QCOMPARE(dialog.tasks()[0].task.consultationId, b);
    QCOMPARE(dialog.tasks()[1].task.consultationId, a);
    QCOMPARE(dialog.table()->item(0, OverdueTasksDialog::Meeting)->text(), QStringLiteral("第二次会商"));
    QCOMPARE(dialog.table()->item(0, OverdueTasksDialog::HeldOn)->text(), QStringLiteral("2025-06-05"));
    QCOMPARE(dialog.table()->item(0, OverdueTasksDialog::DaysOverdue)->data(Qt::DisplayRole).toInt(), 23);
    QCOMPARE(dialog.table()->item(1, OverdueTasksDialog::DaysOverdue)->data(Qt::DisplayRole).toInt(), 21);
    dialog.resize(980, 320);
    dialog.show();
    shot(&dialog, QStringLiteral("overdue-tasks.png"));

    // CSV: BOM, title line, headers, rows oldest first; formula-looking cells guarded.
    const QString csv = QDir(mSample->dir()).filePath(QStringLiteral("overdue.csv"));
    QVERIFY(dialog.exportCsv(csv));
    QFile raw(csv);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = readCsvFile(csv);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].size(), int(OverdueTasksDialog::ColumnCount));
    QCOMPARE(rows[2][OverdueTasksDialog::Task], QStringLiteral("'+清理河道"));
    QCOMPARE(rows[2][OverdueTasksDialog::Deadline], QStringLiteral("2025-06-08"));
    QCOMPARE(rows[2][OverdueTasksDialog::DaysOverdue], QStringLiteral("23"));
    QCOMPARE(rows[3][OverdueTasksDialog::Meeting], QStringLiteral("'=第一次会商"));
    QCOMPARE(rows[3][OverdueTasksDialog::Task], QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(rows[3][OverdueTasksDialog::Owner], QStringLiteral("'-王五"));
    QCOMPARE(rows[3][OverdueTasksDialog::Unit], QStringLiteral("'@水利局"));

    // Mark the oldest done with the button: gone from the list, done in the store, audited.
    const qint64 taskId = dialog.tasks()[0].task.id;
    const qint64 audits = count(session, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_tasks' AND row_id = ? AND action = 'update' AND actor = 'tester'"), {taskId});
    QSignalSpy changed(&dialog, &OverdueTasksDialog::tasksChanged);
    QVERIFY(!dialog.markDoneButton()->isEnabled());
    dialog.table()->selectRow(0);
    QVERIFY(dialog.markDoneButton()->isEnabled());
    dialog.markDoneButton()->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.tasks().size(), 1);
    QCOMPARE(dialog.tasks()[0].task.consultationId, a);
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT status FROM consultation_tasks WHERE id = ?"), {taskId}), QStringLiteral("done"));
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_tasks' AND row_id = ? AND action = 'update' AND actor = 'tester'"), {taskId}),
             audits + 1);
    QCOMPARE(OverdueTasksDialog::overdueCount(session.store(), asOf), 1);

    // With meeting A open in a session, its task is marked through the session (undoable).
    QVERIFY(session.open(a));
    dialog.setSession(&session);
    QVERIFY(dialog.markDone(dialog.tasks()[0].task.id));
    QCOMPARE(dialog.tasks().size(), 0);
    QCOMPARE(session.meeting().tasks[0].status, QStringLiteral("done"));
    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(dialog.tasks().size(), 1); // reloaded from the session's save
    QCOMPARE(OverdueTasksDialog::overdueCount(session.store(), asOf), 1);
    // A task that is not there: refused with a message.
    QVERIFY(!dialog.markDone(99999999));
    QVERIFY(!dialog.error().isEmpty());
  }

  // (e) the template editor: copy a built-in, edit, save; built-ins and hostile input refused.
  void templateEditor()
  {
    ConsultationSession session(mSample->path());
    Store &store = session.store();
    TemplateEditorDialog dialog(store, QStringLiteral("tester"));
    const int userBefore = int(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates")));
    const qint64 auditBefore = count(session, QStringLiteral("SELECT count(*) FROM audit_log"));

    QVERIFY(dialog.selectBuiltIn(QStringLiteral("rolling_event/rainstorm")));
    const AgendaTemplate builtIn = dialog.current();
    QVERIFY(builtIn.isBuiltIn());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.nameEdit()->isReadOnly());
    QVERIFY(!dialog.boardBox(QStringLiteral("impact"))->isEnabled());
    QVERIFY(!dialog.save()); // built-ins are never saved over
    QVERIFY(!dialog.error().isEmpty());
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates")), qint64(userBefore));

    // Copy to edit, then change the name, the hazard, a step and add one.
    dialog.copyButton()->click();
    QVERIFY(!dialog.current().isBuiltIn());
    QCOMPARE(dialog.current().steps.size(), builtIn.steps.size());
    dialog.nameEdit()->setText(QStringLiteral("山洪灾害会商（本县）"));
    dialog.hazardBox()->setCurrentIndex(dialog.hazardBox()->findData(QStringLiteral("flood")));
    dialog.selectStep(1);
    dialog.stepTitleEdit()->setText(QStringLiteral("河流水库与山洪沟"));
    dialog.boardBox(QStringLiteral("impact"))->setChecked(true);
    dialog.boardBox(QStringLiteral("overview"))->setChecked(false);
    for (int i = 0; i < dialog.layerGroupList()->count(); ++i)
      if (dialog.layerGroupList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("cameras"))
        dialog.layerGroupList()->item(i)->setCheckState(Qt::Unchecked);
      else if (dialog.layerGroupList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("hidden_dangers"))
        dialog.layerGroupList()->item(i)->setCheckState(Qt::Checked);
    dialog.stepNotesEdit()->setPlainText(QStringLiteral("水文站汇报各站水位"));
    dialog.addStepButton()->click(); // after step 2
    QCOMPARE(dialog.currentStep(), 2);
    dialog.stepTitleEdit()->setText(QStringLiteral("村级预警叫应情况"));
    dialog.stepUpButton()->click();
    QCOMPARE(dialog.currentStep(), 1);
    QVERIFY(dialog.isDirty());
    QVERIFY(dialog.saveButton()->isEnabled());
    shot(&dialog, QStringLiteral("template-editor.png"));
    QVERIFY2(dialog.save(), qPrintable(dialog.error()));
    QVERIFY(!dialog.isDirty());

    const AgendaTemplate saved = dialog.current();
    QVERIFY(saved.id > 0);
    bool found = false;
    for (const AgendaTemplate &t : AgendaTemplates(store).list()) {
      if (t.isBuiltIn() || t.id != saved.id)
        continue;
      found = true;
      QCOMPARE(t.name, QStringLiteral("山洪灾害会商（本县）"));
      QCOMPARE(t.kind, QStringLiteral("rolling_event"));
      QCOMPARE(t.hazard, QStringLiteral("flood"));
      QCOMPARE(t.steps.size(), builtIn.steps.size() + 1);
      QCOMPARE(t.steps[0], builtIn.steps[0]);
      QCOMPARE(t.steps[1].title, QStringLiteral("村级预警叫应情况"));
      QCOMPARE(t.steps[1].boards, QStringList {QStringLiteral("map")});
      QCOMPARE(t.steps[2].title, QStringLiteral("河流水库与山洪沟"));
      QCOMPARE(t.steps[2].boards, (QStringList {QStringLiteral("map"), QStringLiteral("impact")}));
      QVERIFY(t.steps[2].layerGroups.contains(QStringLiteral("hidden_dangers")));
      QVERIFY(!t.steps[2].layerGroups.contains(QStringLiteral("cameras")));
      QVERIFY(t.steps[2].layerGroups.contains(QStringLiteral("rivers")));
      QCOMPARE(t.steps[2].notes, QStringLiteral("水文站汇报各站水位"));
      QCOMPARE(t.steps.last(), builtIn.steps.last());
    }
    QVERIFY(found);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_templates' AND row_id = ? AND action = 'insert'"), {saved.id}), 1);
    shot(&dialog, QStringLiteral("template-editor-saved.png"));

    // The copy can be reopened and its edits are there; a built-in name is refused.
    QVERIFY(dialog.selectUserTemplate(saved.id));
    QCOMPARE(dialog.stepList()->count(), saved.steps.size());
    const qint64 templatesNow = count(session, QStringLiteral("SELECT count(*) FROM consultation_templates"));
    qint64 audits = count(session, QStringLiteral("SELECT count(*) FROM audit_log"));
    dialog.nameEdit()->setText(builtIn.name);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.error().isEmpty());

    // Hostile input: a 10,000-character name, a 10,000-character step title, 300 steps.
    AgendaTemplate hostile = saved;
    hostile.id = 0;
    hostile.name = QString(10000, QChar(0x6D2A));
    dialog.editTemplate(hostile);
    QVERIFY(!dialog.save());
    const QString nameError = dialog.error();
    QVERIFY(!nameError.isEmpty());
    hostile.name = QStringLiteral("恶意模板");
    hostile.steps[3].title = QString(10000, QLatin1Char('x'));
    dialog.editTemplate(hostile);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.error().isEmpty());
    QVERIFY(dialog.error() != nameError);
    QCOMPARE(dialog.currentStep(), 3); // the step at fault is shown
    hostile.steps = QVector<AgendaStep>(300, AgendaStep {QStringLiteral("步骤"), {QStringLiteral("map")}, {}, QString()});
    dialog.editTemplate(hostile);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.error().isEmpty());
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates")), templatesNow);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    // A step without a board is refused too.
    hostile.steps = {AgendaStep {QStringLiteral("无看板步骤"), {}, {}, QString()}};
    dialog.editTemplate(hostile);
    QVERIFY(!dialog.save());
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates")), templatesNow);

    // Deleting: built-ins cannot be; the user's own goes, audited.
    hostile.steps = {AgendaStep {QStringLiteral("一步"), {QStringLiteral("map")}, {}, QString()}};
    dialog.editTemplate(hostile);
    QVERIFY(dialog.save());
    const qint64 oneStep = dialog.current().id;
    QVERIFY(oneStep > 0);
    QVERIFY(!dialog.removeTemplate(0));
    // Delete asks first: No keeps it, Yes deletes it.
    for (const QMessageBox::StandardButton answer : {QMessageBox::No, QMessageBox::Yes}) {
      bool asked = false;
      whenModal<QMessageBox>([answer](QMessageBox *box) { box->button(answer)->click(); }, &asked);
      QVERIFY(dialog.deleteButton()->isEnabled());
      dialog.deleteButton()->click();
      QVERIFY(asked);
      QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates WHERE id = ?"), {oneStep}), answer == QMessageBox::Yes ? 0 : 1);
    }
    QVERIFY(!dialog.hasTemplate());
    // Unsaved edits are not dropped silently: leaving asks (Cancel stays, Discard leaves).
    QVERIFY(dialog.selectUserTemplate(saved.id));
    dialog.stepTitleEdit()->setText(QStringLiteral("改过的标题"));
    QVERIFY(dialog.isDirty());
    for (const QMessageBox::StandardButton answer : {QMessageBox::Cancel, QMessageBox::Discard}) {
      bool asked = false;
      whenModal<QMessageBox>([answer](QMessageBox *box) { box->button(answer)->click(); }, &asked);
      const bool left = dialog.selectBuiltIn(QStringLiteral("annual_outlook"));
      QVERIFY(asked);
      QCOMPARE(left, answer == QMessageBox::Discard);
      QCOMPARE(dialog.current().isBuiltIn(), answer == QMessageBox::Discard);
    }
    QCOMPARE(text(store.handle(), QStringLiteral("SELECT steps_json FROM consultation_templates WHERE id = ?"), {saved.id}).contains(QStringLiteral("改过的标题")), false);
    audits = count(session, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_templates' AND action = 'delete'"));
    QVERIFY(dialog.removeTemplate(saved.id));
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_templates WHERE id = ?"), {saved.id}), 0);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consultation_templates' AND action = 'delete'")), audits + 1);
    QVERIFY(count(session, QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
  }

  // (f) a closed meeting: everything shown, nothing editable, session edits refused.
  void readOnlyMeeting()
  {
    ConsultationSession session(mSample->path());
    const qint64 id = startMeeting(session, QStringLiteral("已结束的会商"));
    QVERIFY(id > 0);
    RecordPanel panel(&session);
    panel.setToday(kMeetingDay.addDays(3));
    QVERIFY(panel.addDecision(QStringLiteral("加强值班值守")));
    QVERIFY(panel.addTask(task(QStringLiteral("发布预警信息"), QStringLiteral("气象台"), QString(), kMeetingDay.addDays(1))));
    QVERIFY(session.closeMeeting());
    QVERIFY(session.isReadOnly());
    panel.resize(720, 480);
    panel.show();
    panel.tasksView()->selectRow(0);
    panel.decisionsView()->setCurrentIndex(panel.decisionsModel()->index(0));
    // Shown whole, with its overdue state.
    QCOMPARE(panel.decisionsModel()->rowCount(), 1);
    QCOMPARE(panel.tasksModel()->rowCount(), 1);
    QCOMPARE(panel.tasksModel()->data(panel.tasksModel()->index(0, 0), TasksModel::DaysOverdueRole).toInt(), 2);
    for (QWidget *w : std::initializer_list<QWidget *> {panel.decisionInput(), panel.addDecisionButton(), panel.removeDecisionButton(), panel.decisionUpButton(),
                                                        panel.decisionDownButton(), panel.addTaskButton(), panel.editTaskButton(), panel.removeTaskButton(),
                                                        panel.doneButton(), panel.taskUpButton(), panel.taskDownButton()})
      QVERIFY2(!w->isEnabled(), qPrintable(w->metaObject()->className()));
    QCOMPARE(panel.tasksView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(panel.decisionsView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (int c = 0; c < TasksModel::ColumnCount; ++c)
      QVERIFY(!(panel.tasksModel()->flags(panel.tasksModel()->index(0, c)) & Qt::ItemIsEditable));
    QVERIFY(!(panel.decisionsModel()->flags(panel.decisionsModel()->index(0)) & Qt::ItemIsEditable));
    shot(&panel, QStringLiteral("record-panel-closed.png"));

    const qint64 audits = count(session, QStringLiteral("SELECT count(*) FROM audit_log"));
    QSignalSpy failed(&session, &ConsultationSession::failed);
    QVERIFY(!panel.addDecision(QStringLiteral("不应写入")));
    QVERIFY(!panel.error().isEmpty());
    QVERIFY(!panel.setTaskDone(0, true));
    QVERIFY(!panel.tasksModel()->setData(panel.tasksModel()->index(0, TasksModel::Owner), QStringLiteral("别人")));
    QVERIFY(!session.addTask(task(QStringLiteral("不应写入"), QStringLiteral("某人"), QString(), kMeetingDay)));
    QVERIFY(!session.removeDecision(0));
    QVERIFY(failed.count() >= 4);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM consultation_decisions WHERE consultation_id = ?"), {id}), 1);
    QCOMPARE(text(session.store().handle(), QStringLiteral("SELECT owner || '|' || status FROM consultation_tasks WHERE consultation_id = ?"), {id}), QStringLiteral("气象台|open"));

    // Reopened, the controls come back.
    QVERIFY(session.reopenMeeting());
    QVERIFY(panel.addDecisionButton()->isEnabled());
    QVERIFY(panel.addTaskButton()->isEnabled());
    QVERIFY(panel.tasksModel()->flags(panel.tasksModel()->index(0, TasksModel::Owner)) & Qt::ItemIsEditable);
  }

  void cleanupTestCase() { mSample.reset(); }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, true);
  // To look at strings not yet in resources/i18n: ONEMAP_EXTRA_QM=<file.qm>.
  QTranslator extra;
  if (qEnvironmentVariableIsSet("ONEMAP_EXTRA_QM") && extra.load(qEnvironmentVariable("ONEMAP_EXTRA_QM")))
    QCoreApplication::installTranslator(&extra);
  TestConsultRecord test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_consult_record.moc"
