#include "MeetingList.h"

#include "MeetingDialog.h"
#include "consult/ConsultationSession.h"
#include "consultation/Consultations.h"
#include "export/consultation/JudgementSheet.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace onemap {

namespace {
enum Column { DateColumn, TitleColumn, KindColumn, StatusColumn };
} // namespace

MeetingList::MeetingList(ConsultationSession *session, QWidget *parent) : QWidget(parent), mSession(session)
{
  mView = new QTreeWidget(this);
  mView->setObjectName(QStringLiteral("meetings"));
  mView->setRootIsDecorated(false);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->setHeaderLabels({tr("Date"), tr("Title"), tr("Kind"), tr("Status")});
  mView->header()->setStretchLastSection(false);
  for (int column : {DateColumn, KindColumn, StatusColumn})
    mView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
  mView->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

  auto *make = new QPushButton(tr("New meeting…"), this);
  make->setObjectName(QStringLiteral("new"));
  mOpen = new QPushButton(tr("Open"), this);
  mOpen->setObjectName(QStringLiteral("open"));
  mClose = new QPushButton(tr("Close meeting"), this);
  mClose->setObjectName(QStringLiteral("close"));
  mReopen = new QPushButton(tr("Reopen"), this);
  mReopen->setObjectName(QStringLiteral("reopen"));
  mDelete = new QPushButton(tr("Delete…"), this);
  mDelete->setObjectName(QStringLiteral("delete"));
  mExport = new QPushButton(tr("Judgement sheet (PDF)…"), this);
  mExport->setObjectName(QStringLiteral("export"));

  auto *buttons = new QHBoxLayout;
  for (QPushButton *b : {make, mOpen, mClose, mReopen, mDelete, mExport})
    buttons->addWidget(b);
  buttons->addStretch();
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mView);
  layout->addLayout(buttons);

  connect(make, &QPushButton::clicked, this, &MeetingList::newMeetingRequested);
  connect(mOpen, &QPushButton::clicked, this, [this] { report(openSelected()); });
  connect(mView, &QTreeWidget::itemDoubleClicked, this, [this] { report(openSelected()); });
  connect(mClose, &QPushButton::clicked, this, [this] { report(closeSelected()); });
  connect(mReopen, &QPushButton::clicked, this, [this] { report(reopenSelected()); });
  connect(mDelete, &QPushButton::clicked, this, &MeetingList::deleteSelected);
  connect(mExport, &QPushButton::clicked, this, &MeetingList::exportSelected);
  connect(mView, &QTreeWidget::itemSelectionChanged, this, &MeetingList::updateButtons);
  connect(mSession, &ConsultationSession::meetingChanged, this, &MeetingList::reload);
  reload();
}

void MeetingList::reload()
{
  const qint64 keep = selectedId();
  mView->clear();
  if (!mSession->isValid()) {
    updateButtons();
    return;
  }
  const qint64 onBoard = mSession->hasMeeting() ? mSession->meeting().id : 0;
  for (const Consultation &c : Consultations(mSession->store()).list()) {
    auto *item = new QTreeWidgetItem(mView);
    item->setText(DateColumn, c.heldOn);
    item->setText(TitleColumn, c.title);
    item->setText(KindColumn, MeetingDialog::kindLabel(c.kind));
    item->setText(StatusColumn, MeetingDialog::statusLabel(c.status));
    item->setData(0, Qt::UserRole, c.id);
    item->setData(0, Qt::UserRole + 1, c.status);
    item->setToolTip(TitleColumn, c.place.isEmpty() ? c.title : tr("%1, %2").arg(c.title, c.place));
    if (c.id == onBoard) {
      // The meeting on the board reads in bold.
      QFont bold = item->font(TitleColumn);
      bold.setBold(true);
      for (int col = 0; col < mView->columnCount(); ++col)
        item->setFont(col, bold);
    }
  }
  if (!selectMeeting(keep) && onBoard > 0)
    selectMeeting(onBoard);
  updateButtons();
}

