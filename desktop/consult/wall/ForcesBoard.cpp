#include "ForcesBoard.h"

#include "export/consultation/JudgementData.h"
#include "map/FieldLabels.h"

namespace onemap {

void ForcesBoard::showData(const JudgementData &data)
{
  setHeading(tr("Forces and materials at hand"));
  setNote(data.teams.isEmpty() && data.materials.isEmpty() ? tr("No teams or materials recorded.") : QString());
  setColumns({tr("Rescue teams"), tr("Teams"), tr("Members")});
  qint64 teams = 0, members = 0;
  for (const TeamCount &t : data.teams) {
    addRow({FieldLabels::value(QStringLiteral("teams"), QStringLiteral("status"), t.status), QString::number(t.teams), QString::number(t.members)}, {1, 2});
    teams += t.teams;
    members += t.members;
  }
  if (!data.teams.isEmpty())
    addRow({tr("Total"), QString::number(teams), QString::number(members)}, {1, 2});
  if (data.materials.isEmpty())
    return;
  addSpanRow(tr("Materials (quantity, depots)"), true);
  for (const MaterialSum &m : data.materials)
    addRow({m.item, QStringLiteral("%L1 %2").arg(m.quantity, 0, 'f', m.quantity == qRound64(m.quantity) ? 0 : 1).arg(m.unit), QString::number(m.depots)}, {1, 2});
}

} // namespace onemap
