#include "TransferStatusCsv.h"

#include <QCoreApplication>

namespace onemap {

namespace TransferStatusCsv {

Sheet sheet(const QVector<VillageTransferStatus> &status)
{
  Sheet s;
  s.name = QCoreApplication::translate("onemap::TransferStatusCsv", "Transfer status");
  s.headers = QStringList {QCoreApplication::translate("onemap::TransferStatusCsv", "Township code"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Village code"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Village"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Planned"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Transferred"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Transferred (%)"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Responsible persons at post"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Responsible persons expected"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Returned"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Returns assessed"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Last report at"),
               QCoreApplication::translate("onemap::TransferStatusCsv", "Last report by")};
  s.kinds = {CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Integer, CellKind::Integer, CellKind::Real,
             CellKind::Integer, CellKind::Integer, CellKind::Integer, CellKind::Text, CellKind::Text, CellKind::Text};
  const QString yes = QCoreApplication::translate("onemap::TransferStatusCsv", "yes");
  const QString no = QCoreApplication::translate("onemap::TransferStatusCsv", "no");
  for (const VillageTransferStatus &v : status)
    s.rows << QStringList {v.townshipCode, v.villageCode, v.villageName, QString::number(v.planned), QString::number(v.transferred),
                           QString::number(v.transferredShare() * 100, 'f', 1), QString::number(v.personsAtPost), QString::number(v.personsExpected),
                           QString::number(v.returned), v.returnsAssessed ? yes : no, v.lastReportAt, v.lastReportBy};
  return s;
}

} // namespace TransferStatusCsv

Status writeTransferStatusCsv(const QVector<VillageTransferStatus> &status, const QString &outPath)
{
  return SheetFiles::writeCsv(TransferStatusCsv::sheet(status), outPath);
}

} // namespace onemap
