#include "JudgementSheet.h"

#include "consultation/Consultations.h"
#include "export/impact/ImpactMap.h"
#include "export/impact/ImpactReport.h"
#include "export/impact/ImpactTables.h"
#include "export/notices/NoticeLayout.h"
#include "map/FieldLabels.h"
#include "store/SqlStatement.h"
#include "store/Store.h"
#include "warnings/WarningImpact.h"
#include "warnings/WarningStage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSet>
#include <cmath>

namespace onemap {

namespace {

struct ForceWarning
{
  qint64 id = 0;
  QString level, hazard, headline, stage, onset, effective, expires;
};

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

// Active warnings whose time window holds asOf (an open end counts as in force).
QVector<ForceWarning> warningsInForce(Store &store, const QDate &asOf)
{
  QVector<ForceWarning> out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT id, level, hazard, coalesce(headline, ''), coalesce(stage, ''), coalesce(onset, ''), coalesce(effective, ''), "
                                                "coalesce(expires, '') FROM warnings WHERE status = 'active' "
                                                "AND (effective IS NULL OR substr(effective, 1, 10) <= ?) AND (expires IS NULL OR substr(expires, 1, 10) >= ?) "
                                                "ORDER BY CASE level WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 ELSE 3 END, id"));
  const QString day = asOf.toString(Qt::ISODate);
  q.bind(1, day).bind(2, day);
  while (q.next())
    out << ForceWarning {q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)};
  return out;
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
  Result<Consultation> loaded = Consultations(store).load(consultationId);
  if (!loaded)
    return Status::failure(loaded.message());
  const Consultation &c = loaded.value();
  QString county = store.meta(QStringLiteral("county_name"));
  if (county.isEmpty())
    county = QCoreApplication::translate("onemap::JudgementSheet", "Sample County");
  // Stages are judged at the end of asOf (or now, when that is today).
  const QDateTime now = asOf == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : QDateTime(asOf, QTime(12, 0), Qt::UTC);

  const QString title = QCoreApplication::translate("onemap::JudgementSheet", "One-sheet judgement");
  QString html = QStringLiteral("<html><body>");
  html += QStringLiteral("<h1 align=\"center\" style=\"color: #c81010;\">%1</h1>")
            .arg(esc(QCoreApplication::translate("onemap::JudgementSheet", "%1 one-sheet judgement").arg(county)));
  html += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(c.title));
  html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("onemap::JudgementSheet", "Held on %1 at %2. Chair: %3. Attendees: %4.")
                                                .arg(c.heldOn, c.place, c.chair, c.attendees.join(QStringLiteral("、")))));
  html += QStringLiteral("<hr/>");

  // 1 Situation.
  const QVector<ForceWarning> inForce = warningsInForce(store, asOf);
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "1. Situation: warnings in force"));
  if (inForce.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "No warning in force on %1.").arg(asOf.toString(Qt::ISODate)));
  } else {
    QList<QStringList> rows;
    for (const ForceWarning &w : inForce)
      rows << QStringList {ImpactTables::level(w.level), FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("hazard"), w.hazard), w.headline,
                           FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("stage"), WarningStage::at(w.stage, w.onset, w.effective, now)), w.expires};
    html += table({QCoreApplication::translate("onemap::JudgementSheet", "Level"), QCoreApplication::translate("onemap::JudgementSheet", "Hazard"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Headline"), QCoreApplication::translate("onemap::JudgementSheet", "Stage"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Expires")},
                  rows);
  }

  // 2 Threatened objects by township: the meeting's warning, else each in force.
  QVector<qint64> warningIds;
  if (c.warningId > 0)
    warningIds << c.warningId;
  else
    for (const ForceWarning &w : inForce)
      warningIds << w.id;
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "2. Threatened objects by township"));
  QVector<Impact> impacts;
  for (qint64 id : warningIds) {
    Result<Impact> impact = WarningImpact::of(store, id, asOf);
    if (!impact) {
      html += note(impact.message());
      continue;
    }
    impacts << impact.value();
    ImpactTable t = ImpactTables::townships(impact.value());
    // Paper names the township; the code column is for machines.
    t.headers.removeFirst();
    for (QStringList &row : t.rows)
      row.removeFirst();
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(impact.value().warning.headline));
    html += t.rows.size() <= 1 ? note(QCoreApplication::translate("onemap::JudgementSheet", "Nothing inside the warning's area."))
                               : table(t.headers, t.rows, {}, true);
  }
  if (warningIds.isEmpty())
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "None."));

  // The map: the first warning's area over the county.
  QImage map;
  if (!impacts.isEmpty()) {
    map = ImpactMap::render(impacts.first(), store.path(), QSizeF(164, 80), 200);
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
    SqlStatement q(store.handle(), QStringLiteral("SELECT status, count(*), coalesce(sum(members), 0) FROM teams GROUP BY status ORDER BY status DESC"));
    while (q.next()) {
      rows << QStringList {teamStatus(q.text(0)), QString::number(q.int64(1)), QString::number(q.int64(2))};
      teams += q.int64(1);
      members += q.int64(2);
    }
    rows << QStringList {QCoreApplication::translate("onemap::JudgementSheet", "Total"), QString::number(teams), QString::number(members)};
    html += table({QCoreApplication::translate("onemap::JudgementSheet", "Rescue teams"), QCoreApplication::translate("onemap::JudgementSheet", "Teams"),
                   QCoreApplication::translate("onemap::JudgementSheet", "Members")},
                  rows, {}, true);
  }
  {
    QList<QStringList> rows;
    SqlStatement q(store.handle(), QStringLiteral("SELECT item, unit, sum(quantity), count(DISTINCT reserve_id) FROM reserve_items GROUP BY item, unit ORDER BY item, unit"));
    while (q.next())
      rows << QStringList {q.text(0), QString::number(q.real(2), 'f', q.real(2) == std::floor(q.real(2)) ? 0 : 1), q.text(1), QString::number(q.int64(3))};
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
    for (const ConsultationDecision &d : c.decisions)
      html += QStringLiteral("<li>%1</li>").arg(esc(d.text));
    html += QStringLiteral("</ol>");
  }

  // 5 Tasks, overdue in red.
  html += heading(QCoreApplication::translate("onemap::JudgementSheet", "5. Tasks"));
  if (c.tasks.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::JudgementSheet", "None."));
  } else {
    QList<QStringList> rows;
    QSet<int> overdue;
    for (const ConsultationTask &t : c.tasks) {
      const QDate deadline = QDate::fromString(t.deadline.left(10), Qt::ISODate);
      const bool late = t.status != QLatin1String("done") && deadline.isValid() && deadline < asOf;
      if (late)
        overdue.insert(rows.size());
      rows << QStringList {QString::number(rows.size() + 1), t.task, t.owner, t.unit, t.deadline,
                           late ? QCoreApplication::translate("onemap::JudgementSheet", "overdue %1 day(s)").arg(deadline.daysTo(asOf)) : taskStatus(t.status)};
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
