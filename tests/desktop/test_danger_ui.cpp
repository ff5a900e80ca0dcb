// The hidden-danger closed loop on the board, over the sample county with its
// real QGIS layers: the ledger form cannot move a danger's status, the step
// dialog offers exactly the loop's next steps and writes through DangerLoop
// (or shows its refusal and writes nothing), the history lists the steps, and
// the summary panel counts what DangerLoop counts and filters the ledger.
//
// Set ONEMAP_GRAB_DIR to a folder to also save the step dialog and the
// summary panel as PNGs there (for looking at them).
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "ledger/DangerStepDialog.h"
#include "ledger/DangerSummaryPanel.h"
#include "ledger/EditHistory.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerDock.h"
#include "ledger/LedgerFilterBar.h"
#include "ledger/LedgerForm.h"
#include "ledger/LedgerHistoryDialog.h"
#include "ledger/LedgerModel.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"
#include "store/Table.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
const TableSpec &dangers() { return HiddenDanger::schema().spec(); }

qint64 eventCount(Store &store)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT count(*) FROM danger_events"));
  return q.next() ? q.int64(0) : -1;
}

void grab(QWidget *widget, const QString &name)
{
  const QString dir = qEnvironmentVariable("ONEMAP_GRAB_DIR");
  if (dir.isEmpty())
    return;
  widget->show();
  QCoreApplication::processEvents();
  QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}
} // namespace

