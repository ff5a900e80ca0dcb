#include "ShelterCoverageReport.h"

#include "TransferSheetLayers.h"
#include "TransferPdfPages.h"
#include "export/notices/NoticeLayout.h"
#include "export/notices/NoticeMaps.h"
#include "map/StoreMapLayers.h"
#include "map/TransferStyles.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

using namespace NoticeLayout;
using namespace TransferPdfPages;

QString number(double value, int decimals) { return QString::number(value, 'f', decimals); }
QString percent(double share) { return QString::number(share * 100, 'f', 1); }

QString yesNo(bool value)
{
  return value ? QCoreApplication::translate("onemap::ShelterCoverageReport", "yes") : QCoreApplication::translate("onemap::ShelterCoverageReport", "no");
}

QHash<QString, QString> townshipNames(const StorePlaces &places)
{
  QHash<QString, QString> names;
  for (const AdminUnit &t : places.townships)
    names.insert(t.code, t.name);
  return names;
}

QString townshipOf(const QHash<QString, QString> &names, const VillageCoverage &v)
{
  // Village codes carry their township's: 6 county + 3 township digits.
  const QString code = v.townshipCode.isEmpty() ? v.code.left(9) + QStringLiteral("000") : v.townshipCode;
  return names.value(code, code);
}

Sheet coverageSheet(const StorePlaces &places, const CoverageResult &result)
{
  const QHash<QString, QString> names = townshipNames(places);
  Sheet s;
  s.name = QCoreApplication::translate("onemap::ShelterCoverageReport", "Shelter coverage");
  s.headers = QStringList {QCoreApplication::translate("onemap::ShelterCoverageReport", "Township code"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Township"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Village code"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Village"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Population"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Area (km2)"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered (km2)"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered share (%)"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered population"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Own shelter"),
               QCoreApplication::translate("onemap::ShelterCoverageReport", "Uncovered")};
  s.kinds = {CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Text, CellKind::Integer, CellKind::Real, CellKind::Real, CellKind::Real,
             CellKind::Integer, CellKind::Text, CellKind::Text};
  for (const VillageCoverage &v : result.villages) {
    const QString township = v.townshipCode.isEmpty() ? v.code.left(9) + QStringLiteral("000") : v.townshipCode;
    s.rows << QStringList {township, townshipOf(names, v), v.code, v.name, QString::number(v.population), number(v.areaKm2, 3), number(v.coveredKm2, 3),
                           percent(v.share()), QString::number(v.coveredPopulation), yesNo(v.hasOwnShelter), yesNo(v.uncovered())};
  }
  return s;
}

void totalsTable(QgsPrintLayout *layout, const CoverageResult &result, int uncovered, int withoutShelter, double top)
{
  const double areaShare = result.countyKm2 > 0 ? result.coveredKm2 / result.countyKm2 : 0;
  const double peopleShare = result.population > 0 ? double(result.coveredPopulation) / result.population : 0;
  PagedTable totals;
  totals.headers = QStringList {QCoreApplication::translate("onemap::ShelterCoverageReport", "County area km2"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered km2 (%)"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "Population"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered people (%)"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "Shelters"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "Uncovered villages"),
                    QCoreApplication::translate("onemap::ShelterCoverageReport", "No own shelter")};
  totals.widths = {28, 34, 20, 34, 20, 22, 22};
  totals.point = 8.5;
  totals.rows << QStringList {number(result.countyKm2, 1), QStringLiteral("%1 (%2%)").arg(number(result.coveredKm2, 1), percent(areaShare)),
                              QString::number(result.population), QStringLiteral("%1 (%2%)").arg(result.coveredPopulation).arg(percent(peopleShare)),
                              QString::number(result.shelters), QString::number(uncovered), QString::number(withoutShelter)};
  placeTable(layout, totals, 0, top, QString(), QString());
}

} // namespace

namespace ShelterCoverageReport {
Sheet sheet(Store &store, const CoverageResult &result) { return coverageSheet(StorePlaces::load(store), result); }
} // namespace ShelterCoverageReport

Status writeShelterCoverageCsv(Store &store, const CoverageResult &result, const QString &outPath)
{
  return SheetFiles::writeCsv(ShelterCoverageReport::sheet(store, result), outPath);
}

