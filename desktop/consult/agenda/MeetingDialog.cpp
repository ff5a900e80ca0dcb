#include "MeetingDialog.h"

#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace onemap {

MeetingDialog::MeetingDialog(Store &store, QWidget *parent) : QDialog(parent), mStore(store)
{
  setWindowTitle(tr("New consultation meeting"));
  mTemplates = AgendaTemplates(store).list();

  mTemplate = new QComboBox(this);
  mTemplate->setObjectName(QStringLiteral("template"));
  for (int i = 0; i < mTemplates.size(); ++i) {
    const AgendaTemplate &t = mTemplates[i];
    // Built-ins by their key, the user's own by their id: stable for scripts and tests.
    const QString data = t.isBuiltIn() ? t.key : QStringLiteral("user:%1").arg(t.id);
    if (i > 0 && mTemplates[i - 1].isBuiltIn() && !t.isBuiltIn())
      mTemplate->insertSeparator(mTemplate->count()); // the user's own below the built-ins
    mTemplate->addItem(t.isBuiltIn() ? t.name : tr("%1 (own template)").arg(t.name), data);
  }
  mTitle = new QLineEdit(this);
  mTitle->setObjectName(QStringLiteral("title"));
  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("kind"));
  for (const QString &kind : Consultation::kinds())
    mKind->addItem(kindLabel(kind), kind);
  mHazard = new QComboBox(this);
  mHazard->setObjectName(QStringLiteral("hazard"));
  mHazard->addItem(tr("(none)"), QString());
  for (const QString &h : AgendaTemplates::rollingHazards())
    mHazard->addItem(FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), h), h);
  mDate = new QDateEdit(QDate::currentDate(), this);
  mDate->setObjectName(QStringLiteral("date"));
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mPlace = new QLineEdit(this);
  mPlace->setObjectName(QStringLiteral("place"));
  mChair = new QLineEdit(this);
  mChair->setObjectName(QStringLiteral("chair"));
  mAttendees = new QPlainTextEdit(this);
  mAttendees->setObjectName(QStringLiteral("attendees"));
  mAttendees->setPlaceholderText(tr("One a line, or separated by 、 or commas"));
  mAttendees->setTabChangesFocus(true);
  mWarning = new QComboBox(this);
  mWarning->setObjectName(QStringLiteral("warning"));
  mMessage = new QLabel(this);
  mMessage->setStyleSheet(QStringLiteral("color: #c01010;"));
  mMessage->setWordWrap(true);
  mMessage->hide();

  auto *form = new QFormLayout;
  form->addRow(tr("Agenda template"), mTemplate);
  form->addRow(tr("Title"), mTitle);
  form->addRow(tr("Kind"), mKind);
  form->addRow(tr("Hazard"), mHazard);
  form->addRow(tr("Date"), mDate);
  form->addRow(tr("Place"), mPlace);
  form->addRow(tr("Chair"), mChair);
  form->addRow(tr("Attendees"), mAttendees);
  form->addRow(tr("Warning in force"), mWarning);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Start meeting"));
  connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(mMessage);
  layout->addWidget(buttons);

  connect(mTitle, &QLineEdit::textEdited, this, [this] { mTitleTyped = !mTitle->text().trimmed().isEmpty(); });
  connect(mTemplate, qOverload<int>(&QComboBox::currentIndexChanged), this, &MeetingDialog::templateChosen);
  connect(mDate, &QDateEdit::dateChanged, this, &MeetingDialog::dateChanged);
  connect(mHazard, qOverload<int>(&QComboBox::currentIndexChanged), this, &MeetingDialog::fillWarnings);
  // The most common meeting first: a rolling event meeting for a rainstorm.
  const int rainstorm = mTemplate->findData(QStringLiteral("rolling_event/rainstorm"));
  mTemplate->setCurrentIndex(rainstorm >= 0 ? rainstorm : 0);
  templateChosen();
}

AgendaTemplate MeetingDialog::agenda() const
{
  const QString data = mTemplate->currentData().toString();
  for (const AgendaTemplate &t : mTemplates)
    if ((t.isBuiltIn() ? t.key : QStringLiteral("user:%1").arg(t.id)) == data)
      return t;
  return AgendaTemplate();
}

