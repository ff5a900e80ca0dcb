#include "TransferFiles.h"

#include "transfer/TransferExports.h"

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
  return TransferExports::write(store, planId, QStringLiteral("list"), path, nullptr, CoverageOptions());
}

} // namespace onemap
