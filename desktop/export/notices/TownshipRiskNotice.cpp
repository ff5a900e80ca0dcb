#include "TownshipRiskNotice.h"

#include "NoticeData.h"
#include "NoticeLayout.h"
#include "NoticeMaps.h"
#include "map/FieldLabels.h"
#include "map/StoreMapLayers.h"

#include <QCoreApplication>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstablecell.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

using namespace NoticeLayout;

constexpr double kPoint = 8;
constexpr double kFirstTableTop = 158;
constexpr double kFurtherTableTop = 26;
constexpr double kTableBottom = 280;
constexpr double kFirstFrame = kTableBottom - kFirstTableTop;
constexpr double kFurtherFrame = kTableBottom - kFurtherTableTop;
// Rows under a header no taller than a row.
int rowsIn(double frameHeight, double row) { return std::max(1, static_cast<int>((frameHeight - 0.5) / row) - 1); }

const QList<double> kColumns {10, 30, 29, 17, 21, 12, 16, 22, 23}; // sums to 180 mm

QStringList headers()
{
  return {QCoreApplication::translate("onemap::TownshipRiskNotice", "No."),
          FieldLabels::field(QStringLiteral("code")),
          FieldLabels::field(QStringLiteral("name")),
          FieldLabels::field(QStringLiteral("hazard_type")),
          QCoreApplication::translate("onemap::TownshipRiskNotice", "Village"),
          QCoreApplication::translate("onemap::TownshipRiskNotice", "People"),
          FieldLabels::field(QStringLiteral("responsible_person")),
          FieldLabels::field(QStringLiteral("deadline")),
          FieldLabels::field(QStringLiteral("status"))};
}

QList<QStringList> itemRows(const TownshipNoticeData &data)
{
  const QString t = QStringLiteral("hidden_dangers");
  QList<QStringList> rows;
  int n = 0;
  for (const HiddenDanger &d : data.open) {
    QString status = FieldLabels::value(t, QStringLiteral("status"), d.status);
    if (d.supervised)
      status += QStringLiteral("·") + QCoreApplication::translate("onemap::TownshipRiskNotice", "supervised", "short, in a table cell");
    const QStringList texts {QString::number(++n),
                             d.code,
                             d.name,
                             FieldLabels::value(t, QStringLiteral("hazard_type"), d.hazardType),
                             data.villageNames.value(d.villageCode, d.villageCode),
                             QString::number(d.threatenedPeople),
                             d.responsiblePerson,
                             d.deadline,
                             status};
    QStringList fitted;
    for (int i = 0; i < texts.size(); ++i)
      fitted << fit(texts[i], kColumns[i] - 2.2, kPoint);
    rows << fitted;
  }
  return rows;
}

void markOverdue(QgsLayoutItemManualTable *table, const TownshipNoticeData &data)
{
  // Overdue rows: deadline in red bold, so they stand out on paper too.
  QgsTableContents contents = table->tableContents();
  for (int r = 0; r < contents.size() && r < data.open.size(); ++r)
    if (data.open[r].isOverdue(data.today))
      contents[r][7].setTextFormat(textFormat(kPoint, true, kRed));
  table->setTableContents(contents);
}

