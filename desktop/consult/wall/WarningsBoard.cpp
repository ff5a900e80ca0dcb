#include "WarningsBoard.h"

#include "WallTheme.h"
#include "export/consultation/JudgementData.h"
#include "export/impact/ImpactTables.h"
#include "map/FieldLabels.h"

#include <QTableWidgetItem>

namespace onemap {

void WarningsBoard::fill(const JudgementData &data)
{
  setHeading(tr("Warnings in force (%1)").arg(data.warnings.size()));
  setNote(data.warnings.isEmpty() ? tr("No warning in force on %1.").arg(data.asOf.toString(Qt::ISODate)) : QString());
  setColumns({tr("Level"), tr("Hazard"), tr("Headline"), tr("Stage"), tr("Expires")}, 2);
  const QString w = QStringLiteral("warnings");
  for (const JudgementWarning &warning : data.warnings) {
    const QDateTime expires = QDateTime::fromString(warning.expires, Qt::ISODate);
    const int row = addRow({ImpactTables::level(warning.level), FieldLabels::value(w, QStringLiteral("hazard"), warning.hazard), warning.headline,
                            FieldLabels::value(w, QStringLiteral("stage"), warning.stage),
                            expires.isValid() ? expires.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : warning.expires});
    // The level reads as a coloured block, like the warning signal itself.
    QTableWidgetItem *level = item(row, 0);
    const QColor colour = WallTheme::level(warning.level);
    level->setBackground(colour);
    level->setForeground(colour.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white));
    level->setTextAlignment(Qt::AlignCenter);
  }
}

} // namespace onemap
