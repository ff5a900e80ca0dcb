#include "CallPanel.h"

#include "AnswerDialog.h"
#include "export/calls/CallSheetPdf.h"
#include "map/FieldLabels.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "warnings/CallSheetXlsx.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace onemap {

namespace {
const QString kRecorderKey = QStringLiteral("calls/recorder");
const QString kMinutesKey = QStringLiteral("calls/minutes");
const QColor kRed(0xc0, 0x39, 0x2b);

QString roleLabel(const QString &role) { return FieldLabels::value(QStringLiteral("responsible_persons"), QStringLiteral("role"), role); }

QString defaultRecorder()
{
  const QString user = QSettings().value(kRecorderKey).toString();
  return user.isEmpty() ? AuditLog::loginName(QString()) : user;
}
} // namespace

const QColor &CallPanel::overdueBackground()
{
  static const QColor c(255, 218, 218);
  return c;
}

CallPanel::CallPanel(Store &store, QWidget *parent) : QWidget(parent), mStore(&store) { build(); }

CallPanel::CallPanel(const QString &storePath, QWidget *parent) : QWidget(parent)
{
  auto opened = Store::open(storePath);
  if (opened) {
    mOwnStore = opened.take();
    mStore = mOwnStore.get();
  } else {
    mOpenError = opened.message();
  }
  build();
}

CallPanel::~CallPanel() = default;

void CallPanel::build()
{
  setObjectName(QStringLiteral("callPanel"));
  mClock = [] { return QDateTime::currentDateTime(); };
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(3);

  mTitle = new QLabel(this);
  mTitle->setObjectName(QStringLiteral("title"));
  mTitle->setWordWrap(true);
  QFont bold = mTitle->font();
  bold.setBold(true);
  mTitle->setFont(bold);
  layout->addWidget(mTitle);

  auto *settings = new QHBoxLayout;
  settings->addWidget(new QLabel(tr("Answer within"), this));
  mMinutes = new QSpinBox(this);
  mMinutes->setObjectName(QStringLiteral("minutes"));
  mMinutes->setRange(1, 24 * 60);
  mMinutes->setValue(QSettings().value(kMinutesKey, CallList::kDefaultMinutes).toInt());
  mMinutes->setSuffix(tr(" min"));
  mMinutes->setToolTip(tr("A call still without answer this many minutes after the warning was sent (or after the call) is overdue."));
  settings->addWidget(mMinutes);
  settings->addSpacing(12);
  settings->addWidget(new QLabel(tr("Recorded by"), this));
  mRecorder = new QLineEdit(defaultRecorder(), this);
  mRecorder->setObjectName(QStringLiteral("recorder"));
  mRecorder->setToolTip(tr("Who records the calls and answers; kept in the audit log."));
  settings->addWidget(mRecorder, 1);
  layout->addLayout(settings);

  mSummary = new QLabel(this);
  mSummary->setObjectName(QStringLiteral("summary"));
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);

  mError = new QLabel(this);
  mError->setObjectName(QStringLiteral("error"));
  mError->setStyleSheet(QStringLiteral("color: #c0392b;"));
  mError->setWordWrap(true);
  mError->hide();
  layout->addWidget(mError);

  mModel = new QStandardItemModel(0, ColumnCount, this);
  mModel->setHorizontalHeaderLabels({tr("Township / village"), tr("Responsible person"), tr("Phone"), tr("Called at"), tr("Answered at"),
                                     tr("Answered by"), tr("Waiting"), tr("Role"), tr("Note")});
  mView = new QTreeView(this);
  mView->setObjectName(QStringLiteral("calls"));
  mView->setModel(mModel);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
  mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mView->setUniformRowHeights(true);
  mView->setAllColumnsShowFocus(true);
  mView->header()->setStretchLastSection(false);
  layout->addWidget(mView, 1);

  auto *buttons = new QHBoxLayout;
  mCalled = new QPushButton(tr("Called"), this);
  mCalled->setObjectName(QStringLiteral("called"));
  mCalled->setToolTip(tr("Record that the selected persons were called now."));
  mAnswered = new QPushButton(tr("Answered…"), this);
  mAnswered->setObjectName(QStringLiteral("answered"));
  mAnswered->setToolTip(tr("Record that the current call was answered, and by whom."));
  mUndo = new QPushButton(tr("Undo"), this);
  mUndo->setObjectName(QStringLiteral("undo"));
  mUndo->setToolTip(tr("Clear an answer (or else a call) recorded by mistake."));
  mExport = new QPushButton(tr("Call sheet…"), this);
  mExport->setObjectName(QStringLiteral("export"));
  mExport->setToolTip(tr("Write the call sheet as PDF or Excel."));
  for (QPushButton *b : {mCalled, mAnswered, mUndo})
    buttons->addWidget(b);
  buttons->addStretch(1);
  buttons->addWidget(mExport);
  layout->addLayout(buttons);

  mTimer = new QTimer(this);
  mTimer->setObjectName(QStringLiteral("refreshTimer"));
  mTimer->setInterval(kRefreshMs);
  connect(mTimer, &QTimer::timeout, this, &CallPanel::refresh);

  connect(mMinutes, QOverload<int>::of(&QSpinBox::valueChanged), this, [this](int value) {
    QSettings().setValue(kMinutesKey, value);
    refresh();
  });
  connect(mRecorder, &QLineEdit::editingFinished, this, [this] { QSettings().setValue(kRecorderKey, recorder()); });
  connect(mCalled, &QPushButton::clicked, this, [this] { showResult(markSelectedCalled()); });
  connect(mAnswered, &QPushButton::clicked, this, &CallPanel::answerCurrent);
  connect(mUndo, &QPushButton::clicked, this, [this] { showResult(undoSelected()); });
  connect(mExport, &QPushButton::clicked, this, &CallPanel::exportWithDialog);
  connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CallPanel::updateButtons);
  connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this, &CallPanel::updateButtons);

  if (!mStore)
    showResult(Status::failure(mOpenError));
  refresh();
}

