#include "TransferListFiles.h"

#include "TransferLabels.h"

#include <QCoreApplication>

namespace onemap {

namespace {

QStringList rowHeaders()
{
  return {QCoreApplication::translate("onemap::TransferListFiles", "Source type"),
          QCoreApplication::translate("onemap::TransferListFiles", "Source code"),
          QCoreApplication::translate("onemap::TransferListFiles", "Source"),
          QCoreApplication::translate("onemap::TransferListFiles", "Village code"),
          QCoreApplication::translate("onemap::TransferListFiles", "Risk type"),
          QCoreApplication::translate("onemap::TransferListFiles", "People"),
          QCoreApplication::translate("onemap::TransferListFiles", "Shelter"),
          QCoreApplication::translate("onemap::TransferListFiles", "Route (km)"),
          QCoreApplication::translate("onemap::TransferListFiles", "Route (minutes)"),
          QCoreApplication::translate("onemap::TransferListFiles", "Responsible person"),
          QCoreApplication::translate("onemap::TransferListFiles", "Phone"),
          QCoreApplication::translate("onemap::TransferListFiles", "Not placed because"),
          QCoreApplication::translate("onemap::TransferListFiles", "Reassigned by hand")};
}

QVector<CellKind> rowKinds()
{
  return {CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Integer, CellKind::Text,
          CellKind::Real, CellKind::Integer, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text};
}

QStringList rowCells(const TransferAssignment &a)
{
  const bool placed = a.shelterId > 0;
  return {TransferLabels::sourceKind(a.sourceKind),
          a.sourceCode,
          a.sourceName,
          a.villageCode,
          TransferLabels::riskType(a.riskType),
          QString::number(a.people),
          placed ? a.shelterName : QString(),
          placed ? TransferLabels::km(a.routeM, false) : QString(),
          placed ? TransferLabels::minutes(a.routeMinutes, false) : QString(),
          a.responsiblePerson,
          a.responsiblePhone,
          placed ? QString() : TransferLabels::unplacedReason(a.unplacedReason.isEmpty() ? QStringLiteral("no_shelter_reachable") : a.unplacedReason),
          a.manual ? QCoreApplication::translate("onemap::TransferListFiles", "yes") : QString()};
}

qint64 unplacedPeople(const TownshipTransferList &t)
{
  qint64 n = 0;
  for (const TransferAssignment &a : t.rows)
    if (a.shelterId <= 0)
      n += a.people;
  return n;
}

} // namespace

namespace TransferListFiles {

Sheet csvSheet(const QVector<TownshipTransferList> &townships)
{
  Sheet sheet;
  sheet.name = QCoreApplication::translate("onemap::TransferListFiles", "Transfer list");
  sheet.headers = QStringList {QCoreApplication::translate("onemap::TransferListFiles", "Township code"),
                               QCoreApplication::translate("onemap::TransferListFiles", "Township")}
                  + rowHeaders();
  sheet.kinds = QVector<CellKind> {CellKind::Text, CellKind::Text} + rowKinds();
  for (const TownshipTransferList &t : townships)
    for (const TransferAssignment &a : t.rows)
      sheet.rows << (QStringList {t.townshipCode, t.townshipName} + rowCells(a));
  return sheet;
}

Sheet summarySheet(const QVector<TownshipTransferList> &townships)
{
  Sheet sheet;
  sheet.name = QCoreApplication::translate("onemap::TransferListFiles", "Summary");
  sheet.headers = QStringList {QCoreApplication::translate("onemap::TransferListFiles", "Township code"),
                   QCoreApplication::translate("onemap::TransferListFiles", "Township"),
                   QCoreApplication::translate("onemap::TransferListFiles", "Groups"),
                   QCoreApplication::translate("onemap::TransferListFiles", "People to move"),
                   QCoreApplication::translate("onemap::TransferListFiles", "Placed"),
                   QCoreApplication::translate("onemap::TransferListFiles", "Not placed")};
  sheet.kinds = {CellKind::Text, CellKind::Text, CellKind::Integer, CellKind::Integer, CellKind::Integer, CellKind::Integer};
  qint64 groups = 0, people = 0, placed = 0, unplaced = 0;
  for (const TownshipTransferList &t : townships) {
    const qint64 u = unplacedPeople(t);
    sheet.rows << QStringList {t.townshipCode, t.townshipName, QString::number(t.rows.size()), QString::number(t.people), QString::number(t.placed), QString::number(u)};
    groups += t.rows.size();
    people += t.people;
    placed += t.placed;
    unplaced += u;
  }
  sheet.rows << QStringList {QString(), QCoreApplication::translate("onemap::TransferListFiles", "County total"), QString::number(groups),
                             QString::number(people), QString::number(placed), QString::number(unplaced)};
  return sheet;
}

Sheet townshipSheet(const TownshipTransferList &township)
{
  Sheet sheet;
  sheet.name = township.townshipName.isEmpty() ? township.townshipCode : township.townshipName;
  sheet.headers = QStringList {QCoreApplication::translate("onemap::TransferListFiles", "No.")} + rowHeaders();
  sheet.kinds = QVector<CellKind> {CellKind::Integer} + rowKinds();
  int n = 0;
  for (const TransferAssignment &a : township.rows)
    sheet.rows << (QStringList {QString::number(++n)} + rowCells(a));
  QStringList total;
  for (int i = 0; i < sheet.headers.size(); ++i)
    total << QString();
  total[3] = QCoreApplication::translate("onemap::TransferListFiles", "Township total");
  total[6] = QString::number(township.people);
  sheet.rows << total;
  return sheet;
}

} // namespace TransferListFiles

Status writeTransferListCsv(const QVector<TownshipTransferList> &townships, const QString &outPath)
{
  return SheetFiles::writeCsv(TransferListFiles::csvSheet(townships), outPath);
}

Status writeTransferListXlsx(const TransferPlan &plan, const QVector<TownshipTransferList> &townships, const QString &outPath)
{
  QVector<Sheet> sheets {TransferListFiles::summarySheet(townships)};
  for (const TownshipTransferList &t : townships)
    sheets << TransferListFiles::townshipSheet(t);
  // What the plan was made for, so the workbook stands on its own.
  Sheet about;
  about.name = QCoreApplication::translate("onemap::TransferListFiles", "Plan");
  about.headers = QStringList {QCoreApplication::translate("onemap::TransferListFiles", "Item"), QCoreApplication::translate("onemap::TransferListFiles", "Value")};
  about.rows = {{QCoreApplication::translate("onemap::TransferListFiles", "Plan"), plan.name},
                {QCoreApplication::translate("onemap::TransferListFiles", "Area"), plan.areaLabel.isEmpty() ? plan.areaRef : plan.areaLabel},
                {QCoreApplication::translate("onemap::TransferListFiles", "Hazard"), TransferLabels::riskType(plan.hazard)},
                {QCoreApplication::translate("onemap::TransferListFiles", "Made at"), plan.createdAt},
                {QCoreApplication::translate("onemap::TransferListFiles", "Made by"), plan.createdBy},
                {QCoreApplication::translate("onemap::TransferListFiles", "Note"), plan.note}};
  sheets << about;
  return SheetFiles::writeXlsx(sheets, outPath);
}

} // namespace onemap
