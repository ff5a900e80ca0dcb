#include "AnswerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace onemap {

AnswerDialog::AnswerDialog(const QString &personName, const QString &unitName, const QString &role, QWidget *parent) : QDialog(parent)
{
  setObjectName(QStringLiteral("answerDialog"));
  setWindowTitle(tr("Record the answer"));
  auto *form = new QFormLayout(this);
  form->addRow(new QLabel(tr("Call to %1, %2 of %3").arg(personName, role, unitName), this));
  // Editable: whoever answered in the person's place is typed in.
  mWho = new QComboBox(this);
  mWho->setObjectName(QStringLiteral("answeredBy"));
  mWho->setEditable(true);
  mWho->addItem(personName);
  mWho->setToolTip(tr("The person who answered: the responsible person, or who answered for them."));
  form->addRow(tr("Answered by"), mWho);
  mNote = new QLineEdit(this);
  mNote->setObjectName(QStringLiteral("note"));
  mNote->setPlaceholderText(tr("e.g. measures in place, transfer under way"));
  form->addRow(tr("Note"), mNote);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  const auto update = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!answeredBy().isEmpty()); };
  connect(mWho, &QComboBox::editTextChanged, this, update);
  update();
}

QString AnswerDialog::answeredBy() const { return mWho->currentText().trimmed(); }
QString AnswerDialog::note() const { return mNote->text().trimmed(); }

} // namespace onemap