CallList CallPanel::list() const { return CallList(*mStore, mClock); }

void CallPanel::setClock(CallList::Clock clock)
{
  mClock = clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); };
  refresh();
}

void CallPanel::setMinutes(int minutes) { mMinutes->setValue(minutes); }
int CallPanel::minutes() const { return mMinutes->value(); }
void CallPanel::setRecorder(const QString &name) { mRecorder->setText(name); }
QString CallPanel::recorder() const { return mRecorder->text().trimmed(); }

void CallPanel::setWarning(qint64 id)
{
  mWarning = id;
  showResult(mStore ? Status() : Status::failure(mOpenError));
  if (mStore && id > 0) {
    // Opening a warning's calls prepares them: the duty officer starts from the full list.
    const QString by = recorder().isEmpty() ? QStringLiteral("desktop") : recorder();
    if (Result<int> added = list().prepare(id, by); !added)
      showResult(added.status());
  }
  refresh();
  if (mStore && id > 0)
    mTimer->start();
  else
    mTimer->stop();
}

void CallPanel::showResult(const Status &status)
{
  mError->setVisible(!status.ok());
  mError->setText(status.message());
}

QList<QStandardItem *> CallPanel::callItems(const CallRow &row) const
{
  const WarningCall &c = row.call;
  const bool township = row.unitLevel == QLatin1String("township");
  QString waiting;
  if (row.overdue)
    waiting = tr("+%n min", "minutes past the answer limit", static_cast<int>(row.overdueMinutes));
  else if (!c.answered())
    waiting = tr("%n min", "minutes since the call fell due", static_cast<int>(row.waitingMinutes));
  const QStringList texts {township ? tr("%1 (township)").arg(row.unitName) : row.unitName,
                           c.personName,
                           c.phone,
                           CallList::shortTime(c.calledAt),
                           CallList::shortTime(c.answeredAt),
                           c.answeredBy,
                           waiting,
                           roleLabel(c.role),
                           c.note};
  QList<QStandardItem *> items;
  for (const QString &t : texts) {
    auto *item = new QStandardItem(t);
    item->setEditable(false);
    if (row.overdue) {
      item->setBackground(overdueBackground());
      item->setForeground(kRed);
    }
    items << item;
  }
  items[Unit]->setData(c.id, CallIdRole);
  items[Phone]->setToolTip(c.phone);
  if (c.called())
    items[CalledAt]->setToolTip(tr("Called %1 by %2").arg(c.calledAt, c.calledBy));
  if (row.overdue) {
    QFont bold = items[Waiting]->font();
    bold.setBold(true);
    items[Waiting]->setFont(bold);
    items[Person]->setFont(bold);
    items[Waiting]->setToolTip(tr("No answer %1 minutes after the call fell due (limit %2 min)").arg(row.waitingMinutes).arg(minutes()));
  }
  return items;
}

