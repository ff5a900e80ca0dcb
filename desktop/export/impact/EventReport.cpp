#include "EventReport.h"

#include "ImpactMap.h"
#include "ImpactReport.h"
#include "PluginImpactTables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>

namespace onemap {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("onemap::EventReport", text); }
QString esc(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

QString EventReport::html(const EventFacts &facts, const PluginImpactPart &part, const QString &countyName, bool withMap)
{
  const QString county = countyName.isEmpty() ? tr("Sample County") : countyName;
  QString html = QStringLiteral("<html><body>");
  html += QStringLiteral("<h1 align=\"center\" style=\"color: #c81010;\">%1</h1>").arg(esc(tr("Event impact analysis")));
  html += QStringLiteral("<p align=\"center\">%1</p>")
            .arg(esc(tr("%1 Emergency Management Bureau, %2").arg(county, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
  html += QStringLiteral("<hr/><table cellspacing=\"0\" cellpadding=\"2\">");
  QList<QPair<QString, QString>> rows {{tr("Hazard plugin"), facts.pluginName},
                                       {tr("Event"), QStringLiteral("%1 (id %2)").arg(facts.kindLabel).arg(facts.eventId)}};
  rows << facts.values;
  if (part.hasLevel)
    rows << qMakePair(tr("Response level of the checklists"), PluginImpact::levelText(part.level));
  for (const auto &row : rows)
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(row.first), esc(row.second));
  html += QStringLiteral("</table>");
  if (withMap)
    html += QStringLiteral("<p><img src=\"%1\" width=\"620\"/></p><p align=\"center\" style=\"color: #505050;\">%2</p>")
              .arg(QLatin1String(ImpactReport::kMapResource), esc(tr("Shaded, dashed outline: the event's area as the plugin models it.")));
  else if (part.areaWkt.isEmpty())
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("The plugin gave no area for this event.")));
  html += PluginImpactTables::html({part}, {ResponseTier::County, ResponseTier::Township, ResponseTier::Village}, ImpactReport::kResourceRows);
  return html + QStringLiteral("</body></html>");
}

Status EventReport::writePdf(const EventFacts &facts, const PluginImpactPart &part, const QString &storePath, const QString &countyName,
                             const QString &outPath)
{
  const QImage map = part.areaWkt.isEmpty() ? QImage()
                                            : ImpactMap::renderArea(part.areaWkt, QStringLiteral("%1 #%2").arg(facts.kindLabel).arg(facts.eventId), storePath,
                                                                    QSizeF(164, 110), 200);
  return ImpactReport::writeHtmlPdf(html(facts, part, countyName, !map.isNull()), tr("Event impact analysis") + QStringLiteral(" — ") + facts.kindLabel,
                                    map, outPath);
}

} // namespace onemap
