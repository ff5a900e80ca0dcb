#include "CallSheetPdf.h"

#include "export/notices/NoticeLayout.h"
#include "map/FieldLabels.h"
#include "map/LayerStyles.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <qgslayoutframe.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

namespace onemap {

namespace {

using namespace NoticeLayout;

// A4 landscape, mm.
constexpr double kPageW = 297;
constexpr double kLeftX = 15;
constexpr double kTextW = kPageW - 2 * kLeftX;
constexpr double kPoint = 8;
constexpr double kFirstTop = 44;
constexpr double kFurtherTop = 22;
constexpr double kBottom = 194;
constexpr double kFooterY = 199;
const QColor kOverdueFill(255, 232, 232);
const QColor kGrey(90, 90, 90);

// No., township, village, person, role, phone, called, answered, answered by, note: 267 mm.
const QList<double> kColumns {9, 26, 34, 20, 28, 27, 23, 42, 24, 34};

int rowsIn(double frameHeight, double row) { return std::max(1, static_cast<int>((frameHeight - 0.5) / row) - 1); }

QStringList headers()
{
  return {QCoreApplication::translate("onemap::CallSheetPdf", "No."), QCoreApplication::translate("onemap::CallSheetPdf", "Township"), QCoreApplication::translate("onemap::CallSheetPdf", "Village (community)"), QCoreApplication::translate("onemap::CallSheetPdf", "Responsible person"), QCoreApplication::translate("onemap::CallSheetPdf", "Role"), QCoreApplication::translate("onemap::CallSheetPdf", "Phone"),
          QCoreApplication::translate("onemap::CallSheetPdf", "Called at"), QCoreApplication::translate("onemap::CallSheetPdf", "Answered at"), QCoreApplication::translate("onemap::CallSheetPdf", "Answered by"), QCoreApplication::translate("onemap::CallSheetPdf", "Note")};
}

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }

QString answerText(const CallRow &r)
{
  if (r.call.answered())
    return CallList::shortTime(r.call.answeredAt);
  if (r.overdue)
    return QCoreApplication::translate("onemap::CallSheetPdf", "No answer, +%n min", "a call past its answer limit", static_cast<int>(r.overdueMinutes));
  return QStringLiteral("—");
}

// The township is named on the first row of its group and again at the top of each frame.
QList<QStringList> callRows(const CallSheet &sheet, const QVector<int> &frameStarts)
{
  QList<QStringList> rows;
  for (int i = 0; i < sheet.rows.size(); ++i) {
    const CallRow &r = sheet.rows[i];
    const bool showTownship = i == 0 || sheet.rows[i - 1].townshipCode != r.townshipCode || frameStarts.contains(i);
    const bool village = r.unitLevel != QLatin1String("township");
    const QStringList texts {QString::number(i + 1),
                             showTownship ? r.townshipName : QString(),
                             village ? r.unitName : QCoreApplication::translate("onemap::CallSheetPdf", "(township)"),
                             r.call.personName,
                             FieldLabels::value(QStringLiteral("responsible_persons"), QStringLiteral("role"), r.call.role),
                             r.call.phone,
                             orDash(CallList::shortTime(r.call.calledAt)),
                             answerText(r),
                             r.call.answeredBy,
                             r.call.note};
    QStringList fitted;
    for (int c = 0; c < texts.size(); ++c)
      fitted << fit(texts[c], kColumns[c] - 2.2, kPoint, 1, r.overdue && (c == 3 || c == 7));
    rows << fitted;
  }
  return rows;
}

// Calls past their limit: the whole row red on pink, the person and the answer in bold.
void markOverdue(QgsLayoutItemManualTable *table, const CallSheet &sheet)
{
  QgsTableContents contents = table->tableContents();
  for (int r = 0; r < contents.size() && r < sheet.rows.size(); ++r) {
    if (!sheet.rows[r].overdue)
      continue;
    for (int c = 0; c < contents[r].size(); ++c) {
      contents[r][c].setTextFormat(textFormat(kPoint, c == 3 || c == 7, kRed));
      contents[r][c].setBackgroundColor(kOverdueFill);
    }
  }
  table->setTableContents(contents);
}

QList<QStringList> tallyRows(const CallSheet &sheet)
{
  QList<QStringList> rows;
  QVector<CallTally> all = sheet.townships;
  all << sheet.total;
  for (int i = 0; i < all.size(); ++i) {
    const CallTally &t = all[i];
    const bool total = i + 1 == all.size();
    rows << QStringList {fit(total ? QCoreApplication::translate("onemap::CallSheetPdf", "Total") : t.townshipName, 58, kPoint), QString::number(t.calls),
                         QStringLiteral("%1/%2").arg(t.called).arg(t.calls), QStringLiteral("%1/%2").arg(t.answered).arg(t.calls),
                         QString::number(t.overdue)};
  }
  return rows;
}

void pageFooter(QgsPrintLayout *layout, int page)
{
  label(layout, QCoreApplication::translate("onemap::CallSheetPdf", "Page %1 of %2").arg(QStringLiteral("[% @layout_page %]"), QStringLiteral("[% @layout_numpages %]")), font(8),
        QRectF(kLeftX, kFooterY, kTextW, 5), Qt::AlignHCenter | Qt::AlignVCenter, kGrey, page);
}

double addLandscapePage(QgsLayout *layout)
{
  auto *page = new QgsLayoutItemPage(layout);
  page->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Landscape);
  layout->pageCollection()->addPage(page);
  return page->pos().y();
}

} // namespace

