#include "TransferFiles.h"

#include "export/transfer/TransferListFiles.h"
#include "export/transfer/TransferListPdf.h"
#include "transfer/TransferPlans.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

const QStringList &transferListFormats()
{
  static const QStringList f {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")};
  return f;
}

Status writeTransferListFile(Store &store, qint64 planId, const QString &path)
{
  TransferPlans plans(store);
  Result<TransferPlan> plan = plans.plan(planId);
  if (!plan)
    return plan.status();
  const QVector<TownshipTransferList> townships = plans.byTownship(planId);
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("pdf"))
    return writeTransferListPdf(store, plan.value(), townships, path);
  if (suffix == QLatin1String("xlsx"))
    return writeTransferListXlsx(plan.value(), townships, path);
  return writeTransferListCsv(townships, path);
}

} // namespace onemap
