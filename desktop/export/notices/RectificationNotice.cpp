#include "RectificationNotice.h"

#include "NoticeData.h"
#include "NoticeLayout.h"
#include "NoticeMaps.h"
#include "map/FieldLabels.h"

#include <QCoreApplication>
#include <qgscoordinatetransform.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapoverview.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {

using namespace NoticeLayout;

constexpr double kTableWidth = 100;
constexpr double kLabelColumn = 34;
constexpr double kFactsPoint = 10;
constexpr int kMaxSteps = 6;

QString orDash(const QString &text) { return text.trimmed().isEmpty() ? QStringLiteral("—") : text; }

QString stepLabel(const QString &step)
{
  if (step == QLatin1String("reopened"))
    return QCoreApplication::translate("onemap::RectificationNotice", "Reopened");
  return FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("status"), step);
}

QList<QStringList> factRows(const DangerNoticeData &data)
{
  const HiddenDanger &d = data.danger;
  const QString t = QStringLiteral("hidden_dangers");
  const double valueWidth = kTableWidth - kLabelColumn - 2;
  QString place = data.township.name + QLatin1Char(' ') + data.village.name;
  if (place.trimmed().isEmpty())
    place = d.villageCode;
  QString person = d.responsiblePerson;
  if (!d.phone.isEmpty())
    person += QStringLiteral("  ") + d.phone;
  const QList<QPair<QString, QString>> facts {
    {FieldLabels::field(QStringLiteral("code")), d.code},
    {FieldLabels::field(QStringLiteral("name")), d.name},
    {FieldLabels::field(QStringLiteral("hazard_type")), FieldLabels::value(t, QStringLiteral("hazard_type"), d.hazardType)},
    {FieldLabels::field(QStringLiteral("scale")), d.scale.isEmpty() ? QString() : FieldLabels::value(t, QStringLiteral("scale"), d.scale)},
    {QCoreApplication::translate("onemap::RectificationNotice", "Location"), place},
    {QCoreApplication::translate("onemap::RectificationNotice", "Longitude, latitude"), QStringLiteral("%1°E, %2°N").arg(d.location.lon, 0, 'f', 6).arg(d.location.lat, 0, 'f', 6)},
    {FieldLabels::field(QStringLiteral("threatened_people")), QString::number(d.threatenedPeople)},
    {FieldLabels::field(QStringLiteral("threatened_households")), QString::number(d.threatenedHouseholds)},
    {FieldLabels::field(QStringLiteral("threatened_property")), QString::number(d.threatenedProperty, 'f', 1)},
    {FieldLabels::field(QStringLiteral("monitor_person")), d.monitorPerson},
    {FieldLabels::field(QStringLiteral("responsible_person")), person},
    {FieldLabels::field(QStringLiteral("status")), FieldLabels::value(t, QStringLiteral("status"), d.status)},
    {FieldLabels::field(QStringLiteral("supervised")), FieldLabels::value(t, QStringLiteral("supervised"), d.supervised ? QStringLiteral("1") : QStringLiteral("0"))},
  };
  QList<QStringList> rows;
  for (const auto &f : facts)
    rows << QStringList {fit(f.first, kLabelColumn - 2, kFactsPoint), fit(orDash(f.second), valueWidth, kFactsPoint)};
  return rows;
}

void addLocatorMaps(QgsPrintLayout *layout, QgsProject *project, const DangerNoticeData &data, const QString &storePath, const QRectF &mm)
{
  QgsVectorLayer *highlight = NoticeMaps::addHighlight(project, storePath, {data.danger.id});
  QgsVectorLayer *dangers = NoticeMaps::addDangers(project, storePath, {data.danger.id});
  QgsVectorLayer *outline = data.village.id ? NoticeMaps::addOutline(project, storePath, data.village.id) : nullptr;
  QgsVectorLayer *villages = NoticeMaps::base(project, QStringLiteral("villages"));
  QgsVectorLayer *townships = NoticeMaps::base(project, QStringLiteral("townships"));
  QgsVectorLayer *county = NoticeMaps::base(project, QStringLiteral("county"));

  // The village around the point, at least 1.5 km each way, point in the middle.
  QgsPointXY centre(data.danger.location.lon, data.danger.location.lat);
  try {
    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), project->crs(), project->transformContext())
               .transform(centre);
  } catch (const QgsCsException &) {
    centre = NoticeMaps::extentOf(project, highlight).center();
  }
  double half = 1500;
  const QgsRectangle village = NoticeMaps::extentOf(project, outline);
  if (!village.isEmpty())
    half = std::max({half, centre.x() - village.xMinimum(), village.xMaximum() - centre.x(), centre.y() - village.yMinimum(),
                     village.yMaximum() - centre.y()});
  half *= 1.1;
  const QgsRectangle extent(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half);
  QgsLayoutItemMap *locator = NoticeMaps::frame(layout, mm,
                                                {highlight, dangers, outline, NoticeMaps::base(project, QStringLiteral("roads")),
                                                 NoticeMaps::base(project, QStringLiteral("rivers")), villages, townships, county},
                                                extent);

  // Overview inset in the corner: the whole county, the locator's extent boxed.
  const double inset = std::min(mm.width(), mm.height()) * 0.36;
  QgsRectangle countyExtent = NoticeMaps::extentOf(project, county);
  countyExtent.scale(1.08);
  QgsVectorLayer *plainTownships = NoticeMaps::addPlain(project, storePath, QStringLiteral("townships"));
  QgsLayoutItemMap *overview = NoticeMaps::frame(layout, QRectF(mm.right() - inset, mm.bottom() - inset, inset, inset),
                                                 {highlight, plainTownships ? plainTownships : townships, county}, countyExtent);
  overview->setBackgroundColor(Qt::white);
  auto *box = new QgsLayoutItemMapOverview(QStringLiteral("locator"), overview);
  box->setLinkedMap(locator);
  overview->overviews()->addOverview(box);
}

