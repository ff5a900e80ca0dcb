#include "TransferFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onemap {

const QStringList &transferListFormats()
{
  static const QStringList f {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")};
  return f;
}

QString transferUnplacedReasonText(const QString &reason)
{
  if (reason == QLatin1String("no_shelter_reachable"))
    return QCoreApplication::translate("onemap::TransferFiles", "no suitable shelter reachable by open roads");
  if (reason == QLatin1String("capacity_exhausted"))
    return QCoreApplication::translate("onemap::TransferFiles", "reachable shelters are full");
  return reason;
}

ImpactTable transferStatusTable(const QVector<VillageTransferStatus> &rows)
{
  ImpactTable t;
  t.key = QStringLiteral("villages");
  t.title = QCoreApplication::translate("onemap::TransferFiles", "Transfer by village (lagging first)");
  t.headers = QStringList {QCoreApplication::translate("onemap::TransferFiles", "Code"), QCoreApplication::translate("onemap::TransferFiles", "Village"),
                           QCoreApplication::translate("onemap::TransferFiles", "Planned"), QCoreApplication::translate("onemap::TransferFiles", "Moved"),
                           QCoreApplication::translate("onemap::TransferFiles", "Moved %"), QCoreApplication::translate("onemap::TransferFiles", "At post"),
                           QCoreApplication::translate("onemap::TransferFiles", "Returned"), QCoreApplication::translate("onemap::TransferFiles", "Returns assessed"),
                           QCoreApplication::translate("onemap::TransferFiles", "Last report"), QCoreApplication::translate("onemap::TransferFiles", "Lagging")};
  t.numeric = {false, false, true, true, true, false, true, false, false, false};
  const QString yes = QCoreApplication::translate("onemap::TransferFiles", "yes"), no = QCoreApplication::translate("onemap::TransferFiles", "no");
  for (const VillageTransferStatus &v : rows)
    t.rows << QStringList {v.villageCode,
                           v.villageName,
                           QString::number(v.planned),
                           QString::number(v.transferred),
                           QString::number(100.0 * v.transferredShare(), 'f', 0),
                           QStringLiteral("%1/%2").arg(v.personsAtPost).arg(v.personsExpected),
                           QString::number(v.returned),
                           v.returnsAssessed ? yes : no,
                           v.lastReportAt.isEmpty() ? QCoreApplication::translate("onemap::TransferFiles", "never") : v.lastReportAt,
                           v.lagging() ? yes : no};
  return t;
}

} // namespace onemap
