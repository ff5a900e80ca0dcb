#pragma once
// \brief A village's report during a response ("four 100%"): people moved so
// far, responsible persons at post, people returned and whether their homes
// were assessed first. Prefilled from the village's latest state.
#include "transfer/TransferTracking.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace onemap {

class TransferReportDialog : public QDialog
{
  Q_OBJECT
public:
  TransferReportDialog(qint64 planId, const VillageTransferStatus &village, QWidget *parent = nullptr);

  //! The report as entered (reportedAt now, reportedBy left to the caller).
  TransferReport report() const;

  QSpinBox *transferred() const { return mTransferred; }
  QSpinBox *atPost() const { return mAtPost; }
  QSpinBox *expected() const { return mExpected; }
  QSpinBox *returned() const { return mReturned; }
  QCheckBox *assessed() const { return mAssessed; }

private:
  qint64 mPlanId;
  QString mVillageCode;
  QSpinBox *mTransferred = nullptr;
  QSpinBox *mAtPost = nullptr;
  QSpinBox *mExpected = nullptr;
  QSpinBox *mReturned = nullptr;
  QCheckBox *mAssessed = nullptr;
  QLineEdit *mNote = nullptr;
};

} // namespace onemap
