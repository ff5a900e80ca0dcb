#include "OverdueTasksDialog.h"

#include "consult/ConsultationSession.h"
#include "export/SheetFiles.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace onemap {

OverdueTasksDialog::OverdueTasksDialog(Store &store, const QString &actor, QWidget *parent)
  : QDialog(parent), mStore(store), mActor(actor)
{
  setWindowTitle(tr("Overdue tasks"));
  auto *layout = new QVBoxLayout(this);
  auto *top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("As of:"), this));
  mAsOf = new QDateEdit(QDate::currentDate(), this);
  mAsOf->setCalendarPopup(true);
  mAsOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  top->addWidget(mAsOf);
  mSummary = new QLabel(this);
  top->addWidget(mSummary, 1);
  layout->addLayout(top);

  mTable = new QTableWidget(0, ColumnCount, this);
  mTable->setHorizontalHeaderLabels({tr("Meeting"), tr("Held on"), tr("Task"), tr("Owner"), tr("Unit"), tr("Deadline"), tr("Days overdue")});
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setWordWrap(false);
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mTable->horizontalHeader()->setSectionResizeMode(Task, QHeaderView::Stretch);
  layout->addWidget(mTable, 1);

  mErrorLabel = new QLabel(this);
  mErrorLabel->setWordWrap(true);
  mErrorLabel->setStyleSheet(QStringLiteral("color: #c80000; font-weight: bold;"));
  mErrorLabel->hide();
  layout->addWidget(mErrorLabel);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  mMarkDone = buttons->addButton(tr("Mark done"), QDialogButtonBox::ActionRole);
  mMarkDone->setToolTip(tr("Record the selected tasks as done now (kept in the audit log)."));
  mExport = buttons->addButton(tr("Export CSV..."), QDialogButtonBox::ActionRole);
  mExport->setToolTip(tr("Save the list as a CSV file for Excel."));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &OverdueTasksDialog::reject);
  connect(mMarkDone, &QPushButton::clicked, this, &OverdueTasksDialog::markSelectedDone);
  connect(mExport, &QPushButton::clicked, this, &OverdueTasksDialog::exportWithDialog);
  connect(mAsOf, &QDateEdit::dateChanged, this, &OverdueTasksDialog::reload);
  connect(mTable, &QTableWidget::itemSelectionChanged, this, &OverdueTasksDialog::updateControls);
  resize(900, 420);
  reload();
}

void OverdueTasksDialog::setSession(ConsultationSession *session)
{
  if (mSession)
    disconnect(mSession, nullptr, this, nullptr);
  mSession = session;
  if (mSession)
    connect(mSession, &ConsultationSession::recordChanged, this, &OverdueTasksDialog::reload);
  reload();
}

void OverdueTasksDialog::setAsOf(const QDate &asOf)
{
  if (asOf == mAsOf->date())
    reload();
  else
    mAsOf->setDate(asOf); // reloads
}

QDate OverdueTasksDialog::asOf() const
{
  return mAsOf->date();
}

int OverdueTasksDialog::overdueCount(Store &store, const QDate &asOf)
{
  return Consultations(store).overdueTasks(asOf).size();
}

void OverdueTasksDialog::reload()
{
  mTasks = Consultations(mStore).overdueTasks(asOf());
  mTable->setRowCount(0);
  mTable->setRowCount(mTasks.size());
  const QBrush red(QColor(200, 0, 0));
  for (int r = 0; r < mTasks.size(); ++r) {
    const OverdueTask &o = mTasks[r];
    const QStringList cells {o.consultationTitle, o.heldOn, o.task.task.simplified(), o.task.owner, o.task.unit, o.task.deadline,
                             QString::number(o.daysOverdue)};
    for (int c = 0; c < ColumnCount; ++c) {
      auto *item = new QTableWidgetItem(cells[c]);
      item->setData(Qt::UserRole, o.task.id);
      if (c == Task)
        item->setToolTip(o.task.task);
      if (c == DaysOverdue) {
        item->setData(Qt::DisplayRole, o.daysOverdue);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(red);
      }
      mTable->setItem(r, c, item);
    }
  }
  mSummary->setText(tr("%1 overdue tasks, oldest deadline first.").arg(mTasks.size()));
  updateControls();
}

void OverdueTasksDialog::updateControls()
{
  mMarkDone->setEnabled(!mTable->selectionModel()->selectedRows().isEmpty());
  mExport->setEnabled(!mTasks.isEmpty());
}

bool OverdueTasksDialog::markDone(qint64 taskId)
{
  mError.clear();
  mErrorLabel->hide();
  bool ok = false;
  bool viaSession = false;
  if (mSession && mSession->hasMeeting() && !mSession->isReadOnly()) {
    const QVector<ConsultationTask> &tasks = mSession->meeting().tasks;
    const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const ConsultationTask &t) { return t.id == taskId; });
    if (it != tasks.end()) {
      viaSession = true;
      QString why;
      const QMetaObject::Connection c = connect(mSession, &ConsultationSession::failed, this, [&why](const QString &m) { why = m; });
      ok = mSession->setTaskDone(static_cast<int>(it - tasks.begin()), true);
      disconnect(c);
      if (!ok)
        mError = why.isEmpty() ? tr("Task %1 could not be marked done.").arg(taskId) : why;
    }
  }
  if (!viaSession) {
    const Status s = Consultations(mStore).markTaskDone(taskId, QDateTime::currentDateTime(), mActor);
    ok = s.ok();
    if (!ok)
      mError = s.message();
  }
  if (!ok) {
    mErrorLabel->setText(mError);
    mErrorLabel->show();
  }
  reload();
  if (ok)
    Q_EMIT tasksChanged();
  return ok;
}

bool OverdueTasksDialog::markSelectedDone()
{
  QVector<qint64> ids;
  for (const QModelIndex &i : mTable->selectionModel()->selectedRows())
    if (i.row() < mTasks.size())
      ids << mTasks[i.row()].task.id;
  bool all = !ids.isEmpty();
  QString firstError;
  for (qint64 id : ids)
    if (!markDone(id)) {
      all = false;
      if (firstError.isEmpty())
        firstError = mError;
    }
  if (!firstError.isEmpty()) {
    mError = firstError;
    mErrorLabel->setText(mError);
    mErrorLabel->show();
  }
  return all;
}

Status OverdueTasksDialog::exportCsv(const QString &path) const
{
  Sheet sheet;
  sheet.title = tr("Overdue tasks as of %1").arg(asOf().toString(Qt::ISODate));
  sheet.headers = QStringList {tr("Meeting"), tr("Held on"), tr("Task"), tr("Owner"), tr("Unit"), tr("Deadline"), tr("Days overdue")};
  sheet.kinds = {CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Integer};
  for (const OverdueTask &o : mTasks)
    sheet.rows << QStringList {o.consultationTitle, o.heldOn, o.task.task, o.task.owner, o.task.unit, o.task.deadline, QString::number(o.daysOverdue)};
  return SheetFiles::writeCsv(sheet, path);
}

void OverdueTasksDialog::exportWithDialog()
{
  const QString suggested = QDir::home().filePath(tr("overdue-tasks-%1.csv").arg(asOf().toString(QStringLiteral("yyyyMMdd"))));
  const QString path = QFileDialog::getSaveFileName(this, tr("Export overdue tasks"), suggested, tr("CSV files (*.csv)"));
  if (path.isEmpty())
    return;
  mError.clear();
  mErrorLabel->hide();
  if (Status s = exportCsv(path); !s) {
    mError = s.message();
    mErrorLabel->setText(mError);
    mErrorLabel->show();
  }
}

} // namespace onemap
