#include "ShelterBalanceReport.h"

#include "TransferSheetLayers.h"
#include "TransferPdfPages.h"
#include "export/notices/NoticeLayout.h"
#include "export/notices/NoticeMaps.h"
#include "map/StoreMapLayers.h"
#include "map/TransferStyles.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <cmath>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

using namespace NoticeLayout;
using namespace TransferPdfPages;

QString ratioText(const TownshipBalance &b)
{
  const double r = b.ratio();
  return std::isfinite(r) ? QString::number(r, 'f', 2) : QString();
}

TownshipBalance total(const QVector<TownshipBalance> &balance, qint64 &shortfall)
{
  TownshipBalance sum;
  shortfall = 0;
  for (const TownshipBalance &b : balance) {
    sum.peopleToMove += b.peopleToMove;
    sum.shelterCapacity += b.shelterCapacity;
    sum.shelters += b.shelters;
    shortfall += b.shortfall();
  }
  return sum;
}

} // namespace

namespace ShelterBalanceReport {

Sheet sheet(const QVector<TownshipBalance> &balance)
{
  Sheet s;
  s.name = QCoreApplication::translate("onemap::ShelterBalanceReport", "Shelter balance");
  s.headers = QStringList {QCoreApplication::translate("onemap::ShelterBalanceReport", "Township code"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "Township"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "People to move"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "Shelters"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "Free capacity"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "Shortfall"),
               QCoreApplication::translate("onemap::ShelterBalanceReport", "People per place")};
  s.kinds = {CellKind::Text, CellKind::Text, CellKind::Integer, CellKind::Integer, CellKind::Integer, CellKind::Integer, CellKind::Real};
  for (const TownshipBalance &b : balance)
    s.rows << QStringList {b.townshipCode, b.townshipName, QString::number(b.peopleToMove), QString::number(b.shelters),
                           QString::number(b.shelterCapacity), QString::number(b.shortfall()), ratioText(b)};
  qint64 shortfall = 0;
  const TownshipBalance sum = total(balance, shortfall);
  // The county's shortfall is the townships' added up: room in one township does not shelter another's people.
  s.rows << QStringList {QString(), QCoreApplication::translate("onemap::ShelterBalanceReport", "County total"), QString::number(sum.peopleToMove),
                         QString::number(sum.shelters), QString::number(sum.shelterCapacity), QString::number(shortfall), ratioText(sum)};
  return s;
}

} // namespace ShelterBalanceReport

Status writeShelterBalanceCsv(const QVector<TownshipBalance> &balance, const QString &outPath)
{
  return SheetFiles::writeCsv(ShelterBalanceReport::sheet(balance), outPath);
}

Status writeShelterBalancePdf(Store &store, const QVector<TownshipBalance> &balance, const QString &outPath, const QString &basis)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(store.path(), 0);
  if (!project)
    return Status::failure(QCoreApplication::translate("onemap::ShelterBalanceReport", "cannot draw the map layers of %1").arg(store.path()));
  QgsVectorLayer *county = NoticeMaps::base(project.get(), QStringLiteral("county"));
  project->setCrs(StoreMapLayers::gaussKrugerFor(county->extent().center().x()));
  const StorePlaces places = StorePlaces::load(store);
  QString countyName = store.meta(QStringLiteral("county_name"));
  if (countyName.isEmpty())
    countyName = QCoreApplication::translate("onemap::ShelterBalanceReport", "Sample County");

  const QString title = QCoreApplication::translate("onemap::ShelterBalanceReport", "%1 shelter balance by township").arg(countyName);
  auto layout = a4Portrait(project.get(), title);
  QgsPrintLayout *l = layout.get();
  const QString date = QDate::currentDate().toString(Qt::ISODate);
  double y = titleBlock(l, title, basis.isEmpty() ? date : QStringLiteral("%1    %2").arg(basis, date));

  qint64 shortfall = 0;
  const TownshipBalance sum = total(balance, shortfall);
  int shortTownships = 0;
  for (const TownshipBalance &b : balance)
    shortTownships += b.shortfall() > 0;
  const QString summary = QCoreApplication::translate("onemap::ShelterBalanceReport", "To move: %1 people. Free room: %2 places in %3 shelters. Short: %4 people in %5 townships.")
                            .arg(sum.peopleToMove).arg(sum.shelterCapacity).arg(sum.shelters).arg(shortfall).arg(shortTownships);
  label(l, fit(summary, kWidth, 10, 2), font(10, shortfall > 0), QRectF(kLeft, y, kWidth, 10), Qt::AlignLeft | Qt::AlignVCenter, shortfall > 0 ? kRed : QColor(Qt::black));
  y += 11;

  const QRectF mapRect(kLeft, y, kWidth, 118);
  QgsVectorLayer *townships = TransferSheetLayers::townshipBalance(project.get(), places, balance);
  QgsRectangle extent = NoticeMaps::extentOf(project.get(), county);
  extent.scale(1.04);
  NoticeMaps::frame(l, mapRect,
                    {NoticeMaps::base(project.get(), QStringLiteral("rivers")), townships, NoticeMaps::base(project.get(), QStringLiteral("county"))}, extent);
  y = colourKey(l, TransferStyles::shortfallClasses(), mapRect.bottom() + 1, 0) + 2;

  PagedTable table;
  table.headers = QStringList {QCoreApplication::translate("onemap::ShelterBalanceReport", "No."),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "Township"),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "People to move"),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "Shelters"),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "Free capacity"),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "Shortfall"),
                   QCoreApplication::translate("onemap::ShelterBalanceReport", "People per place")};
  table.widths = {12, 50, 26, 20, 26, 22, 24};
  table.point = 8.5;
  table.redColumns = {5};
  for (const TownshipBalance &b : balance) {
    if (b.shortfall() > 0)
      table.shaded << table.rows.size();
    const QString ratio = ratioText(b);
    table.rows << QStringList {QString::number(table.rows.size() + 1), b.townshipName, QString::number(b.peopleToMove), QString::number(b.shelters),
                               QString::number(b.shelterCapacity), QString::number(b.shortfall()),
                               ratio.isEmpty() ? QCoreApplication::translate("onemap::ShelterBalanceReport", "no room") : ratio};
  }
  table.bold << table.rows.size();
  const QString ratio = ratioText(sum);
  table.rows << QStringList {QString(), QCoreApplication::translate("onemap::ShelterBalanceReport", "County total"), QString::number(sum.peopleToMove),
                             QString::number(sum.shelters), QString::number(sum.shelterCapacity), QString::number(shortfall),
                             ratio.isEmpty() ? QCoreApplication::translate("onemap::ShelterBalanceReport", "no room") : ratio};
  y = sectionHeading(l, QCoreApplication::translate("onemap::ShelterBalanceReport", "People to move against free shelter room"), 0, y);
  placeTable(l, table, 0, y, QCoreApplication::translate("onemap::ShelterBalanceReport", "%1 (continued)").arg(title), QString());
  return writePdf(l, outPath);
}

} // namespace onemap
