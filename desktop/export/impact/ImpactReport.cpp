#include "ImpactReport.h"

#include "ImpactMap.h"
#include "ImpactTables.h"
#include "PluginImpactTables.h"
#include "export/notices/NoticeLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <cstdio>

namespace onemap {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString levelColour(const QString &level)
{
  if (level == QLatin1String("red"))
    return QStringLiteral("#d01010");
  if (level == QLatin1String("orange"))
    return QStringLiteral("#f08000");
  if (level == QLatin1String("yellow"))
    return QStringLiteral("#e0b000");
  return QStringLiteral("#1060d0");
}

//! A ruled table; rows listed in \a strong are bold, in \a alarm red.
QString table(const ImpactTable &t, int maxRows = -1, const QSet<int> &strong = {}, const QSet<int> &alarm = {})
{
  QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse; border-color: #606060;\">"
                                "<thead><tr style=\"background-color: #e8e8e8;\">");
  for (const QString &h : t.headers)
    html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
  html += QStringLiteral("</tr></thead>");
  const int count = maxRows < 0 ? t.rows.size() : std::min(maxRows, static_cast<int>(t.rows.size()));
  for (int r = 0; r < count; ++r) {
    QString style;
    if (alarm.contains(r))
      style += QStringLiteral("color: #c01010;");
    if (strong.contains(r))
      style += QStringLiteral("font-weight: bold;");
    html += style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (int c = 0; c < t.rows[r].size(); ++c) {
      // Codes, numbers and dates stay on one line; Chinese names may wrap.
      const QString &text = t.rows[r][c];
      bool latin = true;
      for (const QChar ch : text)
        latin = latin && ch.unicode() < 0x80;
      html += QStringLiteral("<td align=\"%1\"%3>%2</td>")
                .arg(t.numeric.value(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(text),
                     latin ? QStringLiteral(" style=\"white-space: nowrap;\"") : QString());
    }
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

// The headings already say which dangers are escalated.
ImpactTable withoutEscalatedColumn(ImpactTable t)
{
  t.headers.removeLast();
  t.numeric.removeLast();
  for (QStringList &row : t.rows)
    row.removeLast();
  return t;
}

QString heading(const QString &text) { return QStringLiteral("<h3 style=\"margin-top: 14px;\">%1</h3>").arg(esc(text)); }
QString note(const QString &text) { return QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(text)); }

} // namespace

QString ImpactReport::html(const Impact &impact, const QString &countyName, bool withMap, const QVector<PluginImpactPart> &plugins)
{
  const ImpactWarning &w = impact.warning;
  const ImpactTotals &s = impact.totals;
  const QString county = countyName.isEmpty() ? QCoreApplication::translate("onemap::ImpactReport", "Sample County") : countyName;
  QString html = QStringLiteral("<html><body>");
  html += QStringLiteral("<h1 align=\"center\" style=\"color: #c81010;\">%1</h1>")
            .arg(esc(QCoreApplication::translate("onemap::ImpactReport", "Warning impact analysis")));
  html += QStringLiteral("<p align=\"center\">%1</p>")
            .arg(esc(QCoreApplication::translate("onemap::ImpactReport", "%1 Emergency Management Bureau, as of %2").arg(county, impact.asOf.toString(Qt::ISODate))));
  html += QStringLiteral("<hr/>");

  // The warning itself, its level in its own colour.
  html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
  for (const auto &fact : ImpactTables::warningFacts(impact)) {
    const bool isLevel = fact.first == QCoreApplication::translate("onemap::ImpactTables", "Level");
    html += QStringLiteral("<tr><td><b>%1</b></td><td%3>%2</td></tr>")
              .arg(esc(fact.first), esc(fact.second),
                   isLevel ? QStringLiteral(" style=\"color: %1; font-weight: bold;\"").arg(levelColour(w.level)) : QString());
  }
  html += QStringLiteral("</table>");

  html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("onemap::ImpactReport",
            "The area covers %1 township(s) and %2 village(s) with %3 people in %4 households. Inside it lie %5 hidden danger(s) "
            "threatening %6 people, %7 of them escalated and %8 overdue; %9 shelter(s) for %10 people and %11 rescue team(s) with %12 members.")
            .arg(s.townships).arg(s.villages).arg(s.villagePopulation).arg(s.villageHouseholds).arg(s.dangers).arg(s.threatenedPeople)
            .arg(s.escalated).arg(s.overdue).arg(s.shelters).arg(s.shelterCapacity).arg(s.teams).arg(s.teamMembers)));

  if (withMap) {
    // 620 px at the 96 dpi QTextDocument counts in: 164 mm of the 180 mm text width.
    html += QStringLiteral("<p><img src=\"%1\" width=\"620\"/></p><p align=\"center\" style=\"color: #505050;\">%2</p>")
              .arg(QLatin1String(kMapResource),
                   esc(QCoreApplication::translate("onemap::ImpactReport", "Shaded: the warning's area. Red and orange double halo: escalated hidden danger. Red ring: overdue.")));
  }

  // The code column is for machines (the CSV keeps it); paper names the township.
  ImpactTable townships = ImpactTables::townships(impact);
  townships.headers.removeFirst();
  townships.numeric.removeFirst();
  for (QStringList &row : townships.rows)
    row.removeFirst();
  html += heading(townships.title);
  html += table(townships, -1, {static_cast<int>(townships.rows.size()) - 1});

  const ImpactTable escalated = withoutEscalatedColumn(ImpactTables::dangers(impact, true));
  html += heading(escalated.title);
  if (escalated.rows.isEmpty()) {
    html += note(WarningImpact::escalates(w.level)
                   ? QCoreApplication::translate("onemap::ImpactReport", "None: every hidden danger inside the area is signed off.")
                   : QCoreApplication::translate("onemap::ImpactReport", "None: the warning is below orange, so nothing is escalated."));
  } else {
    QSet<int> overdue;
    int row = 0;
    for (const ImpactDanger &d : impact.dangers)
      if (d.escalated && d.overdue)
        overdue.insert(row++);
      else if (d.escalated)
        ++row;
    html += note(QCoreApplication::translate("onemap::ImpactReport", "Overdue points first (in red), then by people threatened."));
    html += table(escalated, kEscalatedDangerRows, {}, overdue);
    if (escalated.rows.size() > kEscalatedDangerRows)
      html += note(QCoreApplication::translate("onemap::ImpactReport", "… and %1 more escalated (the CSV export lists them all).").arg(escalated.rows.size() - kEscalatedDangerRows));
  }

  ImpactTable others = withoutEscalatedColumn(ImpactTables::dangers(impact));
  others.rows = others.rows.mid(escalated.rows.size()); // escalated ones lead the full list
  others.title = QCoreApplication::translate("onemap::ImpactReport", "Other hidden dangers inside the area");
  html += heading(others.title);
  if (others.rows.isEmpty()) {
    html += note(QCoreApplication::translate("onemap::ImpactReport", "None."));
  } else {
    html += table(others, kOtherDangerRows);
    if (others.rows.size() > kOtherDangerRows)
      html += note(QCoreApplication::translate("onemap::ImpactReport", "… and %1 more, by people threatened (the CSV export lists them all).").arg(others.rows.size() - kOtherDangerRows));
  }

  const ImpactTable shelters = ImpactTables::shelters(impact);
  html += heading(shelters.title);
  html += shelters.rows.isEmpty() ? note(QCoreApplication::translate("onemap::ImpactReport", "None.")) : table(shelters, kResourceRows);
  if (shelters.rows.size() > kResourceRows)
    html += note(QCoreApplication::translate("onemap::ImpactReport", "… and %1 more (the CSV export lists them all).").arg(shelters.rows.size() - kResourceRows));
  const ImpactTable teams = ImpactTables::teams(impact);
  html += heading(teams.title);
  html += teams.rows.isEmpty() ? note(QCoreApplication::translate("onemap::ImpactReport", "None.")) : table(teams, kResourceRows);
  if (teams.rows.size() > kResourceRows)
    html += note(QCoreApplication::translate("onemap::ImpactReport", "… and %1 more (the CSV export lists them all).").arg(teams.rows.size() - kResourceRows));
  // Paper goes to every level of the response: all three checklist tiers.
  html += PluginImpactTables::html(plugins, {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}, kResourceRows);
  return html + QStringLiteral("</body></html>");
}