void CallPanel::refresh()
{
  if (!mStore || mWarning <= 0) {
    mModel->removeRows(0, mModel->rowCount());
    mTitle->setText(mWarning > 0 ? QString() : tr("No warning chosen."));
    mSummary->clear();
    updateButtons();
    return;
  }
  Result<CallSheet> loaded = list().sheet(mWarning, QDateTime(), minutes());
  if (!loaded) {
    showResult(loaded.status());
    return;
  }
  const CallSheet &sheet = loaded.value();

  // Keep what the user had selected and folded across the rebuild.
  const QList<qint64> selected = selectedCalls();
  const qint64 current = mView->currentIndex().isValid() ? mModel->index(mView->currentIndex().row(), Unit, mView->currentIndex().parent()).data(CallIdRole).toLongLong() : 0;
  QSet<QString> folded;
  for (int r = 0; r < mModel->rowCount(); ++r)
    if (!mView->isExpanded(mModel->index(r, 0)))
      folded << mModel->item(r, 0)->data(Qt::UserRole).toString();

  const Warning &w = sheet.warning;
  mTitle->setText(tr("%1 — %2, sent %3").arg(w.headline.isEmpty() ? w.identifier : w.headline,
                                             FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("level"), w.level), CallList::shortTime(w.sent)));
  const CallTally &t = sheet.total;
  mSummary->setText(tr("Called %1/%2, answered %3/%2, %4 without answer after %5 min.").arg(t.called).arg(t.calls).arg(t.answered).arg(t.overdue).arg(sheet.minutes));
  mSummary->setStyleSheet(t.overdue > 0 ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());

  mModel->removeRows(0, mModel->rowCount());
  QStandardItem *group = nullptr;
  int tally = -1;
  for (const CallRow &row : sheet.rows) {
    if (!group || sheet.townships[tally].townshipCode != row.townshipCode) {
      const CallTally &g = sheet.townships[++tally];
      group = new QStandardItem(tr("%1 — called %2/%3, answered %4/%3, %5 overdue").arg(g.townshipName).arg(g.called).arg(g.calls).arg(g.answered).arg(g.overdue));
      group->setEditable(false);
      group->setData(g.townshipCode, Qt::UserRole);
      group->setData(0, CallIdRole);
      QFont bold = group->font();
      bold.setBold(true);
      group->setFont(bold);
      if (g.overdue > 0)
        group->setForeground(kRed);
      mModel->appendRow(group);
      mView->setFirstColumnSpanned(mModel->rowCount() - 1, QModelIndex(), true);
    }
    group->appendRow(callItems(row));
  }
  for (int r = 0; r < mModel->rowCount(); ++r)
    mView->setExpanded(mModel->index(r, 0), !folded.contains(mModel->item(r, 0)->data(Qt::UserRole).toString()));
  for (int c = 0; c < ColumnCount; ++c)
    mView->resizeColumnToContents(c);

  for (qint64 id : selected) {
    const QModelIndex i = indexOfCall(id);
    if (i.isValid())
      mView->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
  }
  if (const QModelIndex i = indexOfCall(current); i.isValid())
    mView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
  updateButtons();
}

QModelIndex CallPanel::indexOfCall(qint64 callId) const
{
  if (callId <= 0)
    return {};
  for (int r = 0; r < mModel->rowCount(); ++r) {
    QStandardItem *group = mModel->item(r, 0);
    for (int c = 0; c < group->rowCount(); ++c)
      if (group->child(c, Unit)->data(CallIdRole).toLongLong() == callId)
        return group->child(c, Unit)->index();
  }
  return {};
}

