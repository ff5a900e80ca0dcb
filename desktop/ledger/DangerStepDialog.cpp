#include "DangerStepDialog.h"

#include "OptionalDate.h"
#include "hidden_dangers/HiddenDanger.h"
#include "map/FieldLabels.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace onemap {

namespace {
const QString kActorKey = QStringLiteral("dangerLoop/actor");

QString stepLabel(const QString &step) { return FieldLabels::value(QStringLiteral("danger_events"), QStringLiteral("step"), step); }
QString hdValue(const char *field, const QString &code) { return FieldLabels::value(QStringLiteral("hidden_dangers"), QLatin1String(field), code); }
} // namespace

QString DangerStepDialog::defaultActor()
{
  const QString last = QSettings().value(kActorKey).toString();
  if (!last.isEmpty())
    return last;
  return AuditLog::loginName(QString());
}

DangerStepDialog::DangerStepDialog(Store &store, const QString &code, QWidget *parent, DangerLoop::Clock clock)
  : QDialog(parent), mStore(store), mClock(std::move(clock)), mCode(code)
{
  setWindowTitle(tr("Advance hidden danger %1").arg(code));
  const DangerLoop loop(mStore, mClock);
  const QVector<HiddenDanger> found = HiddenDangers(mStore).where(QStringLiteral("code = ?"), {code});
  Result<QString> current = loop.currentStep(code);
  if (found.isEmpty() || !current) {
    mError = current ? tr("no hidden danger with code %1").arg(code) : current.message();
  } else {
    mSteps = DangerLoop::nextSteps(current.value());
    if (mSteps.isEmpty())
      mError = tr("%1: the closed loop has no further step").arg(code);
  }
  const HiddenDanger danger = found.isEmpty() ? HiddenDanger() : found.first();
  mCurrentUnit = danger.responsibleUnit;
  mCurrentPerson = danger.responsiblePerson;
  mCurrentMeasures = danger.measures;

  // What the user is about to move: code, name, type and where it stands now.
  auto *header = new QLabel(this);
  header->setWordWrap(true);
  header->setTextFormat(Qt::PlainText);
  QString state = hdValue("status", danger.status);
  if (!danger.deadline.isEmpty())
    state += QStringLiteral(" · ") + tr("deadline %1").arg(danger.deadline);
  if (danger.supervised)
    state += QStringLiteral(" · ") + tr("listed for supervision");
  header->setText(found.isEmpty() ? mError
                                  : QStringLiteral("%1  %2 (%3)\n%4").arg(danger.code, danger.name, hdValue("hazard_type", danger.hazardType),
                                                                           tr("Now: %1").arg(state)));

  auto *form = new QFormLayout;
  mStep = new QComboBox(this);
  mStep->setObjectName(QStringLiteral("step"));
  for (const QString &step : qAsConst(mSteps))
    mStep->addItem(stepLabel(step), step);
  form->addRow(tr("Next step *"), mStep);
  mActor = new QLineEdit(defaultActor(), this);
  mActor->setObjectName(QStringLiteral("actor"));
  mActor->setPlaceholderText(tr("who did it"));
  form->addRow(tr("Actor *"), mActor);
  mNote = new QPlainTextEdit(this);
  mNote->setObjectName(QStringLiteral("note"));
  mNote->setPlaceholderText(tr("what was done or found"));
  mNote->setTabChangesFocus(true);
  mNote->setFixedHeight(mNote->fontMetrics().lineSpacing() * 4);
  form->addRow(tr("Note"), mNote);

  mAssignment = new QGroupBox(tr("Responsibility"), this);
  auto *assign = new QFormLayout(mAssignment);
  mAssignmentHint = new QLabel(mAssignment);
  mAssignmentHint->setWordWrap(true);
  QFont hintFont = mAssignmentHint->font();
  hintFont.setItalic(true);
  mAssignmentHint->setFont(hintFont);
  assign->addRow(mAssignmentHint);
  mUnit = new QLineEdit(mAssignment);
  mPerson = new QLineEdit(mAssignment);
  mMeasures = new QLineEdit(mAssignment);
  mUnit->setObjectName(QStringLiteral("responsible_unit"));
  mPerson->setObjectName(QStringLiteral("responsible_person"));
  mMeasures->setObjectName(QStringLiteral("measures"));
  mDeadline = new QDateEdit(mAssignment);
  mDeadline->setObjectName(QStringLiteral("deadline"));
  mDeadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  OptionalDate::setUp(mDeadline, tr("(none)"));
  assign->addRow(FieldLabels::field(QStringLiteral("responsible_unit")), mUnit);
  assign->addRow(FieldLabels::field(QStringLiteral("responsible_person")), mPerson);
  assign->addRow(FieldLabels::field(QStringLiteral("measures")), mMeasures);
  assign->addRow(FieldLabels::field(QStringLiteral("deadline")), mDeadline);

  mMessage = new QLabel(this);
  mMessage->setObjectName(QStringLiteral("message"));
  mMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
  mMessage->setWordWrap(true);
  mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mMessage->hide();

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Record step"));
  buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
  connect(buttons, &QDialogButtonBox::accepted, this, &DangerStepDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(header);
  layout->addLayout(form);
  layout->addWidget(mAssignment);
  layout->addWidget(mMessage);
  layout->addStretch(1);
  layout->addWidget(buttons);
  resize(520, 460);

  connect(mStep, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &DangerStepDialog::stepChanged);
  if (!isValid()) {
    mMessage->setText(mError);
    mMessage->show();
  }
  stepChanged();
}

void DangerStepDialog::stepChanged()
{
  const QString step = mStep->currentData().toString();
  const bool assigned = step == QLatin1String("assigned");
  const bool reopened = step == QLatin1String("reopened");
  const QVector<QPair<QLineEdit *, QString>> responsibility {{mUnit, mCurrentUnit}, {mPerson, mCurrentPerson}, {mMeasures, mCurrentMeasures}};
  // Only these two steps carry the responsibility: the loop refuses the
  // fields on any other step, so the box is off rather than ignored.
  mAssignment->setEnabled(assigned || reopened);
  mAssignment->setVisible(assigned || reopened);
  if (assigned) {
    mAssignment->setTitle(tr("Responsibility (required)"));
    mAssignmentHint->setText(tr("Who rectifies it, how, and by when."));
    // Start from what the register already names; the deadline is always chosen.
    for (const auto &[edit, value] : responsibility) {
      if (edit->text().isEmpty())
        edit->setText(value);
      edit->setPlaceholderText(QString());
    }
  } else if (reopened) {
    mAssignment->setTitle(tr("Responsibility (optional)"));
    mAssignmentHint->setText(tr("Leave empty to keep the current unit, person and measure; a new deadline may be set."));
    for (const auto &[edit, value] : responsibility) {
      if (edit->text() == value)
        edit->clear();
      edit->setPlaceholderText(value);
    }
  }
  mMessage->setVisible(!isValid());
}

bool DangerStepDialog::setStep(const QString &step)
{
  const int i = mStep->findData(step);
  if (i < 0)
    return false;
  mStep->setCurrentIndex(i);
  return true;
}

DangerStep DangerStepDialog::step() const
{
  DangerStep s;
  s.code = mCode;
  s.to = mStep->currentData().toString();
  s.actor = mActor->text().trimmed();
  s.note = mNote->toPlainText().trimmed();
  if (mAssignment->isEnabled()) {
    s.responsibleUnit = mUnit->text().trimmed();
    s.responsiblePerson = mPerson->text().trimmed();
    s.measures = mMeasures->text().trimmed();
    if (mDeadline->date() != OptionalDate::none())
      s.deadline = mDeadline->date();
  }
  return s;
}

QString DangerStepDialog::errorText() const { return mMessage->isHidden() ? QString() : mMessage->text(); }

Result<qint64> DangerStepDialog::apply()
{
  if (!isValid())
    return Status::failure(mError);
  DangerLoop loop(mStore, mClock);
  Result<qint64> id = loop.advance(step());
  mMessage->setText(id ? QString() : id.message());
  mMessage->setVisible(!id.ok());
  if (id) {
    mEventId = id.value();
    QSettings().setValue(kActorKey, step().actor);
    emit stepRecorded(mCode, mEventId);
  }
  return id;
}

void DangerStepDialog::accept()
{
  if (apply())
    QDialog::accept();
}

} // namespace onemap
