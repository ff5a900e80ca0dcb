#include "WarningStage.h"

#include <QDateTime>

namespace onemap {

QStringList WarningStage::stages()
{
  return {QStringLiteral("72h"), QStringLiteral("24h"), QStringLiteral("6h"), QStringLiteral("2h"), QStringLiteral("live")};
}

QString WarningStage::fromLeadHours(double hours)
{
  if (hours > 24) return QStringLiteral("72h");
  if (hours > 6) return QStringLiteral("24h");
  if (hours > 2) return QStringLiteral("6h");
  if (hours > 0) return QStringLiteral("2h");
  return QStringLiteral("live");
}

QString WarningStage::of(const CapInfo &info, const QString &sent)
{
  for (const auto &p : info.parameters) {
    const QString name = p.first.toLower();
    if ((name == QLatin1String("stage") || p.first == QStringLiteral("预警阶段")) && stages().contains(p.second.trimmed()))
      return p.second.trimmed();
  }
  const QDateTime from = QDateTime::fromString(sent, Qt::ISODate);
  const QDateTime to = QDateTime::fromString(!info.onset.isEmpty() ? info.onset : info.effective, Qt::ISODate);
  if (!from.isValid() || !to.isValid())
    return QString();
  return fromLeadHours(from.secsTo(to) / 3600.0);
}

int WarningStage::rank(const QString &stage)
{
  return stages().indexOf(stage);
}

QString WarningStage::at(const QString &stage, const QString &onset, const QString &effective, const QDateTime &now)
{
  QDateTime start = QDateTime::fromString(onset, Qt::ISODate);
  if (!start.isValid())
    start = QDateTime::fromString(effective, Qt::ISODate);
  if (!start.isValid() || !now.isValid())
    return stage;
  const QString byClock = fromLeadHours(now.secsTo(start) / 3600.0);
  return rank(byClock) > rank(stage) ? byClock : stage;
}

} // namespace onemap