void addMap(QgsPrintLayout *layout, QgsProject *project, const TownshipNoticeData &data, const QString &storePath, const QRectF &mm)
{
  QList<qint64> ids, late;
  for (const HiddenDanger &d : data.open) {
    ids << d.id;
    if (d.isOverdue(data.today))
      late << d.id;
  }
  QgsVectorLayer *dangers = NoticeMaps::addDangers(project, storePath, ids);
  QgsVectorLayer *overdue = NoticeMaps::addHighlight(project, storePath, late);
  QgsVectorLayer *outline = NoticeMaps::addOutline(project, storePath, data.township.id);
  QgsRectangle extent = NoticeMaps::extentOf(project, outline);
  extent.scale(1.06);
  NoticeMaps::frame(layout, mm,
                    {overdue, dangers, outline, NoticeMaps::base(project, QStringLiteral("roads")), NoticeMaps::base(project, QStringLiteral("rivers")),
                     NoticeMaps::base(project, QStringLiteral("villages")), NoticeMaps::base(project, QStringLiteral("townships")),
                     NoticeMaps::base(project, QStringLiteral("county"))},
                    extent);
  const QString key = QCoreApplication::translate("onemap::TownshipRiskNotice", "Red ring: overdue.  Red dashed line: township boundary.");
  QgsLayoutItemLabel *note = label(layout, key, font(7.5), QRectF(mm.x() + 1, mm.bottom() - 5.5, textWidthMm(key, 7.5) + 3, 4.5),
                                   Qt::AlignHCenter | Qt::AlignVCenter, QColor(60, 60, 60));
  note->setBackgroundEnabled(true);
  note->setBackgroundColor(QColor(255, 255, 255, 230));
}

void pageFooter(QgsPrintLayout *layout, int page)
{
  label(layout, QCoreApplication::translate("onemap::TownshipRiskNotice", "Page %1 of %2").arg(QStringLiteral("[% @layout_page %]"), QStringLiteral("[% @layout_numpages %]")), font(8),
        QRectF(kLeft, 284, kWidth, 5), Qt::AlignHCenter | Qt::AlignVCenter, QColor(90, 90, 90), page);
}

} // namespace