qint64 MeetingList::selectedId() const
{
  const QList<QTreeWidgetItem *> items = mView->selectedItems();
  return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

bool MeetingList::selectMeeting(qint64 id)
{
  if (id <= 0)
    return false;
  for (int i = 0; i < mView->topLevelItemCount(); ++i) {
    QTreeWidgetItem *item = mView->topLevelItem(i);
    if (item->data(0, Qt::UserRole).toLongLong() == id) {
      mView->setCurrentItem(item);
      item->setSelected(true);
      return true;
    }
  }
  return false;
}

Status MeetingList::openSelected()
{
  emit aboutToChange();
  const qint64 id = selectedId();
  if (id <= 0)
    return Status::failure(tr("Choose a meeting in the list first."));
  return mSession->open(id);
}

Status MeetingList::closeSelected()
{
  emit aboutToChange();
  const qint64 id = selectedId();
  if (id <= 0)
    return Status::failure(tr("Choose a meeting in the list first."));
  Status s = mSession->hasMeeting() && mSession->meeting().id == id
               ? mSession->closeMeeting()
               : Consultations(mSession->store()).close(id, QDateTime::currentDateTime(), mSession->actor());
  reload();
  return s;
}

Status MeetingList::reopenSelected()
{
  emit aboutToChange();
  const qint64 id = selectedId();
  if (id <= 0)
    return Status::failure(tr("Choose a meeting in the list first."));
  Status s = mSession->hasMeeting() && mSession->meeting().id == id ? mSession->reopenMeeting()
                                                                     : Consultations(mSession->store()).reopen(id, mSession->actor());
  reload();
  return s;
}

Status MeetingList::removeMeeting(qint64 id)
{
  emit aboutToChange();
  if (mSession->hasMeeting() && mSession->meeting().id == id)
    mSession->leave();
  Status s = Consultations(mSession->store()).remove(id, mSession->actor());
  reload();
  return s;
}

Status MeetingList::exportSheet(qint64 id, const QString &pdfPath)
{
  Result<Consultation> c = Consultations(mSession->store()).load(id);
  if (!c)
    return c.status();
  const QDate heldOn = QDate::fromString(c.value().heldOn, Qt::ISODate);
  return writeJudgementSheet(mSession->store(), id, pdfPath, heldOn.isValid() ? heldOn : QDate::currentDate());
}

void MeetingList::deleteSelected()
{
  const QList<QTreeWidgetItem *> items = mView->selectedItems();
  if (items.isEmpty())
    return;
  const qint64 id = items.first()->data(0, Qt::UserRole).toLongLong();
  const QString title = items.first()->text(TitleColumn);
  if (QMessageBox::question(this, tr("Delete meeting"),
                            tr("Delete the meeting \"%1\" with its steps, plots, decisions and tasks? This cannot be undone.").arg(title))
      != QMessageBox::Yes)
    return;
  report(removeMeeting(id));
}

void MeetingList::exportSelected()
{
  const QList<QTreeWidgetItem *> items = mView->selectedItems();
  if (items.isEmpty())
    return;
  const qint64 id = items.first()->data(0, Qt::UserRole).toLongLong();
  QString name = tr("Judgement %1 %2").arg(items.first()->text(DateColumn), items.first()->text(TitleColumn));
  name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the one-sheet judgement"), QDir::home().filePath(name + QStringLiteral(".pdf")),
                                                    tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return;
  const Status s = exportSheet(id, path);
  report(s);
  if (s)
    emit done(tr("Judgement sheet written to %1").arg(QDir::toNativeSeparators(path)));
}

void MeetingList::updateButtons()
{
  const QList<QTreeWidgetItem *> items = mView->selectedItems();
  const bool any = !items.isEmpty();
  const bool closed = any && items.first()->data(0, Qt::UserRole + 1).toString() == QLatin1String("closed");
  mOpen->setEnabled(any);
  mClose->setEnabled(any && !closed);
  mReopen->setEnabled(any && closed);
  mDelete->setEnabled(any);
  mExport->setEnabled(any);
}

void MeetingList::report(const Status &status)
{
  if (!status)
    emit problem(status.message());
}

} // namespace onemap
