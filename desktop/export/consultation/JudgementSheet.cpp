#include "JudgementSheet.h"

#include "JudgementData.h"
#include "export/impact/ImpactMap.h"
#include "export/impact/ImpactReport.h"
#include "export/impact/ImpactTables.h"
#include "export/impact/PluginImpactTables.h"
#include "export/notices/NoticeLayout.h"
#include "map/FieldLabels.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <cmath>

namespace onemap {

namespace {

// Threatened objects each hazard plugin lists on the sheet; the rest are in its impact report.
constexpr int kPluginRows = 15;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString heading(const QString &text) { return QStringLiteral("<h3 style=\"margin-top: 12px;\">%1</h3>").arg(esc(text)); }
QString note(const QString &text) { return QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(text)); }

//! A ruled table; rows in \a alarm are red, the last row bold when \a totalRow.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QSet<int> &alarm = {}, bool totalRow = false)
{
  QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse; border-color: #606060;\">"
                                "<thead><tr style=\"background-color: #e8e8e8;\">");
  for (const QString &h : headers)
    html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
  html += QStringLiteral("</tr></thead>");
  for (int r = 0; r < rows.size(); ++r) {
    QString style;
    if (alarm.contains(r))
      style += QStringLiteral("color: #c01010;");
    if (totalRow && r == rows.size() - 1)
      style += QStringLiteral("font-weight: bold;");
    html += style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (const QString &cell : rows[r])
      html += QStringLiteral("<td>%1</td>").arg(esc(cell));
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

QString teamStatus(const QString &code)
{
  if (code == QLatin1String("standby"))
    return QCoreApplication::translate("onemap::JudgementSheet", "standby");
  if (code == QLatin1String("deployed"))
    return QCoreApplication::translate("onemap::JudgementSheet", "deployed");
  return code;
}

QString taskStatus(const QString &code)
{
  if (code == QLatin1String("done"))
    return QCoreApplication::translate("onemap::JudgementSheet", "done");
  if (code == QLatin1String("open"))
    return QCoreApplication::translate("onemap::JudgementSheet", "open");
  return code;
}

} // namespace

Status writeJudgementSheet(Store &store, qint64 consultationId, const QString &outPath, const QDate &asOf)
{
  if (Status s = NoticeLayout::checkOutPath(outPath); !s)
    return s;
  Result<JudgementData> gathered = JudgementData::gather(store, consultationId, asOf);
  if (!gathered)
    return gathered.status();
  const JudgementData &d = gathered.value();
  const Consultation &c = d.meeting;

  const QString title = QCoreApplication::translate("onemap::JudgementSheet", "One-sheet judgement");
  QString html = QStringLiteral("<html><body>");
  html += QStringLiteral("<h1 align=\"center\" style=\"color: #c81010;\">%1</h1>")
            .arg(esc(QCoreApplication::translate("onemap::JudgementSheet", "%1 one-sheet judgement").arg(d.county)));
  html += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(c.title));
  html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("onemap::JudgementSheet", "Held on %1 at %2. Chair: %3. Attendees: %4.")
                                                .arg(c.heldOn, c.place, c.chair, c.attendees.join(QStringLiteral("、")))));
  html += QStringLiteral("<hr/>");

  // 1 Situation.
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "1. Situation: warnings in force"));
  if (d.warnings.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "No warning in force on %1.").arg(asOf.toString(Qt::ISODate)));
  } else {
    QList<QStringList> rows;
    for (const JudgementWarning &w : d.warnings)
      rows << QStringList {ImpactTables::level(w.level), FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), w.hazard), w.headline,
                           FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("stage"), w.stage), w.expires};
    html += table({QCoreApplication::translate("onemap::JudgementSheet", "Level"), QCoreApplication::translate("onemap::JudgementSheet", "Hazard"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Headline"), QCoreApplication::translate("onemap::JudgementSheet", "Stage"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Expires")},
                  rows);
  }

  // 2 Threatened objects by township: the board's count, then each hazard
  // plugin's own section and its most threatened objects.
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "2. Threatened objects by township"));
  for (const QString &error : d.impactErrors)
    html += note(error);
  QVector<Impact> impacts;
  for (const JudgementImpact &ji : d.impacts) {
    impacts << ji.impact;
    ImpactTable t = ImpactTables::townships(ji.impact);
    // Paper names the township; the code column is for machines.
    t.headers.removeFirst();
    for (QStringList &row : t.rows)
      row.removeFirst();
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(ji.impact.warning.headline));
    html += t.rows.size() <= 1 ? note(QCoreApplication::translate("onemap::JudgementSheet", "Nothing inside the warning's area."))
                               : table(t.headers, t.rows, {}, true);
    if (!ji.pluginParts.isEmpty())
      html += PluginImpactTables::html(ji.pluginParts, {}, kPluginRows);
  }
  if (d.impacts.isEmpty() && d.impactErrors.isEmpty())
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "None."));

  // The map: every warning's area over the county, the most severe on top.
  QImage map;
  if (!impacts.isEmpty()) {
    map = ImpactMap::render(impacts, store.path(), QSizeF(164, 80), 200);
    if (!map.isNull())
      html += QStringLiteral("<p><img src=\"%1\" width=\"620\"/></p>").arg(QLatin1String(ImpactReport::kMapResource));
  }

  // 3 Forces and materials, on a new page: the map above leaves too little
  // room, and a table row split over a page break loses its numbers.
  html += QStringLiteral("<div style=\"page-break-before: always;\"></div>");
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "3. Forces and materials at hand"));
  {
    QList<QStringList> rows;
    qint64 teams = 0, members = 0;
    for (const TeamCount &t : d.teams) {
      rows << QStringList {teamStatus(t.status), QString::number(t.teams), QString::number(t.members)};
      teams += t.teams;
      members += t.members;
    }
    rows << QStringList {QCoreApplication::translate("onemap::JudgementSheet", "Total"), QString::number(teams), QString::number(members)};
    html += table({QCoreApplication::translate("onemap::JudgementSheet", "Rescue teams"), QCoreApplication::translate("onemap::JudgementSheet", "Teams"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Members")},
                  rows, {}, true);
  }
  {
    QList<QStringList> rows;
    for (const MaterialSum &m : d.materials)
      rows << QStringList {m.item, QString::number(m.quantity, 'f', m.quantity == std::floor(m.quantity) ? 0 : 1), m.unit, QString::number(m.depots)};
    html += rows.isEmpty() ? note(QCoreApplication::translate("onemap::JudgementSheet", "No reserve materials recorded."))
                           : table({QCoreApplication::translate("onemap::JudgementSheet", "Material"), QCoreApplication::translate("onemap::JudgementSheet", "Quantity"),
                                    QCoreApplication::translate("onemap::JudgementSheet", "Unit"), QCoreApplication::translate("onemap::JudgementSheet", "Depots")},
                                   rows);
  }

  // 4 Decisions.
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "4. Decisions"));
  if (c.decisions.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "None."));
  } else {
    html += QStringLiteral("<ol>");
    for (const ConsultationDecision &dec : c.decisions)
      html += QStringLiteral("<li>%1</li>").arg(esc(dec.text));
    html += QStringLiteral("</ol>");
  }

  // 5 Tasks, overdue in red.
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "5. Tasks"));
  if (d.tasks.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "None."));
  } else {
    QList<QStringList> rows;
    QSet<int> overdue;
    for (const JudgementTask &jt : d.tasks) {
      const ConsultationTask &t = jt.task;
      if (jt.overdueDays > 0)
        overdue.insert(rows.size());
      rows << QStringList {QString::number(rows.size() + 1), t.task, t.owner, t.unit, t.deadline,
                           jt.overdueDays > 0 ? QCoreApplication::translate("onemap::JudgementSheet", "overdue %1 day(s)").arg(jt.overdueDays) : taskStatus(t.status)};
    }
    html += table({QCoreApplication::translate("onemap::JudgementSheet", "No."), QCoreApplication::translate("onemap::JudgementSheet", "Task"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Owner"), QCoreApplication::translate("onemap::JudgementSheet", "Unit"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Deadline"), QCoreApplication::translate("onemap::JudgementSheet", "Status")},
                  rows, overdue);
  }
  html += QStringLiteral("</body></html>");
  return ImpactReport::writeHtmlPdf(html, title + QStringLiteral(" — ") + c.title, map, outPath);
}

} // namespace onemap
