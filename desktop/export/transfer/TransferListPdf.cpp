#include "TransferListPdf.h"

#include "TransferLabels.h"
#include "TransferSheetLayers.h"
#include "TransferPdfPages.h"
#include "export/notices/NoticeLayout.h"
#include "export/notices/NoticeMaps.h"
#include "map/StoreMapLayers.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <qgsfeedback.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

using namespace NoticeLayout;
using namespace TransferPdfPages;

constexpr double kPoint = 7.5;

struct Document
{
  QString county;
  QString storePath;
  QString title;     //!< "<county> transfer list"
  QString planLine;  //!< plan name · area · date, on every page
  const TransferPlan *plan = nullptr;
};

QString countyOf(Store &store)
{
  const QString name = store.meta(QStringLiteral("county_name"));
  return name.isEmpty() ? QCoreApplication::translate("onemap::TransferListPdf", "Sample County") : name;
}

qint64 unplacedPeople(const TownshipTransferList &t)
{
  qint64 n = 0;
  for (const TransferAssignment &a : t.rows)
    if (a.shelterId <= 0)
      n += a.people;
  return n;
}

QString reasonOf(const TransferAssignment &a)
{
  return TransferLabels::unplacedReason(a.unplacedReason.isEmpty() ? QStringLiteral("no_shelter_reachable") : a.unplacedReason);
}