Status writeShelterCoveragePdf(Store &store, const CoverageResult &result, const CoverageOptions &options, const QString &outPath)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(store.path(), 0);
  if (!project)
    return Status::failure(QCoreApplication::translate("onemap::ShelterCoverageReport", "cannot draw the map layers of %1").arg(store.path()));
  QgsVectorLayer *county = NoticeMaps::base(project.get(), QStringLiteral("county"));
  project->setCrs(StoreMapLayers::gaussKrugerFor(county->extent().center().x()));
  const StorePlaces places = StorePlaces::load(store);
  const QHash<QString, QString> names = townshipNames(places);
  QString countyName = store.meta(QStringLiteral("county_name"));
  if (countyName.isEmpty())
    countyName = QCoreApplication::translate("onemap::ShelterCoverageReport", "Sample County");

  QSet<QString> uncoveredCodes, withoutShelterCodes;
  for (const VillageCoverage &v : result.villages) {
    if (v.uncovered())
      uncoveredCodes << v.code;
    if (!v.hasOwnShelter)
      withoutShelterCodes << v.code;
  }

  const QString title = QCoreApplication::translate("onemap::ShelterCoverageReport", "%1 shelter coverage").arg(countyName);
  auto layout = a4Portrait(project.get(), title);
  QgsPrintLayout *l = layout.get();
  const QString walk = QCoreApplication::translate("onemap::ShelterCoverageReport", "Within a %1-minute walk (%2 km/h, along the roads) of an open shelter")
                         .arg(number(options.minutes, 0), number(options.walkKmh, 1));
  double y = titleBlock(l, title, QStringLiteral("%1    %2").arg(walk, QDate::currentDate().toString(Qt::ISODate)));
  totalsTable(l, result, uncoveredCodes.size(), withoutShelterCodes.size(), y + 1);
  y += 1 + 2 * rowHeight(8.5) + 3;

  const QRectF mapRect(kLeft, y, kWidth, 120);
  QgsVectorLayer *covered = TransferSheetLayers::covered(project.get(), result.covered);
  QgsVectorLayer *uncovered = TransferSheetLayers::villages(project.get(), places, uncoveredCodes, QStringLiteral("uncovered"));
  if (uncovered)
    TransferStyles::applyUncoveredStyle(uncovered);
  QgsVectorLayer *noShelter = TransferSheetLayers::villages(project.get(), places, withoutShelterCodes, QStringLiteral("no-own-shelter"));
  if (noShelter)
    TransferStyles::applyNoOwnShelterStyle(noShelter);
  QgsRectangle extent = NoticeMaps::extentOf(project.get(), county);
  extent.scale(1.04);
  NoticeMaps::frame(l, mapRect,
                    {uncovered, noShelter, covered, NoticeMaps::base(project.get(), QStringLiteral("roads")), NoticeMaps::base(project.get(), QStringLiteral("rivers")),
                     NoticeMaps::base(project.get(), QStringLiteral("townships")), NoticeMaps::base(project.get(), QStringLiteral("villages")),
                     NoticeMaps::base(project.get(), QStringLiteral("county"))},
                    extent);
  const double colourKeyBottom = colourKey(l,
            {{QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered area"), QColor(0, 170, 90, 110)},
             {QCoreApplication::translate("onemap::ShelterCoverageReport", "Uncovered village (red hatching)"), QColor(255, 200, 200)},
             {QCoreApplication::translate("onemap::ShelterCoverageReport", "No shelter of its own (orange dashes)"), QColor(255, 200, 140)}},
            mapRect.bottom() + 1, 0);
  y = colourKeyBottom + 2;

  const QString continued = QCoreApplication::translate("onemap::ShelterCoverageReport", "%1 (continued)").arg(title);
  PagedTable left;
  left.headers = QStringList {QCoreApplication::translate("onemap::ShelterCoverageReport", "No."), QCoreApplication::translate("onemap::ShelterCoverageReport", "Township"),
                  QCoreApplication::translate("onemap::ShelterCoverageReport", "Village"), QCoreApplication::translate("onemap::ShelterCoverageReport", "Population"),
                  QCoreApplication::translate("onemap::ShelterCoverageReport", "Area km2"), QCoreApplication::translate("onemap::ShelterCoverageReport", "Own shelter")};
  left.widths = {12, 42, 50, 26, 26, 24};
  left.point = 8;
  PagedTable own;
  own.headers = QStringList {QCoreApplication::translate("onemap::ShelterCoverageReport", "No."), QCoreApplication::translate("onemap::ShelterCoverageReport", "Township"),
                 QCoreApplication::translate("onemap::ShelterCoverageReport", "Village"), QCoreApplication::translate("onemap::ShelterCoverageReport", "Population"),
                 QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered %"), QCoreApplication::translate("onemap::ShelterCoverageReport", "Covered people")};
  own.widths = {12, 42, 50, 26, 24, 26};
  own.point = 8;
  for (const VillageCoverage &v : result.villages) {
    if (v.uncovered())
      left.rows << QStringList {QString::number(left.rows.size() + 1), townshipOf(names, v), v.name, QString::number(v.population), number(v.areaKm2, 2),
                                yesNo(v.hasOwnShelter)};
    if (!v.hasOwnShelter)
      own.rows << QStringList {QString::number(own.rows.size() + 1), townshipOf(names, v), v.name, QString::number(v.population), percent(v.share()),
                               QString::number(v.coveredPopulation)};
  }
  Placement at {0, y - 5};
  const QList<QPair<QString, const PagedTable *>> sections {
    {QCoreApplication::translate("onemap::ShelterCoverageReport", "Villages left uncovered"), &left},
    {QCoreApplication::translate("onemap::ShelterCoverageReport", "Villages without a shelter of their own"), &own}};
  for (const auto &section : sections) {
    int page = at.page;
    double top = at.bottom + 5;
    if (top > kTableBottom - 20) {
      page = continuationPage(l, continued, QString());
      top = kContinuedTop;
    }
    top = sectionHeading(l, section.first, page, top);
    if (section.second->rows.isEmpty()) {
      label(l, QCoreApplication::translate("onemap::ShelterCoverageReport", "None."), font(10), QRectF(kLeft + 7, top, kWidth - 7, 7), Qt::AlignLeft | Qt::AlignVCenter,
            QColor(Qt::black), page);
      at = {page, top + 7};
      continue;
    }
    at = placeTable(l, *section.second, page, top, continued, QString());
  }
  return writePdf(l, outPath);
}

} // namespace onemap
