#include "TransferExports.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace onemap::TransferExports {

Status write(const QString &storePath, qint64 planId, const QString &what, const QString &path, double walkKmh)
{
  Q_UNUSED(storePath)
  Q_UNUSED(walkKmh)
  if (planId <= 0 && what.startsWith(QLatin1String("list")))
    return Status::failure(QCoreApplication::translate("onemap::TransferExports", "Choose a plan to export first."));
  // PENDING: the writers of desktop/export/transfer (merged from main).
  return Status::failure(QCoreApplication::translate("onemap::TransferExports", "%1: this export is not available in this build").arg(path));
}

void ask(QWidget *parent, const QString &storePath, qint64 planId, const QString &what, double walkKmh)
{
  QString filter;
  QString name;
  if (what == QLatin1String("list.pdf") || what == QLatin1String("list.xlsx") || what == QLatin1String("list.csv")) {
    const QString suffix = QFileInfo(what).suffix();
    name = QStringLiteral("transfer-plan-%1.%2").arg(planId).arg(suffix);
    filter = suffix == QLatin1String("pdf") ? QCoreApplication::translate("onemap::TransferExports", "PDF (*.pdf)")
             : suffix == QLatin1String("xlsx") ? QCoreApplication::translate("onemap::TransferExports", "Excel workbook (*.xlsx)")
                                               : QCoreApplication::translate("onemap::TransferExports", "CSV table (*.csv)");
  } else {
    name = QStringLiteral("shelter-%1.pdf").arg(what);
    filter = QCoreApplication::translate("onemap::TransferExports", "PDF report (*.pdf);;CSV table (*.csv)");
  }
  const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("onemap::TransferExports", "Export"), name, filter);
  if (path.isEmpty())
    return;
  const Status s = write(storePath, planId, what, path, walkKmh);
  if (!s)
    QMessageBox::warning(parent, QCoreApplication::translate("onemap::TransferExports", "Export"), s.message());
  else
    QMessageBox::information(parent, QCoreApplication::translate("onemap::TransferExports", "Export"),
                             QCoreApplication::translate("onemap::TransferExports", "Written to %1").arg(path));
}

} // namespace onemap::TransferExports