Status CallSheetPdf::write(const CallSheet &sheet, const QString &countyName, const QString &outPath)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  const Warning &w = sheet.warning;
  const QString county = countyName.isEmpty() ? QCoreApplication::translate("onemap::CallSheetPdf", "Sample County") : countyName;
  QgsProject project;
  auto layout = std::make_unique<QgsPrintLayout>(&project);
  layout->initializeDefaults();
  layout->setName(QCoreApplication::translate("onemap::CallSheetPdf", "Call-and-answer record %1").arg(w.identifier));
  layout->pageCollection()->page(0)->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Landscape);
  QgsPrintLayout *l = layout.get();

  // Heading: red title and rule, then the warning as it was issued.
  const QString title = QCoreApplication::translate("onemap::CallSheetPdf", "%1 warning call-and-answer record").arg(county);
  const double titleSize = fittingSize(title, kTextW, 18, 13, true);
  label(l, fit(title, kTextW, titleSize, 1, true), font(titleSize, true), QRectF(kLeftX, 9, kTextW, 11), Qt::AlignHCenter | Qt::AlignVCenter, kRed);
  const QString level = FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("level"), w.level);
  const double levelWidth = textWidthMm(level, 11, true) + 4;
  label(l, fit(orDash(w.headline), kTextW - levelWidth - 4, 11, 1, true), font(11, true), QRectF(kLeftX, 21, kTextW - levelWidth - 4, 6));
  label(l, level, font(11, true), QRectF(kLeftX + kTextW - levelWidth, 21, levelWidth, 6), Qt::AlignRight | Qt::AlignVCenter,
        LayerStyles::warningColour(w.level).darker(w.level == QLatin1String("yellow") ? 140 : 100));
  const QString facts = QCoreApplication::translate("onemap::CallSheetPdf", "Sent %1 by %2 · %3 · warning %4 (%5)")
                          .arg(CallList::shortTime(w.sent), orDash(w.issuer), FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), w.hazard),
                               QString::number(w.id), w.identifier);
  label(l, fit(facts, kTextW, 9), font(9), QRectF(kLeftX, 27.5, kTextW, 5), Qt::AlignLeft | Qt::AlignVCenter, kGrey);
  const CallTally &t = sheet.total;
  const QString status = QCoreApplication::translate("onemap::CallSheetPdf", "As of %1, answer limit %2 min: %3 calls, %4 called, %5 answered, %6 without answer past the limit.")
                           .arg(sheet.now.toOffsetFromUtc(CallList::kCountyOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(sheet.minutes).arg(t.calls).arg(t.called).arg(t.answered).arg(t.overdue);
  label(l, fit(status, kTextW, 9.5, 1, t.overdue > 0), font(9.5, t.overdue > 0), QRectF(kLeftX, 33, kTextW, 5.5), Qt::AlignLeft | Qt::AlignVCenter,
        t.overdue > 0 ? kRed : QColor(Qt::black));
  rule(l, 40.5, kLeftX, kLeftX + kTextW, kRed, 0.6);

  // Which rows open a frame: the first frame is shorter than the following ones.
  const double row = rowHeight(kPoint);
  const int firstRows = rowsIn(kBottom - kFirstTop, row);
  const int furtherRows = rowsIn(kBottom - kFurtherTop, row);
  QVector<int> frameStarts {0};
  for (int start = firstRows; start < sheet.rows.size(); start += furtherRows)
    frameStarts << start;

  const QList<QStringList> rows = callRows(sheet, frameStarts);
  // Frames exactly as tall as the rows counted for them (the header is lower
  // than a row), so QGIS breaks the table where the township names expect it.
  const auto frameHeight = [row](int n) { return (n + 1) * row + 0.3; };
  QgsLayoutItemManualTable *calls = table(l, rows, headers(), kColumns, kPoint, QRectF(kLeftX, kFirstTop, kTextW, frameHeight(firstRows)));
  markOverdue(calls, sheet);
  pageFooter(l, 0);
  if (rows.isEmpty())
    label(l, QCoreApplication::translate("onemap::CallSheetPdf", "No responsible person is registered for the townships and villages this warning covers."), font(10),
          QRectF(kLeftX + 7, kFirstTop, kTextW - 7, 7));
  int page = 0;
  for (int f = 1; f < frameStarts.size(); ++f) {
    page = f;
    addLandscapePage(l);
    label(l, fit(QCoreApplication::translate("onemap::CallSheetPdf", "%1 (continued) — %2").arg(title, w.headline), kTextW, 10.5, 1, true), font(10.5, true), QRectF(kLeftX, 10, kTextW, 7),
          Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
    rule(l, 18.5, kLeftX, kLeftX + kTextW, kRed, 0.4, page);
    addFrame(calls, QRectF(kLeftX, kFurtherTop, kTextW, frameHeight(furtherRows)), page);
    pageFooter(l, page);
  }

  // Counts by township under the last frame's rows, or on a page of their own.
  const int lastRows = rows.isEmpty() ? 1 : static_cast<int>(rows.size()) - frameStarts.last();
  double y = (page == 0 ? kFirstTop : kFurtherTop) + (lastRows + 1) * row + 6;
  const QList<QStringList> tallies = tallyRows(sheet);
  const double needed = 7 + (tallies.size() + 1) * row + 16;
  if (y + needed > kBottom) {
    ++page;
    addLandscapePage(l);
    pageFooter(l, page);
    y = 12;
  }
  label(l, QCoreApplication::translate("onemap::CallSheetPdf", "Calls by township"), font(10.5, true), QRectF(kLeftX, y, kTextW, 6), Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);
  const double top = l->pageCollection()->page(page)->pos().y();
  QgsLayoutItemManualTable *summary = table(l, tallies,
                                            {QCoreApplication::translate("onemap::CallSheetPdf", "Township"), QCoreApplication::translate("onemap::CallSheetPdf", "Calls"), QCoreApplication::translate("onemap::CallSheetPdf", "Called"), QCoreApplication::translate("onemap::CallSheetPdf", "Answered"), QCoreApplication::translate("onemap::CallSheetPdf", "No answer past %1 min").arg(sheet.minutes)},
                                            {60, 25, 30, 30, 45}, kPoint, QRectF(kLeftX, top + y + 7, 190, 0));
  QgsTableContents contents = summary->tableContents();
  for (int r = 0; r < contents.size(); ++r) {
    const bool total = r + 1 == contents.size();
    for (int c = 0; c < contents[r].size(); ++c)
      contents[r][c].setTextFormat(textFormat(kPoint, total, c == 4 && contents[r][c].content().toInt() > 0 ? kRed : QColor(Qt::black)));
  }
  summary->setTableContents(contents);
  const double signY = y + 7 + (tallies.size() + 1) * row + 5;
  label(l, QCoreApplication::translate("onemap::CallSheetPdf", "Duty officer (signature): ______________    Checked by: ______________    Date: ______________"), font(10),
        QRectF(kLeftX, signY, kTextW, 7), Qt::AlignLeft | Qt::AlignVCenter, QColor(Qt::black), page);

  // Should QGIS need more room than counted, it adds pages rather than drop rows.
  calls->setResizeMode(QgsLayoutMultiFrame::RepeatUntilFinished);
  return writePdf(l, outPath);
}

Status CallSheetPdf::exportFor(Store &store, qint64 warningId, const QDateTime &now, int minutes, const QString &outPath, const QString &actor)
{
  if (Status s = checkOutPath(outPath); !s)
    return s;
  CallList list(store);
  if (Result<int> prepared = list.prepare(warningId, actor); !prepared)
    return prepared.status();
  Result<CallSheet> sheet = list.sheet(warningId, now, minutes);
  if (!sheet)
    return sheet.status();
  return write(sheet.value(), store.meta(QStringLiteral("county_name")), outPath);
}

} // namespace onemap
