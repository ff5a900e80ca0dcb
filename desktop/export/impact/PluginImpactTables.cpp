#include "PluginImpactTables.h"

#include <QCoreApplication>

namespace onemap::PluginImpactTables {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("onemap::PluginImpactTables", text); }
QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString tierKey(ResponseTier tier)
{
  switch (tier) {
  case ResponseTier::County: return QStringLiteral("county");
  case ResponseTier::Township: return QStringLiteral("township");
  case ResponseTier::Village: break;
  }
  return QStringLiteral("village");
}

bool looksNumeric(const QString &text)
{
  bool ok = false;
  text.toDouble(&ok);
  return ok;
}

QString htmlTable(const ImpactTable &t, int maxRows)
{
  QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse; border-color: #606060;\">"
                                "<thead><tr style=\"background-color: #e8e8e8;\">");
  for (const QString &h : t.headers)
    html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
  html += QStringLiteral("</tr></thead>");
  const int count = maxRows < 0 ? t.rows.size() : std::min(maxRows, static_cast<int>(t.rows.size()));
  for (int r = 0; r < count; ++r) {
    html += QStringLiteral("<tr>");
    for (int c = 0; c < t.rows[r].size(); ++c)
      html += QStringLiteral("<td align=\"%1\">%2</td>").arg(t.numeric.value(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(t.rows[r][c]));
    html += QStringLiteral("</tr>");
  }
  html += QStringLiteral("</table>");
  if (count < t.rows.size())
    html += QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(tr("… and %1 more.").arg(t.rows.size() - count)));
  return html;
}
} // namespace

ImpactTable section(const PluginImpactPart &part)
{
  ImpactTable t;
  t.key = QStringLiteral("plugin:%1").arg(part.pluginId);
  t.title = QStringLiteral("%1 — %2").arg(part.pluginName, part.section.title);
  t.headers = part.section.headers;
  t.rows = QList<QStringList>(part.section.rows.begin(), part.section.rows.end());
  for (int c = 0; c < t.headers.size(); ++c) {
    // A column is numeric when every filled cell of it is a number.
    bool numeric = !t.rows.isEmpty();
    for (const QStringList &row : t.rows)
      numeric = numeric && (row.value(c).isEmpty() || looksNumeric(row.value(c)));
    t.numeric << numeric;
  }
  return t;
}

ImpactTable threatened(const PluginImpactPart &part)
{
  ImpactTable t;
  t.key = QStringLiteral("plugin:%1:threatened").arg(part.pluginId);
  t.title = tr("%1 — objects threatened (%2), most urgent first").arg(part.pluginName).arg(part.threatened.size());
  t.headers = QStringList {tr("No."), tr("Object"), tr("Reason"), tr("Table"), tr("Id")};
  t.numeric = {true, false, false, false, true};
  int n = 0;
  for (const ThreatenedObject &o : part.threatened)
    t.rows << QStringList {QString::number(++n), o.name, o.reason, o.table, QString::number(o.id)};
  return t;
}

QString checklistTitle(const PluginImpactPart &part, ResponseTier tier)
{
  return tr("%1 — level %2 response checklist, %3").arg(part.pluginName, PluginImpact::levelText(part.level), PluginImpact::tierText(tier));
}

ImpactTable checklist(const PluginImpactPart &part, ResponseTier tier)
{
  ImpactTable t;
  t.key = QStringLiteral("plugin:%1:checklist:%2").arg(part.pluginId, tierKey(tier));
  t.title = checklistTitle(part, tier);
  t.headers = QStringList {tr("No."), tr("Action")};
  t.numeric = {true, false};
  int n = 0;
  for (const QString &item : part.checklist[static_cast<std::size_t>(tier)])
    t.rows << QStringList {QString::number(++n), item};
  return t;
}

QString html(const QVector<PluginImpactPart> &parts, const QVector<ResponseTier> &tiers, int maxThreatened)
{
  QString html;
  for (const PluginImpactPart &part : parts) {
    html += QStringLiteral("<h3 style=\"margin-top: 14px;\">%1</h3>").arg(esc(tr("Hazard plugin: %1").arg(part.pluginName)));
    if (!part.error.isEmpty())
      html += QStringLiteral("<p style=\"color: #c01010;\"><b>%1</b></p>").arg(esc(part.error));
    if (!part.section.title.isEmpty()) {
      const ImpactTable s = section(part);
      html += QStringLiteral("<p><b>%1</b></p>").arg(esc(s.title));
      if (!part.section.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(part.section.summary));
      if (!s.rows.isEmpty())
        html += htmlTable(s, -1);
    } else if (part.error.isEmpty()) {
      html += QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(tr("No section for this area.")));
    }
    const ImpactTable th = threatened(part);
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(th.title));
    html += th.rows.isEmpty() ? QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(tr("None.")))
                              : htmlTable(th, maxThreatened);
    if (!part.hasLevel)
      continue;
    for (ResponseTier tier : tiers) {
      const ImpactTable c = checklist(part, tier);
      html += QStringLiteral("<p><b>%1</b></p>").arg(esc(c.title));
      if (c.rows.isEmpty()) {
        html += QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(esc(tr("None.")));
        continue;
      }
      html += QStringLiteral("<ol>");
      for (const QStringList &row : c.rows)
        html += QStringLiteral("<li>%1</li>").arg(esc(row.value(1)));
      html += QStringLiteral("</ol>");
    }
  }
  return html;
}

} // namespace onemap::PluginImpactTables