Status TownshipRiskNotice::exportTo(const NoticeRequest &request)
{
  if (Status s = checkOutPath(request.outPath); !s)
    return s;
  const QDate today = request.date.isValid() ? request.date : QDate::currentDate();
  auto loaded = NoticeData::township(request.storePath, request.code, today);
  if (!loaded)
    return loaded.status();
  const TownshipNoticeData &data = loaded.value();
  // Centre longitude of the township for the projection: from any open item, else the county's.
  double lon = data.open.isEmpty() ? 0 : data.open.first().location.lon;
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(request.storePath, lon);
  if (project && lon == 0) {
    const QgsRectangle county = NoticeMaps::base(project.get(), QStringLiteral("county"))->extent();
    project->setCrs(StoreMapLayers::gaussKrugerFor(county.center().x()));
  }
  if (!project)
    return Status::failure(QCoreApplication::translate("onemap::TownshipRiskNotice", "cannot draw the map layers of %1").arg(request.storePath));
  const QString county = data.countyName.isEmpty() ? QCoreApplication::translate("onemap::TownshipRiskNotice", "Sample County") : data.countyName;
  auto layout = a4Portrait(project.get(), QCoreApplication::translate("onemap::TownshipRiskNotice", "Risk reminder notice %1").arg(data.township.name));
  QgsPrintLayout *l = layout.get();

  const QString fullTitle = QCoreApplication::translate("onemap::TownshipRiskNotice", "%1 risk reminder notice").arg(county);
  const double titleSize = fittingSize(fullTitle, kWidth, 19, 14, true);
  const QString title = fit(fullTitle, kWidth, titleSize, 1, true);
  const QString number = QCoreApplication::translate("onemap::TownshipRiskNotice", "[%1] Risk reminder No. %2").arg(today.year()).arg(data.township.code.mid(6, 3).toInt());
  const QString issuer = QCoreApplication::translate("onemap::TownshipRiskNotice", "%1 Emergency Management Bureau").arg(county);
  label(l, title, font(titleSize, true), QRectF(kLeft, 11, kWidth, 12), Qt::AlignHCenter | Qt::AlignVCenter, kRed);
  label(l, number, font(10.5), QRectF(kLeft, 24, 60, 6));
  label(l, fit(issuer + QStringLiteral("  ") + today.toString(QCoreApplication::translate("onemap::TownshipRiskNotice", "yyyy-MM-dd", "date of issue")), kWidth - 60, 10.5), font(10.5),
        QRectF(kLeft + 60, 24, kWidth - 60, 6), Qt::AlignRight | Qt::AlignVCenter);
  rule(l, 32, kLeft, kLeft + kWidth, kRed, 0.7);

  label(l, fit(QCoreApplication::translate("onemap::TownshipRiskNotice", "%1 People's Government:").arg(data.township.name), kWidth, 12, 1, true), font(12, true), QRectF(kLeft, 35, kWidth, 7));
  const int openCount = static_cast<int>(data.open.size());
  const QString body = QCoreApplication::translate("onemap::TownshipRiskNotice", "As of %1, %n hidden danger(s) in your township are not yet signed off; %2 are past their deadline, %3 are "
                          "listed for supervision and %4 people are threatened. Check each item below, press on with the "
                          "rectification, keep monitoring and patrols in place and report progress to this bureau.",
                          nullptr, openCount)
                         .arg(today.toString(Qt::ISODate))
                         .arg(data.overdueCount())
                         .arg(data.supervisedCount())
                         .arg(data.threatenedPeople());
  label(l, fit(body, kWidth - 7, 10.5, 3), font(10.5), QRectF(kLeft + 7, 43, kWidth - 7, 17), Qt::AlignLeft | Qt::AlignTop);

  // Summary counts as one ruled row.
  QgsLayoutItemManualTable *summary =
    table(l, {{QString::number(data.open.size()), QString::number(data.overdueCount()), QString::number(data.supervisedCount()),
               QString::number(data.threatenedPeople())}},
          {QCoreApplication::translate("onemap::TownshipRiskNotice", "Open items"), QCoreApplication::translate("onemap::TownshipRiskNotice", "Overdue"), QCoreApplication::translate("onemap::TownshipRiskNotice", "Listed for supervision"), QCoreApplication::translate("onemap::TownshipRiskNotice", "Threatened people")}, {45, 45, 45, 45}, 10,
          QRectF(kLeft, 61, kWidth, 0));
  const double mapTop = bottomOf(summary) + 3;

  addMap(l, project.get(), data, request.storePath, QRectF(kLeft, mapTop, kWidth, 150 - mapTop));

  label(l, QCoreApplication::translate("onemap::TownshipRiskNotice", "Open hidden dangers, overdue first, then by people threatened"), font(10.5, true), QRectF(kLeft, 151.5, kWidth, 6));
  const QList<QStringList> rows = itemRows(data);
  QgsLayoutItemManualTable *items = table(l, rows, headers(), kColumns, kPoint, QRectF(kLeft, kFirstTableTop, kWidth, kFirstFrame));
  if (rows.isEmpty())
    label(l, QCoreApplication::translate("onemap::TownshipRiskNotice", "No open hidden dangers."), font(10), QRectF(kLeft + 7, kFirstTableTop, kWidth - 7, 7));
  markOverdue(items, data);
  pageFooter(l, 0);

  // Further pages: a continued heading, the table's next frame, the footer.
  // Rows are one line each (shortened to fit) of a known height.
  const double row = rowHeight(kPoint);
  int left = static_cast<int>(rows.size()) - rowsIn(kFirstFrame, row);
  for (int page = 1; left > 0; ++page, left -= rowsIn(kFurtherFrame, row)) {
    addPage(l);
    label(l, fit(QCoreApplication::translate("onemap::TownshipRiskNotice", "%1 (continued) — %2").arg(title, data.township.name), kWidth, 11, 1, true), font(11, true),
          QRectF(kLeft, 12, kWidth, 7), Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
    label(l, number, font(9.5), QRectF(kLeft, 12, kWidth, 7), Qt::AlignRight | Qt::AlignVCenter, QColor(Qt::black), page);
    rule(l, 21, kLeft, kLeft + kWidth, kRed, 0.5, page);
    addFrame(items, QRectF(kLeft, kFurtherTableTop, kWidth, kTableBottom - kFurtherTableTop), page);
    pageFooter(l, page);
  }
  // Should QGIS need more room than counted, it adds pages rather than drop rows.
  items->setResizeMode(QgsLayoutMultiFrame::RepeatUntilFinished);

  return writePdf(l, request.outPath);
}

} // namespace onemap