bool CallPanel::selectCall(qint64 callId)
{
  const QModelIndex i = indexOfCall(callId);
  if (!i.isValid())
    return false;
  mView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  return true;
}

QList<qint64> CallPanel::selectedCalls() const
{
  QList<qint64> ids;
  for (const QModelIndex &i : mView->selectionModel()->selectedRows(Unit)) {
    const qint64 id = i.data(CallIdRole).toLongLong();
    if (id > 0 && !ids.contains(id))
      ids << id;
  }
  return ids;
}

void CallPanel::updateButtons()
{
  const bool usable = mStore && mWarning > 0;
  const bool any = usable && !selectedCalls().isEmpty();
  const QModelIndex current = mView->currentIndex();
  const bool oneCall = usable && current.isValid() && mModel->index(current.row(), Unit, current.parent()).data(CallIdRole).toLongLong() > 0;
  mCalled->setEnabled(any);
  mUndo->setEnabled(any);
  mAnswered->setEnabled(oneCall);
  mExport->setEnabled(usable);
}

Status CallPanel::markSelectedCalled()
{
  const QList<qint64> ids = selectedCalls();
  if (ids.isEmpty())
    return Status::failure(tr("Select the calls made first."));
  // One moment for all the calls of one press; each is its own audited write.
  const QDateTime now = mClock();
  CallList calls = list();
  Status result;
  for (qint64 id : ids) {
    Status s = calls.markCalled(id, now, recorder());
    if (!s && result)
      result = s;
  }
  refresh();
  emit callsChanged(mWarning);
  return result;
}

Status CallPanel::markCurrentAnswered(const QString &answeredBy, const QString &note)
{
  const QModelIndex current = mView->currentIndex();
  const qint64 id = current.isValid() ? mModel->index(current.row(), Unit, current.parent()).data(CallIdRole).toLongLong() : 0;
  if (id <= 0)
    return Status::failure(tr("Select the call that was answered first."));
  CallList calls = list();
  const Status s = calls.markAnswered(id, QDateTime(), answeredBy, note, recorder());
  refresh();
  emit callsChanged(mWarning);
  return s;
}

void CallPanel::answerCurrent()
{
  const QModelIndex current = mView->currentIndex();
  const qint64 id = current.isValid() ? mModel->index(current.row(), Unit, current.parent()).data(CallIdRole).toLongLong() : 0;
  Result<WarningCall> call = id > 0 ? list().call(id) : Result<WarningCall>(Status::failure(tr("Select the call that was answered first.")));
  if (!call) {
    showResult(call.status());
    return;
  }
  AnswerDialog dialog(call.value().personName, mModel->index(current.row(), Unit, current.parent()).data().toString(), roleLabel(call.value().role), this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  showResult(markCurrentAnswered(dialog.answeredBy(), dialog.note()));
}

Status CallPanel::undoSelected()
{
  const QList<qint64> ids = selectedCalls();
  if (ids.isEmpty())
    return Status::failure(tr("Select the calls to undo first."));
  CallList calls = list();
  Status result;
  for (qint64 id : ids) {
    Result<CallList::Undone> s = calls.undo(id, recorder());
    if (!s && result)
      result = s.status();
  }
  refresh();
  emit callsChanged(mWarning);
  return result;
}

Status CallPanel::exportSheet(const QString &path)
{
  if (!mStore || mWarning <= 0)
    return Status::failure(tr("No warning chosen."));
  Result<CallSheet> sheet = list().sheet(mWarning, QDateTime(), minutes());
  if (!sheet)
    return sheet.status();
  if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
    CallSheetLabels labels;
    labels.role = roleLabel;
    return CallSheetXlsx::write(sheet.value(), path, labels);
  }
  return CallSheetPdf::write(sheet.value(), mStore->meta(QStringLiteral("county_name")), path);
}

void CallPanel::exportWithDialog()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Save call sheet"), tr("call-sheet-%1.pdf").arg(mWarning),
                                                    tr("PDF (*.pdf);;Excel workbook (*.xlsx)"));
  if (path.isEmpty())
    return;
  showResult(exportSheet(path));
}

} // namespace onemap
