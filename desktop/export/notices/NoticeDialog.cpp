#include "NoticeDialog.h"

#include "admin_units/AdminUnit.h"
#include "hidden_dangers/HiddenDanger.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace onemap {

NoticeDialog::NoticeDialog(Kind kind, const QString &storePath, const QString &code, QWidget *parent)
  : QDialog(parent), mKind(kind)
{
  setWindowTitle(kind == Kind::Danger ? tr("Rectification supervision notice") : tr("Risk reminder notice"));
  mItem = new QComboBox(this);
  mItem->setEditable(true);
  mItem->setInsertPolicy(QComboBox::NoInsert);
  mItem->setMinimumWidth(360);
  fill(storePath);
  // Type part of a code or name to find it.
  mItem->completer()->setFilterMode(Qt::MatchContains);
  mItem->completer()->setCompletionMode(QCompleter::PopupCompletion);
  if (!code.isEmpty()) {
    const int i = mItem->findData(code);
    if (i >= 0)
      mItem->setCurrentIndex(i);
    else
      mItem->setEditText(code);
  }

  mDate = new QDateEdit(QDate::currentDate(), this);
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

  mPath = new QLineEdit(this);
  auto *browseButton = new QPushButton(tr("Browse…"), this);
  connect(browseButton, &QPushButton::clicked, this, &NoticeDialog::browse);
  auto *pathRow = new QHBoxLayout;
  pathRow->addWidget(mPath);
  pathRow->addWidget(browseButton);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Write PDF"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->code().isEmpty() && !mPath->text().isEmpty()); };
  connect(mPath, &QLineEdit::textChanged, this, updateOk);
  connect(mItem, &QComboBox::editTextChanged, this, updateOk);

  auto *form = new QFormLayout(this);
  form->addRow(kind == Kind::Danger ? tr("Hidden danger") : tr("Township"), mItem);
  form->addRow(tr("Date of issue"), mDate);
  form->addRow(tr("Save as"), pathRow);
  form->addRow(buttons);
  mPath->setText(QDir::home().filePath(this->code() + QStringLiteral(".pdf")));
  updateOk();
}

void NoticeDialog::fill(const QString &storePath)
{
  auto store = Store::open(storePath);
  if (!store)
    return;
  if (mKind == Kind::Danger) {
    for (const HiddenDanger &d : HiddenDangers(*store.value()).where(QStringLiteral("status <> 'signed_off'")))
      mItem->addItem(d.code + QStringLiteral("  ") + d.name, d.code);
  } else {
    for (const AdminUnit &u : AdminUnits(*store.value()).where(QStringLiteral("level = 'township'")))
      mItem->addItem(u.name + QStringLiteral("  ") + u.code, u.code);
  }
}

QString NoticeDialog::code() const
{
  // A picked entry carries its code; typed text is taken as a code or name.
  const int i = mItem->findText(mItem->currentText());
  if (i >= 0)
    return mItem->itemData(i).toString();
  return mItem->currentText().trimmed().section(QLatin1Char(' '), 0, 0);
}

QDate NoticeDialog::date() const { return mDate->date(); }
QString NoticeDialog::outPath() const { return mPath->text().trimmed(); }

void NoticeDialog::browse()
{
  const QString path = QFileDialog::getSaveFileName(this, tr("Save notice"), mPath->text(), tr("PDF (*.pdf)"));
  if (!path.isEmpty())
    mPath->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

} // namespace onemap