QList<QStringList> stepRows(const DangerNoticeData &data, int *omitted)
{
  const QVector<DangerStep> &steps = data.steps;
  const int first = std::max(0, static_cast<int>(steps.size()) - kMaxSteps);
  *omitted = first;
  QList<QStringList> rows;
  for (int i = first; i < steps.size(); ++i) {
    const DangerStep &s = steps[i];
    rows << QStringList {fit(s.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), 28, 8.5), fit(stepLabel(s.step), 22, 8.5),
                         fit(s.actor, 38, 8.5), fit(orDash(s.note), kWidth - 96, 8.5)};
  }
  return rows;
}

} // namespace

Status RectificationNotice::exportTo(const NoticeRequest &request)
{
  if (Status s = checkOutPath(request.outPath); !s)
    return s;
  const QDate today = request.date.isValid() ? request.date : QDate::currentDate();
  auto loaded = NoticeData::danger(request.storePath, request.code, today);
  if (!loaded)
    return loaded.status();
  const DangerNoticeData &data = loaded.value();
  const HiddenDanger &d = data.danger;
  std::unique_ptr<QgsProject> project = NoticeMaps::baseProject(request.storePath, d.location.lon);
  if (!project)
    return Status::failure(QCoreApplication::translate("onemap::RectificationNotice", "cannot draw the map layers of %1").arg(request.storePath));
  const QString county = data.countyName.isEmpty() ? QCoreApplication::translate("onemap::RectificationNotice", "Sample County") : data.countyName;
  auto layout = a4Portrait(project.get(), QCoreApplication::translate("onemap::RectificationNotice", "Rectification supervision notice %1").arg(d.code));
  QgsPrintLayout *l = layout.get();

  // Heading: red title, number, red rule (the form of an official notice).
  const QString title = QCoreApplication::translate("onemap::RectificationNotice", "%1 hidden-danger rectification supervision notice").arg(county);
  const double titleSize = fittingSize(title, kWidth, 19, 14, true);
  label(l, fit(title, kWidth, titleSize, 1, true), font(titleSize, true),
        QRectF(kLeft, 11, kWidth, 12), Qt::AlignHCenter | Qt::AlignVCenter, kRed);
  label(l, QCoreApplication::translate("onemap::RectificationNotice", "[%1] No. %2").arg(today.year()).arg(NoticeData::serialOf(d.code, d.id)), font(11), QRectF(kLeft, 24, kWidth, 6),
        Qt::AlignHCenter | Qt::AlignVCenter);
  rule(l, 32, kLeft, kLeft + kWidth, kRed, 0.7);

  const QString addressee = d.responsibleUnit.isEmpty() ? data.township.name : d.responsibleUnit;
  label(l, fit(QCoreApplication::translate("onemap::RectificationNotice", "%1:").arg(orDash(addressee)), kWidth, 12, 1, true), font(12, true), QRectF(kLeft, 35, kWidth, 7));
  QString body;
  if (d.status == QLatin1String("signed_off")) {
    body = QCoreApplication::translate("onemap::RectificationNotice", "The hidden danger below, for which your unit is responsible, has been signed off. This sheet records its facts and steps.");
  } else {
    body = QCoreApplication::translate("onemap::RectificationNotice", "The hidden danger below, for which your unit is responsible, has not yet been rectified and signed off.");
    if (d.supervised)
      body += QCoreApplication::translate("onemap::RectificationNotice", " It is listed for supervision by this bureau.");
    body += QCoreApplication::translate("onemap::RectificationNotice", " Carry out the rectification measures, finish by the deadline and report the result to this bureau in writing; keep "
               "monitoring and warning in place until it is signed off.");
  }
  label(l, fit(body, kWidth - 7, 10.5, 3), font(10.5), QRectF(kLeft + 7, 43, kWidth - 7, 17), Qt::AlignLeft | Qt::AlignTop);

  // Facts on the left, the place on the right.
  const double factsTop = 61;
  const QList<QStringList> facts = factRows(data);
  QgsLayoutItemManualTable *factsTable =
    table(l, facts, {}, {kLabelColumn, kTableWidth - kLabelColumn}, kFactsPoint, QRectF(kLeft, factsTop, kTableWidth, 0));
  const double factsBottom = bottomOf(factsTable);
  const double mapLeft = kLeft + kTableWidth + 4;
  const QRectF mapRect(mapLeft, factsTop, kLeft + kWidth - mapLeft, factsBottom - factsTop);
  addLocatorMaps(l, project.get(), data, request.storePath, mapRect);
  double y = factsBottom + 4;

  label(l, QCoreApplication::translate("onemap::RectificationNotice", "Rectification measures"), font(10.5, true), QRectF(kLeft, y, kWidth, 6));
  label(l, fit(orDash(d.measures), kWidth - 7, 10, 3), font(10), QRectF(kLeft + 7, y + 6.5, kWidth - 7, 16), Qt::AlignLeft | Qt::AlignTop);
  y += 23;

  const int late = data.overdueDays();
  QString deadline = QCoreApplication::translate("onemap::RectificationNotice", "Deadline for rectification: %1").arg(orDash(d.deadline));
  if (late > 0)
    deadline += QStringLiteral("  ") + QCoreApplication::translate("onemap::RectificationNotice", "(overdue by %n day(s))", nullptr, late);
  label(l, deadline, font(10.5, true), QRectF(kLeft, y, kWidth, 6.5), Qt::AlignLeft | Qt::AlignVCenter, late > 0 ? kRed : QColor(Qt::black));
  y += 9;

  int omitted = 0;
  const QList<QStringList> steps = stepRows(data, &omitted);
  QString history = QCoreApplication::translate("onemap::RectificationNotice", "Steps so far");
  if (omitted > 0)
    history += QStringLiteral("  ") + QCoreApplication::translate("onemap::RectificationNotice", "(latest %1; %2 earlier steps not shown)").arg(steps.size()).arg(omitted);
  label(l, history, font(10.5, true), QRectF(kLeft, y, kWidth, 6));
  y += 7;
  if (steps.isEmpty())
    label(l, QCoreApplication::translate("onemap::RectificationNotice", "No steps recorded yet."), font(9.5), QRectF(kLeft + 7, y, kWidth - 7, 6), Qt::AlignLeft | Qt::AlignVCenter, QColor(90, 90, 90));
  else
    table(l, steps, {QCoreApplication::translate("onemap::RectificationNotice", "Time"), QCoreApplication::translate("onemap::RectificationNotice", "Step"), QCoreApplication::translate("onemap::RectificationNotice", "By"), QCoreApplication::translate("onemap::RectificationNotice", "Note")}, {30, 24, 40, kWidth - 94}, 8.5, QRectF(kLeft, y, kWidth, 0));

  // Signature block: receipt on the left, issuing bureau and date on the right.
  const double signTop = 250;
  label(l, QCoreApplication::translate("onemap::RectificationNotice", "Received by: ____________"), font(10), QRectF(kLeft, signTop + 8, 80, 6));
  label(l, QCoreApplication::translate("onemap::RectificationNotice", "Date received: ____________"), font(10), QRectF(kLeft, signTop + 16, 80, 6));
  label(l, fit(QCoreApplication::translate("onemap::RectificationNotice", "%1 Emergency Management Bureau").arg(county), 115, 11.5, 1, true), font(11.5, true),
        QRectF(kLeft + kWidth - 115, signTop + 4, 115, 7), Qt::AlignRight | Qt::AlignVCenter);
  label(l, QCoreApplication::translate("onemap::RectificationNotice", "(seal)"), font(9), QRectF(kLeft + kWidth - 95, signTop + 11, 95, 5), Qt::AlignRight | Qt::AlignVCenter, QColor(110, 110, 110));
  label(l, today.toString(QCoreApplication::translate("onemap::RectificationNotice", "yyyy-MM-dd", "date of issue")), font(11), QRectF(kLeft + kWidth - 95, signTop + 17, 95, 6),
        Qt::AlignRight | Qt::AlignVCenter);

  rule(l, 278, kLeft, kLeft + kWidth, QColor(120, 120, 120), 0.3);
  QString copyTo = data.township.name.isEmpty() ? QString() : QCoreApplication::translate("onemap::RectificationNotice", "Copy to: %1 People's Government.").arg(data.township.name) + QLatin1Char(' ');
  label(l, fit(copyTo + QCoreApplication::translate("onemap::RectificationNotice", "Generated from the %1 situation store.").arg(county), kWidth, 8), font(8), QRectF(kLeft, 279.5, kWidth, 5),
        Qt::AlignLeft | Qt::AlignVCenter, QColor(90, 90, 90));

  return writePdf(l, request.outPath);
}

} // namespace onemap
