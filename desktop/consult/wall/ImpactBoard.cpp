#include "ImpactBoard.h"

#include "WallTheme.h"
#include "export/consultation/JudgementData.h"
#include "export/impact/ImpactTables.h"

#include <QTableWidgetItem>

namespace onemap {

namespace {
// Columns of ImpactTables::townships the wall has room for: township,
// people of the affected villages, hidden dangers, escalated, shelters, teams.
const QList<int> kColumns {1, 5, 7, 8, 9, 11};
constexpr int kEscalated = 3; // index in kColumns
} // namespace

void ImpactBoard::fill(const JudgementData &data)
{
  setHeading(tr("Threatened objects by township"));
  QStringList notes = data.impactErrors;
  if (data.impacts.isEmpty()) {
    notes.prepend(tr("No warning to judge the impact of."));
    setNote(notes.join(QLatin1Char('\n')));
    setColumns({QString()});
    return;
  }
  const JudgementImpact &first = data.impacts.first();
  QString about = QStringLiteral("%1  %2").arg(ImpactTables::level(first.impact.warning.level), first.impact.warning.headline);
  if (data.impacts.size() > 1)
    about += QLatin1Char(' ') + tr("(%n more warnings in force)", nullptr, data.impacts.size() - 1);
  notes.prepend(about);
  setNote(notes.join(QLatin1Char('\n')));

  const ImpactTable t = ImpactTables::townships(first.impact);
  QStringList headers;
  for (int c : kColumns)
    headers << t.headers.value(c);
  setColumns(headers);
  const QList<int> numeric {1, 2, 3, 4, 5};
  for (int r = 0; r < t.rows.size(); ++r) {
    QStringList cells;
    for (int c : kColumns)
      cells << t.rows[r].value(c);
    const int row = addRow(cells, numeric);
    if (r == t.rows.size() - 1) // the totals row
      for (int c = 0; c < cells.size(); ++c) {
        QFont f = item(row, c)->font();
        f.setBold(true);
        item(row, c)->setFont(f);
      }
    if (cells.value(kEscalated).toLongLong() > 0)
      item(row, kEscalated)->setForeground(WallTheme::alarm());
  }
  for (const PluginImpactPart &part : first.pluginParts) {
    const QString text = part.error.isEmpty()
                           ? tr("%1: %2").arg(part.pluginName, part.section.summary.isEmpty() ? tr("%n objects threatened", nullptr, part.threatened.size())
                                                                                              : part.section.summary)
                           : part.error;
    const int row = addSpanRow(text);
    if (!part.error.isEmpty())
      colourRow(row, WallTheme::alarm());
  }
}

} // namespace onemap
