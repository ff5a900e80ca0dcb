#include "TaskDialog.h"

#include "TaskCheck.h"
#include "consultation/Consultations.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onemap {

TaskDialog::TaskDialog(const QDate &meetingDay, QWidget *parent)
  : QDialog(parent), mMeetingDay(meetingDay.isValid() ? meetingDay : QDate::currentDate())
{
  setWindowTitle(tr("Task"));
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;
  mTask = new QPlainTextEdit(this);
  mTask->setTabChangesFocus(true);
  mTask->setPlaceholderText(tr("What is to be done"));
  mTask->setMinimumHeight(mTask->fontMetrics().height() * 4);
  form->addRow(tr("&Task:"), mTask);
  mOwner = new QLineEdit(this);
  mOwner->setPlaceholderText(tr("Who is responsible"));
  form->addRow(tr("&Owner:"), mOwner);
  mUnit = new QLineEdit(this);
  mUnit->setPlaceholderText(tr("Department or township"));
  form->addRow(tr("&Unit:"), mUnit);
  // The day before the meeting stands for "not chosen": the calendar then
  // opens on the meeting's month and no earlier day can be picked.
  mDeadline = new QDateEdit(this);
  mDeadline->setCalendarPopup(true);
  mDeadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mDeadline->setMinimumDate(unsetDate());
  mDeadline->setSpecialValueText(tr("Choose a date"));
  mDeadline->setDate(unsetDate());
  form->addRow(tr("&Deadline:"), mDeadline);
  layout->addLayout(form);
  auto *hint = new QLabel(tr("Meeting held on %1; the deadline cannot be earlier.").arg(mMeetingDay.toString(Qt::ISODate)), this);
  hint->setWordWrap(true);
  layout->addWidget(hint);
  mError = new QLabel(this);
  mError->setWordWrap(true);
  mError->setStyleSheet(QStringLiteral("color: #c80000; font-weight: bold;"));
  mError->hide();
  layout->addWidget(mError);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mOk = buttons->button(QDialogButtonBox::Ok);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
  resize(460, sizeHint().height());
}

QDate TaskDialog::unsetDate() const
{
  return mMeetingDay.addDays(-1);
}

void TaskDialog::setTask(const ConsultationTask &task)
{
  mOriginal = task;
  mTask->setPlainText(task.task);
  mOwner->setText(task.owner);
  mUnit->setText(task.unit);
  const QDate d = QDate::fromString(task.deadline, Qt::ISODate);
  mDeadline->setDate(d.isValid() && d >= mMeetingDay ? d : unsetDate());
}

ConsultationTask TaskDialog::task() const
{
  ConsultationTask t = mOriginal;
  t.task = mTask->toPlainText().trimmed();
  t.owner = mOwner->text().trimmed();
  t.unit = mUnit->text().trimmed();
  t.deadline = mDeadline->date() > unsetDate() ? mDeadline->date().toString(Qt::ISODate) : QString();
  return t;
}

void TaskDialog::setSuggestions(const QStringList &owners, const QStringList &units)
{
  auto completer = [this](const QStringList &names) {
    auto *c = new QCompleter(names, this);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
  };
  mOwner->setCompleter(completer(owners));
  mUnit->setCompleter(completer(units));
}

QString TaskDialog::error() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void TaskDialog::accept()
{
  const ConsultationTask t = task();
  if (Status s = checkTask(t, mMeetingDay); !s) {
    mError->setText(s.message());
    mError->show();
    // Put the cursor where the fix goes.
    if (t.task.isEmpty() || t.task.size() > Consultations::kMaxTextChars)
      mTask->setFocus();
    else if (t.owner.isEmpty() || t.owner.size() > Consultations::kMaxTitleChars)
      mOwner->setFocus();
    else if (t.unit.size() > Consultations::kMaxTitleChars)
      mUnit->setFocus();
    else
      mDeadline->setFocus();
    return;
  }
  mError->clear();
  mError->hide();
  QDialog::accept();
}

} // namespace onemap