class TestDangerUi : public QObject
{
  Q_OBJECT

private Q_SLOTS:
  void initTestCase()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QVERIFY(StoreMapLayers::load(mSample.path(), &mProject).ok());
    mCanvas = new QgsMapCanvas;
    mCanvas->setDestinationCrs(mProject.crs());
    mCanvas->resize(800, 600);
    mWindow.setCentralWidget(mCanvas);
    mWindow.resize(1400, 900);
    mDock = LedgerDock::addTo(&mWindow, &mProject, mCanvas);
    QVERIFY(mDock);
    QVERIFY(mDock->summaryPanel());
    mDock->setRegistry(QStringLiteral("hidden_dangers"));
  }

  void cleanupTestCase()
  {
    delete mDock;
    mProject.clear();
  }

  void statusIsReadOnlyInTheForm()
  {
    const Record existing = Table(mDock->store(), dangers()).get(5).value();
    LedgerForm form(*mDock->history(), dangers(), existing);
    QWidget *status = form.editor(QStringLiteral("status"));
    QVERIFY(status);
    QVERIFY(!status->isEnabled());
    QVERIFY(form.editor(QStringLiteral("name"))->isEnabled());
    QVERIFY(!status->toolTip().isEmpty());
    grab(&form, QStringLiteral("ledger_form.png"));
    // Even set from code, a save keeps the store's status.
    const QString before = existing.values.value(QStringLiteral("status")).toString();
    const QString other = before == QLatin1String("signed_off") ? QStringLiteral("identified") : QStringLiteral("signed_off");
    form.setValue(QStringLiteral("status"), other);
    QCOMPARE(form.record().values.value(QStringLiteral("status")).toString(), before);

    // A new danger starts at the loop's first status.
    Record fresh = existing;
    fresh.id = 0;
    fresh.values[QStringLiteral("status")] = QStringLiteral("checked");
    LedgerForm addForm(*mDock->history(), dangers(), fresh);
    QVERIFY(!addForm.editor(QStringLiteral("status"))->isEnabled());
    QCOMPARE(addForm.record().values.value(QStringLiteral("status")).toString(), QStringLiteral("identified"));

    // Other ledgers keep their status editable.
    const TableSpec *shelters = nullptr;
    for (const TableSpec *spec : Ledgers::tables())
      if (spec->name == QLatin1String("shelters"))
        shelters = spec;
    QVERIFY(shelters);
    LedgerForm shelterForm(*mDock->history(), *shelters, Table(mDock->store(), *shelters).get(1).value());
    for (QWidget *editor : shelterForm.findChildren<QWidget *>(QStringLiteral("status")))
      QVERIFY(editor->isEnabled());
  }

  void dialogOffersExactlyTheNextSteps()
  {
    DangerLoop loop(mDock->store());
    QSet<QString> seen;
    for (const HiddenDanger &d : HiddenDangers(mDock->store()).all()) {
      const QString current = loop.currentStep(d.code).value();
      if (seen.contains(current))
        continue;
      seen.insert(current);
      DangerStepDialog dialog(mDock->store(), d.code);
      const QStringList expected = DangerLoop::nextSteps(current);
      QCOMPARE(dialog.steps(), expected);
      QCOMPARE(dialog.stepBox()->count(), expected.size());
      for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(dialog.stepBox()->itemData(i).toString(), expected[i]);
      // The responsibility box goes with 'assigned' and 'reopened' only.
      for (const QString &step : expected) {
        QVERIFY(dialog.setStep(step));
        const bool carries = step == QLatin1String("assigned") || step == QLatin1String("reopened");
        QCOMPARE(dialog.assignmentBox()->isEnabled(), carries);
      }
      QVERIFY(!dialog.setStep(QStringLiteral("no_such_step")));
    }
    QVERIFY2(seen.size() >= 4, qPrintable(QStringList(seen.values()).join(',')));
    QVERIFY(!DangerStepDialog(mDock->store(), QStringLiteral("HD-NONE")).isValid());
  }

  void assignedWithoutDeadlineIsRefusedAndWritesNothing()
  {
    const QString code = dangerAt(QStringLiteral("identified"));
    QVERIFY(!code.isEmpty());
    Store &store = mDock->store();
    const qint64 events = eventCount(store);
    const HiddenDanger before = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first();
    DangerStepDialog dialog(store, code);
    QVERIFY(dialog.setStep(QStringLiteral("assigned")));
    dialog.actorEdit()->setText(QStringLiteral("李科长"));
    dialog.unitEdit()->setText(QStringLiteral("县自然资源局"));
    dialog.personEdit()->setText(QStringLiteral("王工"));
    dialog.measuresEdit()->setText(QStringLiteral("削坡减载"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("deadline")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(code));
    grab(&dialog, QStringLiteral("step_dialog_refused.png"));
    QCOMPARE(eventCount(store), events);
    const HiddenDanger after = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first();
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.deadline, before.deadline);

    // The empty deadline's calendar opens on this month, not in 1900.
    dialog.show();
    QDateEdit *deadline = dialog.deadlineEdit();
    QTest::mouseClick(deadline, Qt::LeftButton, {}, QPoint(deadline->width() - 6, deadline->height() / 2));
    QTRY_VERIFY(deadline->calendarWidget()->isVisible());
    QCOMPARE(deadline->calendarWidget()->yearShown(), QDate::currentDate().year());
    QCOMPARE(deadline->date(), QDate(1900, 1, 1));
    deadline->calendarWidget()->window()->hide();

    // No actor: refused as well.
    dialog.actorEdit()->clear();
    dialog.deadlineEdit()->setDate(QDate::currentDate().addDays(30));
    QVERIFY(!dialog.apply().ok());
    // The board runs in Chinese here: compare with the loop's own message.
    QCOMPARE(dialog.errorText(), QCoreApplication::translate("onemap::DangerLoop", "%1: step %2 needs an actor").arg(code, QStringLiteral("assigned")));
    QCOMPARE(eventCount(store), events);
  }

  void aLegalStepUpdatesStoreModelAndMap()
  {
    const QString code = dangerAt(QStringLiteral("identified"));
    Store &store = mDock->store();
    const qint64 id = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first().id;
    const qint64 events = eventCount(store);
    const int undoDepth = mDock->history()->size();
    QgsVectorLayer *layer = mDock->layersFor(QStringLiteral("hidden_dangers")).value(0);
    QVERIFY(layer);
    QCOMPARE(layer->getFeature(id).attribute(QStringLiteral("status")).toString(), QStringLiteral("identified"));
    const qint64 summaryPending = mDock->summaryPanel()->summary().total.pending;

    mDock->selectIds({id});
    QVERIFY(mDock->advanceAction()->isVisible());
    QVERIFY(mDock->advanceAction()->isEnabled());
    QVERIFY(mDock->view()->actions().contains(mDock->advanceAction())); // context menu
    QVERIFY(mDock->noticeAction()->isVisible() && mDock->noticeAction()->isEnabled());
    QVERIFY(mDock->view()->actions().contains(mDock->noticeAction()));
    std::unique_ptr<DangerStepDialog> dialog(mDock->stepDialog(id));
    QVERIFY(dialog);
    QCOMPARE(dialog->steps(), QStringList {QStringLiteral("assigned")});
    dialog->actorEdit()->setText(QStringLiteral("李科长"));
    dialog->noteEdit()->setPlainText(QStringLiteral("汛前排查交办"));
    dialog->unitEdit()->setText(QStringLiteral("县自然资源局"));
    dialog->personEdit()->setText(QStringLiteral("王工"));
    dialog->measuresEdit()->setText(QStringLiteral("削坡减载，设置警示牌"));
    const QDate deadline = QDate::currentDate().addDays(45);
    dialog->deadlineEdit()->setDate(deadline);
    grab(dialog.get(), QStringLiteral("step_dialog.png"));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(dialog->eventId() > 0);

    // One danger_events row with what the dialog said.
    QCOMPARE(eventCount(store), events + 1);
    const QVector<DangerEvent> history = DangerLoop(store).history(code).value();
    const DangerEvent &last = history.last();
    QCOMPARE(last.id, dialog->eventId());
    QCOMPARE(last.step, QStringLiteral("assigned"));
    QCOMPARE(last.actor, QStringLiteral("李科长"));
    QCOMPARE(last.note, QStringLiteral("汛前排查交办"));
    QCOMPARE(last.deadline, deadline.toString(Qt::ISODate));
    // The model row, the map feature and the summary follow.
    const Record row = mDock->model()->record(mDock->model()->rowOf(id));
    QCOMPARE(row.values.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(row.values.value(QStringLiteral("responsible_person")).toString(), QStringLiteral("王工"));
    QCOMPARE(layer->getFeature(id).attribute(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(mDock->summaryPanel()->summary().total.pending, summaryPending - 1);
    // A step is not a ledger edit: nothing new on the Undo stack.
    QCOMPARE(mDock->history()->size(), undoDepth);
    // The actor is remembered for the next dialog.
    QCOMPARE(DangerStepDialog::defaultActor(), QStringLiteral("李科长"));
    std::unique_ptr<DangerStepDialog> next(mDock->stepDialog(id));
    QCOMPARE(next->actorEdit()->text(), QStringLiteral("李科长"));
    QCOMPARE(next->steps(), QStringList {QStringLiteral("rectifying")});
    // The form's status, opened now, shows the loop's status, still read-only.
    LedgerForm form(*mDock->history(), dangers(), row);
    QCOMPARE(qobject_cast<QComboBox *>(form.editor(QStringLiteral("status")))->currentData().toString(), QStringLiteral("assigned"));
    mAdvancedCode = code;
    mAdvancedId = id;
  }

  void undoDoesNotOverwriteAStep()
  {
    // A plain edit, then a step on the same danger: undoing the edit would
    // write the old status back over the loop, so it is refused.
    Store &store = mDock->store();
    const QString code = dangerAt(QStringLiteral("identified"));
    const qint64 id = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first().id;
    Record r = Table(store, dangers()).get(id).value();
    r.values[QStringLiteral("monitor_person")] = QStringLiteral("赵监测");
    QVERIFY(mDock->history()->update(dangers(), r).ok());
    std::unique_ptr<DangerStepDialog> dialog(mDock->stepDialog(id));
    dialog->actorEdit()->setText(QStringLiteral("李科长"));
    dialog->unitEdit()->setText(QStringLiteral("乡政府"));
    dialog->personEdit()->setText(QStringLiteral("钱工"));
    dialog->measuresEdit()->setText(QStringLiteral("搬迁避让"));
    dialog->deadlineEdit()->setDate(QDate::currentDate().addDays(10));
    QVERIFY(dialog->apply().ok());
    const Status undone = mDock->undo();
    QVERIFY(!undone.ok());
    QVERIFY2(!undone.message().isEmpty(), "the refusal says why");
    QCOMPARE(Table(store, dangers()).get(id).value().values.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(DangerLoop(store).history(code).value().last().step, QStringLiteral("assigned"));
  }

  void reopenKeepsTheResponsibilityUnlessChanged()
  {
    Store &store = mDock->store();
    const QString code = dangerAt(QStringLiteral("signed_off"));
    QVERIFY(!code.isEmpty());
    const HiddenDanger before = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first();
    DangerStepDialog dialog(store, code);
    QCOMPARE(dialog.steps(), QStringList {QStringLiteral("reopened")});
    QVERIFY(dialog.assignmentBox()->isEnabled());
    // The current responsibility shows as a hint, not as a value to re-record.
    QVERIFY(dialog.unitEdit()->text().isEmpty());
    QCOMPARE(dialog.unitEdit()->placeholderText(), before.responsibleUnit);
    dialog.actorEdit()->setText(QStringLiteral("孙站长"));
    dialog.noteEdit()->setPlainText(QStringLiteral("暴雨后复发"));
    const QDate deadline = QDate::currentDate().addDays(20);
    dialog.deadlineEdit()->setDate(deadline);
    QVERIFY2(dialog.apply().ok(), qPrintable(dialog.errorText()));
    const HiddenDanger after = HiddenDangers(store).where(QStringLiteral("code = ?"), {code}).first();
    QCOMPARE(after.status, QStringLiteral("assigned"));
    QCOMPARE(after.responsibleUnit, before.responsibleUnit);
    QCOMPARE(after.deadline, deadline.toString(Qt::ISODate));
    const DangerEvent last = DangerLoop(store).history(code).value().last();
    QCOMPARE(last.step, QStringLiteral("reopened"));
    QVERIFY(last.responsibleUnit.isEmpty());
    QCOMPARE(DangerStepDialog(store, code).steps(), QStringList {QStringLiteral("rectifying")});
  }

  void historyListsTheSteps()
  {
    QVERIFY(mAdvancedId > 0);
    const QVector<DangerEvent> events = DangerLoop(mDock->store()).history(mAdvancedCode).value();
    LedgerHistoryDialog dialog(mDock->store(), QStringLiteral("hidden_dangers"), mAdvancedId);
    QTableWidget *steps = dialog.stepsTable();
    QVERIFY(steps);
    QCOMPARE(steps->rowCount(), events.size());
    for (int i = 0; i < events.size(); ++i) {
      QCOMPARE(steps->item(i, 1)->data(Qt::UserRole).toString(), events[i].step);
      QCOMPARE(steps->item(i, 2)->text(), events[i].actor);
    }
    const int last = steps->rowCount() - 1;
    QCOMPARE(steps->item(last, 3)->text(), QStringLiteral("汛前排查交办"));
    QCOMPARE(steps->item(last, 4)->text(), QStringLiteral("县自然资源局"));
    QCOMPARE(steps->item(last, 5)->text(), QStringLiteral("王工"));
    QVERIFY(!steps->item(last, 7)->text().isEmpty());
    QVERIFY(dialog.table()->rowCount() > 0); // the audit rows are still there
    grab(&dialog, QStringLiteral("history_dialog.png"));
    // Other ledgers have no steps tab.
    LedgerHistoryDialog shelter(mDock->store(), QStringLiteral("shelters"), 1);
    QVERIFY(!shelter.stepsTable());
  }

  void summaryMatchesTheLoopAndFiltersTheLedger()
  {
    DangerSummaryPanel *panel = mDock->summaryPanel();
    const QDate day = QDate::currentDate().addDays(20);
    panel->setDate(day);
    const DangerSummary expected = DangerLoop(mDock->store()).summary(day).value();
    QTreeWidgetItem *total = panel->totalsItem();
    QVERIFY(total);
    QCOMPARE(total->data(DangerSummaryPanel::Found, Qt::DisplayRole).toLongLong(), expected.total.found);
    QCOMPARE(total->data(DangerSummaryPanel::Pending, Qt::DisplayRole).toLongLong(), expected.total.pending);
    QCOMPARE(total->data(DangerSummaryPanel::InRectification, Qt::DisplayRole).toLongLong(), expected.total.inRectification);
    QCOMPARE(total->data(DangerSummaryPanel::Overdue, Qt::DisplayRole).toLongLong(), expected.total.overdue);
    QCOMPARE(total->data(DangerSummaryPanel::SignedOff, Qt::DisplayRole).toLongLong(), expected.total.signedOff);
    QCOMPARE(total->data(DangerSummaryPanel::Supervised, Qt::DisplayRole).toLongLong(), expected.total.supervised);
    QCOMPARE(expected.total.found, HiddenDangers(mDock->store()).count());
    QVERIFY(expected.total.overdue > 0);
    QCOMPARE(panel->headline()->text(), DangerSummaryPanel::headlineFor(expected.total));
    QVERIFY(panel->headline()->text().contains(QString::number(expected.total.found)));
    // A township per top-level row, then the totals; its children sum to it.
    QCOMPARE(panel->tree()->topLevelItemCount(), expected.byTownship.size() + 1);
    QTreeWidgetItem *first = panel->tree()->topLevelItem(0);
    qint64 sum = 0;
    for (int i = 0; i < first->childCount(); ++i)
      sum += first->child(i)->data(DangerSummaryPanel::Found, Qt::DisplayRole).toLongLong();
    QCOMPARE(sum, first->data(DangerSummaryPanel::Found, Qt::DisplayRole).toLongLong());
    {
      DangerSummaryPanel shown(mDock->store());
      shown.setDate(day);
      shown.tree()->topLevelItem(0)->setExpanded(true);
      shown.resize(900, 520);
      grab(&shown, QStringLiteral("summary_panel.png"));
    }
    panel->setDate(QDate::currentDate());
    if (auto *dock = mWindow.findChild<QDockWidget *>(QStringLiteral("dangerSummary"))) {
      mWindow.show();
      dock->raise();
      grab(&mWindow, QStringLiteral("board_summary.png"));
      mDock->raise();
    }

    // Double-click a township: the ledger shows that township's dangers.
    mDock->setRegistry(QStringLiteral("teams"));
    QVERIFY(!mDock->noticeAction()->isVisible()); // sheets are for hidden dangers only
    QTreeWidgetItem *township = nullptr;
    for (int i = 0; i < panel->tree()->topLevelItemCount() - 1; ++i) {
      QTreeWidgetItem *item = panel->tree()->topLevelItem(i);
      if (item->data(DangerSummaryPanel::Overdue, Qt::DisplayRole).toLongLong() > 0)
        township = item;
    }
    QVERIFY(township);
    const QString code = township->data(DangerSummaryPanel::Township, DangerSummaryPanel::TownshipRole).toString();
    emit panel->tree()->itemDoubleClicked(township, DangerSummaryPanel::Township);
    QCOMPARE(mDock->currentSpec()->name, QStringLiteral("hidden_dangers"));
    QCOMPARE(mDock->filterBar()->filter().township, code);
    QCOMPARE(qint64(mDock->model()->rowCount()), township->data(DangerSummaryPanel::Found, Qt::DisplayRole).toLongLong());
    // ...on its overdue cell: only the overdue ones.
    emit panel->tree()->itemDoubleClicked(township, DangerSummaryPanel::Overdue);
    QCOMPARE(mDock->filterBar()->filter().status, QLatin1String(LedgerFilter::kOverdue));
    QCOMPARE(qint64(mDock->model()->rowCount()), township->data(DangerSummaryPanel::Overdue, Qt::DisplayRole).toLongLong());
    for (int r = 0; r < mDock->model()->rowCount(); ++r)
      QVERIFY(mDock->model()->alertOf(mDock->model()->record(r)) & LedgerModel::Overdue);
    // The totals row does not filter.
    emit panel->tree()->itemDoubleClicked(panel->totalsItem(), DangerSummaryPanel::Township);
    QCOMPARE(mDock->filterBar()->filter().status, QLatin1String(LedgerFilter::kOverdue));
  }

private:
  //! A danger whose current step is \a step (and not one already advanced here).
  QString dangerAt(const QString &step)
  {
    DangerLoop loop(mDock->store());
    for (const HiddenDanger &d : HiddenDangers(mDock->store()).all())
      if (d.code != mAdvancedCode && loop.currentStep(d.code).value() == step && mUsed.count(d.code) == 0) {
        mUsed << d.code;
        return d.code;
      }
    return QString();
  }

  testing::SampleStore mSample;
  QgsProject mProject;
  QMainWindow mWindow;
  QgsMapCanvas *mCanvas = nullptr;
  LedgerDock *mDock = nullptr;
  QString mAdvancedCode;
  qint64 mAdvancedId = 0;
  QStringList mUsed;
};

int main(int argc, char **argv)
{
  // Keep the remembered actor out of the user's settings.
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
  QgisRuntime runtime(argc, argv, true, QStringLiteral("zh"));
  TestDangerUi test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_danger_ui.moc"