Consultation MeetingDialog::header() const
{
  Consultation c;
  c.title = mTitle->text().trimmed();
  c.kind = mKind->currentData().toString();
  c.hazard = mHazard->currentData().toString();
  c.heldOn = mDate->date().toString(Qt::ISODate);
  c.place = mPlace->text().trimmed();
  c.chair = mChair->text().trimmed();
  c.attendees = splitAttendees(mAttendees->toPlainText());
  c.warningId = mWarning->currentData().toLongLong();
  if (mDate->date() == QDate::currentDate())
    c.startedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
  return c;
}

QStringList MeetingDialog::splitAttendees(const QString &text)
{
  static const QRegularExpression separators(QStringLiteral("[\\n\\r,，、;；]+"));
  QStringList out;
  for (const QString &part : text.split(separators))
    if (const QString name = part.trimmed(); !name.isEmpty())
      out << name;
  return out;
}

QString MeetingDialog::kindLabel(const QString &kind) { return FieldLabels::value(QStringLiteral("consultations"), QStringLiteral("kind"), kind); }

QString MeetingDialog::statusLabel(const QString &status)
{
  return FieldLabels::value(QStringLiteral("consultations"), QStringLiteral("status"), status);
}

void MeetingDialog::accept()
{
  if (agenda().steps.isEmpty()) {
    mMessage->setText(tr("Choose an agenda template with steps."));
    mMessage->show();
    return;
  }
  if (mTitle->text().trimmed().isEmpty()) {
    mMessage->setText(tr("The meeting needs a title."));
    mMessage->show();
    mTitle->setFocus();
    return;
  }
  QDialog::accept();
}

void MeetingDialog::templateChosen()
{
  const AgendaTemplate t = agenda();
  if (int k = mKind->findData(t.kind); k >= 0)
    mKind->setCurrentIndex(k);
  mHazard->setCurrentIndex(qMax(0, mHazard->findData(t.hazard)));
  if (!mTitleTyped)
    mTitle->setText(autoTitle());
  fillWarnings();
}

void MeetingDialog::dateChanged()
{
  if (!mTitleTyped)
    mTitle->setText(autoTitle());
  fillWarnings();
}

QString MeetingDialog::autoTitle() const
{
  return tr("%1 %2").arg(agenda().name, mDate->date().toString(Qt::ISODate));
}

// Active warnings whose time window holds the meeting day (the rule the
// one-sheet judgement uses); the meeting's hazard first.
void MeetingDialog::fillWarnings()
{
  const qint64 chosen = mWarning->currentData().toLongLong();
  const QString hazard = mHazard->currentData().toString();
  mWarning->clear();
  mWarning->addItem(tr("(none)"), qint64(0));
  SqlStatement q(mStore.handle(), QStringLiteral("SELECT id, level, hazard, coalesce(headline, ''), coalesce(area_desc, '') FROM warnings WHERE status = 'active' "
                                                 "AND (effective IS NULL OR substr(effective, 1, 10) <= ?) AND (expires IS NULL OR substr(expires, 1, 10) >= ?) "
                                                 "ORDER BY CASE WHEN hazard = ? THEN 0 ELSE 1 END, "
                                                 "CASE level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 ELSE 3 END, id"));
  const QString day = mDate->date().toString(Qt::ISODate);
  q.bind(1, day).bind(2, day).bind(3, hazard);
  int matching = -1;
  while (q.next()) {
    const QString text = q.text(3).isEmpty()
                           ? tr("%1 %2 warning, %3").arg(FieldLabels::warningColourName(q.text(1)), FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), q.text(2)), q.text(4))
                           : q.text(3);
    mWarning->addItem(text, q.int64(0));
    if (matching < 0 && !hazard.isEmpty() && q.text(2) == hazard)
      matching = mWarning->count() - 1;
  }
  const int keep = mWarning->findData(chosen);
  if (chosen > 0 && keep >= 0)
    mWarning->setCurrentIndex(keep);
  else if (matching >= 0)
    mWarning->setCurrentIndex(matching); // a rainstorm meeting is most likely about the rainstorm warning
}

} // namespace onemap
