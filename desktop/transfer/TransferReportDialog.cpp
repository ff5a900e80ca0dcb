#include "TransferReportDialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace onemap {

TransferReportDialog::TransferReportDialog(qint64 planId, const VillageTransferStatus &village, QWidget *parent)
  : QDialog(parent), mPlanId(planId), mVillageCode(village.villageCode)
{
  setWindowTitle(tr("Transfer report: %1").arg(village.villageName.isEmpty() ? village.villageCode : village.villageName));
  auto *form = new QFormLayout(this);
  const auto spin = [this](qint64 value) {
    auto *s = new QSpinBox(this);
    s->setRange(0, 1000000);
    s->setValue(int(value));
    return s;
  };
  form->addRow(tr("People planned:"), new QLabel(QString::number(village.planned), this));
  mTransferred = spin(village.transferred);
  form->addRow(tr("People transferred so far:"), mTransferred);
  mAtPost = spin(village.personsAtPost);
  form->addRow(tr("Responsible persons at post:"), mAtPost);
  mExpected = spin(village.personsExpected);
  form->addRow(tr("Responsible persons expected:"), mExpected);
  mReturned = spin(village.returned);
  form->addRow(tr("People returned home:"), mReturned);
  mAssessed = new QCheckBox(tr("Homes assessed safe before the return"), this);
  mAssessed->setChecked(village.returnsAssessed);
  form->addRow(mAssessed);
  mNote = new QLineEdit(this);
  form->addRow(tr("Note:"), mNote);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);
}

TransferReport TransferReportDialog::report() const
{
  TransferReport r;
  r.planId = mPlanId;
  r.villageCode = mVillageCode;
  r.reportedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  r.transferred = mTransferred->value();
  r.personsAtPost = mAtPost->value();
  r.personsExpected = mExpected->value();
  r.returned = mReturned->value();
  r.returnsAssessed = mAssessed->isChecked();
  r.note = mNote->text().trimmed();
  return r;
}

} // namespace onemap
