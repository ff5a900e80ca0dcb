#include "ForcesBoard.h"

#include "export/consultation/JudgementData.h"
#include "map/FieldLabels.h"

#include <QTableWidget>

namespace onemap {

namespace {
QString quantity(const MaterialSum &m)
{
  const bool whole = m.quantity == double(qRound64(m.quantity));
  return QStringLiteral("%L1 %2").arg(m.quantity, 0, 'f', whole ? 0 : 1).arg(m.unit).trimmed();
}
} // namespace

// Two entries a row (name, value, name, value): the wall has width to spare
// and no scrolling, so the materials list takes half the rows.
void ForcesBoard::fill(const JudgementData &data)
{
  setHeading(tr("Forces and materials at hand"));
  setNote(data.teams.isEmpty() && data.materials.isEmpty() ? tr("No teams or materials recorded.") : QString());
  setColumns({QString(), QString(), QString(), QString()}, -1);
  auto addPairs = [this](const QVector<QPair<QString, QString>> &entries) {
    for (int i = 0; i < entries.size(); i += 2) {
      QStringList cells {entries[i].first, entries[i].second};
      if (i + 1 < entries.size())
        cells << entries[i + 1].first << entries[i + 1].second;
      addRow(cells, {1, 3});
    }
  };
  if (!data.teams.isEmpty()) {
    qint64 teams = 0, members = 0;
    for (const TeamCount &t : data.teams) {
      teams += t.teams;
      members += t.members;
    }
    addSpanRow(tr("Rescue teams: %1 teams, %2 people").arg(teams).arg(members), true);
    for (const TeamCount &t : data.teams) { // a few statuses: one a row
      const int row = addRow({FieldLabels::value(QStringLiteral("teams"), QStringLiteral("status"), t.status), tr("%1 teams, %2 people").arg(t.teams).arg(t.members)});
      table()->setSpan(row, 1, 1, 3);
    }
  }
  if (!data.materials.isEmpty()) {
    QVector<QPair<QString, QString>> entries;
    for (const MaterialSum &m : data.materials)
      entries << qMakePair(m.item, quantity(m));
    addSpanRow(tr("Materials at hand"), true);
    addPairs(entries);
  }
}

} // namespace onemap
