#include "TrackingPanel.h"

#include "TrackingModel.h"
#include "TransferReportDialog.h"
#include "transfer/TransferTracking.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace onemap {

TrackingPanel::TrackingPanel(Store &store, QWidget *parent)
  : QWidget(parent), mStore(store)
{
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  auto *bar = new QHBoxLayout;
  mSummary = new QLabel(this);
  bar->addWidget(mSummary, 1);
  mReport = new QPushButton(tr("Report..."), this);
  mReport->setToolTip(tr("Enter the selected village's report: people moved, persons at post, returns."));
  bar->addWidget(mReport);
  layout->addLayout(bar);
  mModel = new TrackingModel(mStore, this);
  mView = new QTableView(this);
  mView->setModel(mModel);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
  mView->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(mView, 1);
  connect(mReport, &QPushButton::clicked, this, &TrackingPanel::reportSelected);
  connect(mView, &QTableView::doubleClicked, this, &TrackingPanel::reportSelected);
  connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
    if (current.isValid())
      Q_EMIT villageSelected(mModel->data(mModel->index(current.row(), 0), Qt::UserRole).toString());
  });
  refresh();
}

void TrackingPanel::setPlan(qint64 planId)
{
  mModel->load(planId);
  mView->resizeColumnsToContents();
  refresh();
}

void TrackingPanel::refresh()
{
  mReport->setEnabled(mModel->planId() > 0 && mModel->rowCount() > 0);
  if (mModel->planId() <= 0) {
    mSummary->setText(tr("No plan chosen."));
    return;
  }
  qint64 planned = 0, transferred = 0;
  for (const VillageTransferStatus &s : mModel->villages()) {
    planned += s.planned;
    transferred += s.transferred;
  }
  mSummary->setText(tr("%1 villages, %2 lagging (red); %3 of %4 people transferred.")
                      .arg(mModel->rowCount()).arg(mModel->lagging()).arg(transferred).arg(planned));
}

bool TrackingPanel::addReport(TransferReport report)
{
  report.reportedBy = mActor;
  const Result<qint64> r = TransferTracking(mStore).report(report, mActor);
  if (!r) {
    mError = r.message();
    return false;
  }
  mError.clear();
  mModel->reload();
  mView->resizeColumnsToContents(); // reported figures are wider than "0"
  refresh();
  Q_EMIT reported(report.villageCode);
  return true;
}

void TrackingPanel::reportSelected()
{
  const QModelIndex current = mView->currentIndex();
  if (!current.isValid() || current.row() >= mModel->villages().size())
    return;
  TransferReportDialog dialog(mModel->planId(), mModel->villages()[current.row()], this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  if (!addReport(dialog.report()))
    QMessageBox::warning(this, dialog.windowTitle(), mError);
}

} // namespace onemap