void summaryPage(QgsPrintLayout *layout, const Document &doc, const QVector<TownshipTransferList> &townships)
{
  const TransferPlan &plan = *doc.plan;
  const double titleSize = fittingSize(doc.title, kWidth, 19, 13, true);
  label(layout, fit(doc.title, kWidth, titleSize, 1, true), font(titleSize, true), QRectF(kLeft, 11, kWidth, 12), Qt::AlignHCenter | Qt::AlignVCenter, kRed);
  label(layout, fit(plan.name, kWidth, 12, 1, true), font(12, true), QRectF(kLeft, 24, kWidth, 7), Qt::AlignHCenter | Qt::AlignVCenter);
  QStringList facts {QCoreApplication::translate("onemap::TransferListPdf", "Area: %1").arg(plan.areaLabel.isEmpty() ? plan.areaRef : plan.areaLabel)};
  if (!plan.hazard.isEmpty())
    facts << QCoreApplication::translate("onemap::TransferListPdf", "Hazard: %1").arg(TransferLabels::riskType(plan.hazard));
  facts << QCoreApplication::translate("onemap::TransferListPdf", "Made: %1 by %2").arg(plan.createdAt.left(10), plan.createdBy);
  label(layout, fit(facts.join(QStringLiteral("    ")), kWidth, 9.5), font(9.5), QRectF(kLeft, 31, kWidth, 6), Qt::AlignHCenter | Qt::AlignVCenter);
  rule(layout, 38, kLeft, kLeft + kWidth, kRed, 0.7);
  footer(layout, 0);

  PagedTable totals;
  totals.headers = QStringList {QCoreApplication::translate("onemap::TransferListPdf", "No."), QCoreApplication::translate("onemap::TransferListPdf", "Township"),
                    QCoreApplication::translate("onemap::TransferListPdf", "Groups"), QCoreApplication::translate("onemap::TransferListPdf", "People to move"),
                    QCoreApplication::translate("onemap::TransferListPdf", "Placed"), QCoreApplication::translate("onemap::TransferListPdf", "Not placed")};
  totals.widths = {12, 62, 22, 30, 27, 27};
  totals.point = 9;
  totals.redColumns = {5};
  qint64 groups = 0, people = 0, placed = 0, unplaced = 0;
  QVector<QPair<const TownshipTransferList *, const TransferAssignment *>> notPlaced;
  for (const TownshipTransferList &t : townships) {
    const qint64 u = unplacedPeople(t);
    if (u > 0)
      totals.shaded << totals.rows.size();
    totals.rows << QStringList {QString::number(totals.rows.size() + 1), t.townshipName, QString::number(t.rows.size()), QString::number(t.people),
                                QString::number(t.placed), QString::number(u)};
    groups += t.rows.size();
    people += t.people;
    placed += t.placed;
    unplaced += u;
    for (const TransferAssignment &a : t.rows)
      if (a.shelterId <= 0)
        notPlaced << qMakePair(&t, &a);
  }
  totals.bold << totals.rows.size();
  totals.rows << QStringList {QString(), QCoreApplication::translate("onemap::TransferListPdf", "County total"), QString::number(groups), QString::number(people),
                              QString::number(placed), QString::number(unplaced)};
  const QString continued = QCoreApplication::translate("onemap::TransferListPdf", "%1 (continued)").arg(doc.title);
  double y = sectionHeading(layout, QCoreApplication::translate("onemap::TransferListPdf", "People to move by township"), 0, 42);
  Placement at = placeTable(layout, totals, 0, y, continued, plan.name);

  int page = at.page;
  y = at.bottom + 5;
  if (y > kTableBottom - 20) {
    page = continuationPage(layout, continued, plan.name);
    y = kContinuedTop;
  }
  y = sectionHeading(layout, QCoreApplication::translate("onemap::TransferListPdf", "Groups not placed"), page, y);
  if (notPlaced.isEmpty()) {
    label(layout, QCoreApplication::translate("onemap::TransferListPdf", "Everyone in the plan has a shelter."), font(10), QRectF(kLeft + 7, y, kWidth - 7, 7),
          Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
    return;
  }
  PagedTable missing;
  missing.headers = QStringList {QCoreApplication::translate("onemap::TransferListPdf", "No."), QCoreApplication::translate("onemap::TransferListPdf", "Township"),
                     QCoreApplication::translate("onemap::TransferListPdf", "Source"), QCoreApplication::translate("onemap::TransferListPdf", "Type"),
                     QCoreApplication::translate("onemap::TransferListPdf", "People"), QCoreApplication::translate("onemap::TransferListPdf", "Reason")};
  missing.widths = {10, 34, 56, 24, 16, 40};
  missing.point = kPoint;
  missing.redColumns = {5};
  for (const auto &p : notPlaced) {
    missing.shaded << missing.rows.size();
    missing.rows << QStringList {QString::number(missing.rows.size() + 1), p.first->townshipName, p.second->sourceName,
                                 TransferLabels::sourceKind(p.second->sourceKind), QString::number(p.second->people), reasonOf(*p.second)};
  }
  placeTable(layout, missing, page, y, continued, plan.name);
}

QList<double> listWidths() { return {9, 32, 16, 16, 11, 37, 9, 9, 18, 23}; } // 180 mm; an 11-digit phone fits

QStringList listHeaders()
{
  return {QCoreApplication::translate("onemap::TransferListPdf", "No."),
          QCoreApplication::translate("onemap::TransferListPdf", "Source (danger point / village)"),
          QCoreApplication::translate("onemap::TransferListPdf", "Type"),
          QCoreApplication::translate("onemap::TransferListPdf", "Risk type"),
          QCoreApplication::translate("onemap::TransferListPdf", "People"),
          QCoreApplication::translate("onemap::TransferListPdf", "Shelter"),
          QCoreApplication::translate("onemap::TransferListPdf", "km"),
          QCoreApplication::translate("onemap::TransferListPdf", "min"),
          QCoreApplication::translate("onemap::TransferListPdf", "Responsible"),
          QCoreApplication::translate("onemap::TransferListPdf", "Phone")};
}

PagedTable listTable(const TownshipTransferList &t)
{
  PagedTable table;
  table.headers = listHeaders();
  table.widths = listWidths();
  table.point = kPoint;
  table.redColumns = {5};
  for (const TransferAssignment &a : t.rows) {
    const bool placed = a.shelterId > 0;
    if (!placed)
      table.shaded << table.rows.size();
    table.rows << QStringList {QString::number(table.rows.size() + 1),
                               a.sourceName.isEmpty() ? a.sourceCode : a.sourceName,
                               TransferLabels::sourceKind(a.sourceKind),
                               TransferLabels::riskType(a.riskType),
                               QString::number(a.people),
                               placed ? a.shelterName : reasonOf(a), // shaded and in red: why nobody takes them
                               placed ? TransferLabels::km(a.routeM, false) : QString(),
                               placed ? TransferLabels::minutes(a.routeMinutes, false) : QString(),
                               a.responsiblePerson,
                               a.responsiblePhone};
  }
  table.bold << table.rows.size();
  table.rows << QStringList {QString(), QCoreApplication::translate("onemap::TransferListPdf", "Township total"), QString(), QString(), QString::number(t.people),
                             QString(), QString(), QString(), QString(), QString()};
  return table;
}

void townshipMap(QgsPrintLayout *layout, QgsProject *project, const QString &storePath, const StorePlaces &places, const TownshipTransferList &t, int page, const QRectF &mm)
{
  QgsVectorLayer *routes = TransferSheetLayers::routes(project, t.rows);
  QgsVectorLayer *sources = TransferSheetLayers::sources(project, places, t.rows);
  QgsVectorLayer *shelters = TransferSheetLayers::shelters(project, places, t.rows);
  QgsVectorLayer *outline = nullptr;
  if (const qint64 id = places.townshipId(t.townshipCode))
    outline = NoticeMaps::addOutline(project, storePath, id);
  // The township and everything its people travel to.
  QgsRectangle extent = NoticeMaps::extentOf(project, outline);
  for (QgsVectorLayer *l : {routes, sources, shelters}) {
    const QgsRectangle e = NoticeMaps::extentOf(project, l);
    if (e.isNull())
      continue;
    if (extent.isNull())
      extent = e;
    else
      extent.combineExtentWith(e);
  }
  if (extent.isNull())
    extent = StoreMapLayers::countyExtent(project);
  extent.scale(1.08);
  NoticeMaps::frame(layout, mm,
                    {sources, shelters, routes, outline, NoticeMaps::base(project, QStringLiteral("roads")), NoticeMaps::base(project, QStringLiteral("rivers")),
                     NoticeMaps::base(project, QStringLiteral("villages")), NoticeMaps::base(project, QStringLiteral("townships")),
                     NoticeMaps::base(project, QStringLiteral("county"))},
                    extent, page);
  const QString key = QCoreApplication::translate("onemap::TransferListPdf", "Violet: route.  Orange dot: people to move.  Red cross: not placed.  Green square: shelter.  Shaded rows: not placed.");
  const double width = std::min(textWidthMm(key, 7) + 3, mm.width() - 2);
  QgsLayoutItemLabel *note = label(layout, fit(key, width - 1, 7), font(7), QRectF(mm.x() + 1, mm.bottom() - 5.5, width, 4.5), Qt::AlignHCenter | Qt::AlignVCenter,
                                   QColor(60, 60, 60), page);
  note->setBackgroundEnabled(true);
  note->setBackgroundColor(QColor(255, 255, 255, 230));
}

void townshipSection(QgsPrintLayout *layout, QgsProject *project, const StorePlaces &places, const Document &doc, const TownshipTransferList &t)
{
  addPage(layout);
  const int page = layout->pageCollection()->pageCount() - 1;
  footer(layout, page);
  label(layout, fit(doc.title, kWidth, 15, 1, true), font(15, true), QRectF(kLeft, 10, kWidth, 9), Qt::AlignHCenter | Qt::AlignVCenter, kRed, page);
  label(layout, fit(t.townshipName, kWidth, 13, 1, true), font(13, true), QRectF(kLeft, 20, kWidth, 7), Qt::AlignHCenter | Qt::AlignVCenter, QColor(Qt::black), page);
  label(layout, fit(doc.planLine, kWidth, 9), font(9), QRectF(kLeft, 27.5, kWidth, 5), Qt::AlignHCenter | Qt::AlignVCenter, QColor(Qt::black), page);
  rule(layout, 34, kLeft, kLeft + kWidth, kRed, 0.6, page);
  const qint64 unplaced = unplacedPeople(t);
  const QString totals = QCoreApplication::translate("onemap::TransferListPdf", "To move: %1 people in %2 groups; placed %3; not placed %4.")
                           .arg(t.people).arg(t.rows.size()).arg(t.placed).arg(unplaced);
  label(layout, fit(totals, kWidth, 10), font(10, unplaced > 0), QRectF(kLeft, 36, kWidth, 6), Qt::AlignLeft | Qt::AlignVCenter,
        unplaced > 0 ? kRed : QColor(Qt::black), page);
  townshipMap(layout, project, doc.storePath, places, t, page, QRectF(kLeft, 43, kWidth, 106));
  const double y = sectionHeading(layout, QCoreApplication::translate("onemap::TransferListPdf", "Transfer list of %1").arg(t.townshipName), page, 151);
  if (t.rows.isEmpty()) {
    label(layout, QCoreApplication::translate("onemap::TransferListPdf", "No one in this township is to be moved."), font(10), QRectF(kLeft + 7, y, kWidth - 7, 7),
          Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
    return;
  }
  placeTable(layout, listTable(t), page, y, QCoreApplication::translate("onemap::TransferListPdf", "%1 (continued) — %2").arg(doc.title, t.townshipName), doc.plan->name);
}

} // namespace

Status writeTransferListPdf(Store &store, const TransferPlan &plan, const QVector<TownshipTransferList> &townships, const QString &outPath, QgsFeedback *feedback)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(store.path(), 0);
  if (!project)
    return Status::failure(QCoreApplication::translate("onemap::TransferListPdf", "cannot draw the map layers of %1").arg(store.path()));
  project->setCrs(StoreMapLayers::gaussKrugerFor(NoticeMaps::base(project.get(), QStringLiteral("county"))->extent().center().x()));
  const StorePlaces places = StorePlaces::load(store);

  Document doc;
  doc.county = countyOf(store);
  doc.plan = &plan;
  doc.storePath = store.path();
  doc.title = QCoreApplication::translate("onemap::TransferListPdf", "%1 transfer list").arg(doc.county);
  doc.planLine = QCoreApplication::translate("onemap::TransferListPdf", "Plan: %1    Area: %2    Date: %3")
                   .arg(plan.name, plan.areaLabel.isEmpty() ? plan.areaRef : plan.areaLabel, plan.createdAt.left(10));
  auto layout = a4Portrait(project.get(), doc.title);
  summaryPage(layout.get(), doc, townships);
  for (int i = 0; i < townships.size(); ++i) {
    if (feedback) {
      if (feedback->isCanceled())
        return Status::failure(QCoreApplication::translate("onemap::TransferListPdf", "transfer list %1 not written: cancelled").arg(outPath));
      feedback->setProgress(90.0 * i / std::max(1, int(townships.size())));
    }
    townshipSection(layout.get(), project.get(), places, doc, townships[i]);
  }
  const Status written = writePdf(layout.get(), outPath);
  if (feedback)
    feedback->setProgress(100);
  return written;
}

} // namespace onemap
