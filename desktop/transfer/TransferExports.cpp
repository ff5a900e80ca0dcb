#include "TransferExports.h"

#include "export/transfer/ShelterBalanceReport.h"
#include "export/transfer/ShelterCoverageReport.h"
#include "export/transfer/TransferListFiles.h"
#include "export/transfer/TransferListPdf.h"
#include "store/Store.h"
#include "transfer/ShelterBalance.h"
#include "transfer/TransferPlans.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <qgsfeedback.h>

namespace onemap::TransferExports {

Status write(Store &store, qint64 planId, const QString &what, const QString &path, const CoverageResult *coverage,
             const CoverageOptions &coverageOptions, QgsFeedback *feedback)
{
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (what.startsWith(QLatin1String("list"))) {
    const Result<TransferPlan> plan = TransferPlans(store).plan(planId);
    if (!plan)
      return Status::failure(QCoreApplication::translate("onemap::TransferExports", "Choose a plan to export first."));
    const QVector<TownshipTransferList> townships = TransferPlans(store).byTownship(planId);
    if (suffix == QLatin1String("pdf"))
      return writeTransferListPdf(store, plan.value(), townships, path, feedback);
    if (suffix == QLatin1String("xlsx"))
      return writeTransferListXlsx(plan.value(), townships, path);
    if (suffix == QLatin1String("csv"))
      return writeTransferListCsv(townships, path);
  } else if (what == QLatin1String("balance")) {
    const Result<QVector<TownshipBalance>> balance = shelterBalance(store, planId);
    if (!balance)
      return balance.status();
    QString basis = QCoreApplication::translate("onemap::ShelterFiles", "People to move: threatened people of hidden-danger points not signed off");
    if (planId > 0) {
      const Result<TransferPlan> plan = TransferPlans(store).plan(planId);
      if (!plan)
        return plan.status();
      basis = QCoreApplication::translate("onemap::ShelterFiles", "People to move: transfer plan %1 (%2)").arg(planId).arg(plan.value().name);
    }
    if (suffix == QLatin1String("pdf"))
      return writeShelterBalancePdf(store, balance.value(), path, basis);
    if (suffix == QLatin1String("csv"))
      return writeShelterBalanceCsv(balance.value(), path);
  } else if (what == QLatin1String("coverage")) {
    Result<CoverageResult> computed = coverage ? Result<CoverageResult>(*coverage) : shelterCoverage(store, coverageOptions);
    if (!computed)
      return computed.status();
    if (suffix == QLatin1String("pdf"))
      return writeShelterCoveragePdf(store, computed.value(), coverageOptions, path);
    if (suffix == QLatin1String("csv"))
      return writeShelterCoverageCsv(store, computed.value(), path);
  }
  return Status::failure(QCoreApplication::translate("onemap::TransferExports", "%1: cannot write this export as .%2").arg(path, suffix));
}

void ask(QWidget *parent, Store &store, qint64 planId, const QString &what, const QString &format, const CoverageResult *coverage,
         const CoverageOptions &coverageOptions)
{
  const QString title = QCoreApplication::translate("onemap::TransferExports", "Export");
  if (planId <= 0 && what != QLatin1String("coverage")) {
    QMessageBox::information(parent, title, QCoreApplication::translate("onemap::TransferExports", "Choose a plan to export first."));
    return;
  }
  const QString pdf = QCoreApplication::translate("onemap::TransferExports", "PDF (*.pdf)");
  const QString xlsx = QCoreApplication::translate("onemap::TransferExports", "Excel workbook (*.xlsx)");
  const QString csv = QCoreApplication::translate("onemap::TransferExports", "CSV table (*.csv)");
  const QString filter = format == QLatin1String("xlsx") ? xlsx : format == QLatin1String("csv") ? csv : pdf;
  const QString name = what == QLatin1String("coverage") ? QStringLiteral("shelter-coverage.%1").arg(format)
                                                         : QStringLiteral("transfer-%1-%2.%3").arg(what).arg(planId).arg(format);
  const QString path = QFileDialog::getSaveFileName(parent, title, name, filter);
  if (path.isEmpty())
    return;
  // Drawn on this thread (QGIS layouts), so the progress dialog is kept
  // alive by processing events as the pages come; Cancel stops between pages.
  QProgressDialog progress(QCoreApplication::translate("onemap::TransferExports", "Writing %1…").arg(QFileInfo(path).fileName()),
                           QCoreApplication::translate("onemap::TransferExports", "Cancel"), 0, 100, parent);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  QgsFeedback feedback;
  QObject::connect(&feedback, &QgsFeedback::progressChanged, &progress, [&progress](double percent) {
    progress.setValue(static_cast<int>(percent));
    QCoreApplication::processEvents();
  });
  QObject::connect(&progress, &QProgressDialog::canceled, &feedback, &QgsFeedback::cancel);
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const Status s = write(store, planId, what, path, coverage, coverageOptions, &feedback);
  QApplication::restoreOverrideCursor();
  progress.reset();
  if (!s)
    QMessageBox::warning(parent, title, s.message());
  else
    QMessageBox::information(parent, title, QCoreApplication::translate("onemap::TransferExports", "Written to %1").arg(path));
}

} // namespace onemap::TransferExports