Status ImpactReport::writePdf(const Impact &impact, const QString &storePath, const QString &countyName, const QString &outPath,
                              const QVector<PluginImpactPart> &plugins)
{
  if (Status s = NoticeLayout::checkOutPath(outPath); !s)
    return s;
  const QImage map = ImpactMap::render(impact, storePath, QSizeF(164, 96), 200);
  return writeHtmlPdf(html(impact, countyName, !map.isNull(), plugins),
                      QCoreApplication::translate("onemap::ImpactReport", "Warning impact analysis") + QStringLiteral(" — ") + impact.warning.headline, map,
                      outPath);
}

Status ImpactReport::writeHtmlPdf(const QString &html, const QString &title, const QImage &map, const QString &outPath)
{
  if (Status s = NoticeLayout::checkOutPath(outPath); !s)
    return s;
  const QFileInfo target(outPath);
  const QString part = target.dir().filePath(target.completeBaseName() + QStringLiteral(".part.pdf"));
  {
    QPdfWriter writer(part);
    writer.setCreator(QStringLiteral("OneMap"));
    writer.setTitle(title);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));

    // Laid out on the writer itself (300 dpi), with no margins of its own:
    // QTextDocument::print() would add 2 cm inside the page margins.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(NoticeLayout::font(9));
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; } h3 { font-size: 12pt; } th { font-size: 7.5pt; } td { font-size: 7.5pt; }"));
    if (!map.isNull())
      doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kMapResource)), map);
    const double footer = writer.resolution() * 8 / 25.4; // 8 mm for the page number
    const QSizeF body(writer.width(), writer.height() - footer);
    doc.setPageSize(body);
    doc.setHtml(html);

    QPainter painter(&writer);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
      if (page > 0)
        writer.newPage();
      painter.save();
      painter.translate(0, -page * body.height());
      doc.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
      painter.restore();
      painter.setFont(NoticeLayout::font(8));
      painter.setPen(QColor(90, 90, 90));
      painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                       QCoreApplication::translate("onemap::ImpactReport", "Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
  }
  if (!QFileInfo::exists(part) || QFileInfo(part).size() == 0) {
    QFile::remove(part);
    return Status::failure(QCoreApplication::translate("onemap::ImpactReport", "cannot write %1").arg(outPath));
  }
  // rename(2) replaces an existing file in one step.
  if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0) {
    QFile::remove(part);
    return Status::failure(QCoreApplication::translate("onemap::ImpactReport", "cannot write %1: rename from %2 failed").arg(outPath, part));
  }
  return Status();
}

} // namespace onemap
