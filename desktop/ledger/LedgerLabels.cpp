#include "LedgerLabels.h"

#include "map/FieldLabels.h"

#include <QCoreApplication>

namespace onemap {

LedgerLabels ledgerLabels(const QString &table)
{
  LedgerLabels labels;
  labels.field = [](const QString &column) {
    if (column == QLatin1String("lon"))
      return QCoreApplication::translate("onemap::LedgerLabels", "Longitude");
    if (column == QLatin1String("lat"))
      return QCoreApplication::translate("onemap::LedgerLabels", "Latitude");
    return FieldLabels::field(column);
  };
  labels.value = [table](const QString &column, const QString &code) { return FieldLabels::value(table, column, code); };
  return labels;
}

QString ledgerTitle(const QString &table)
{
  static const QHash<QString, const char *> titles {
    {QStringLiteral("hidden_dangers"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Hidden-danger points")},
    {QStringLiteral("shelters"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Shelters")},
    {QStringLiteral("teams"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Rescue teams")},
    {QStringLiteral("reserves"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Material depots")},
    {QStringLiteral("reserve_items"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Reserve items")},
    {QStringLiteral("stations"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Monitoring stations")},
    {QStringLiteral("cameras"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Video channels")},
    {QStringLiteral("responsible_persons"), QT_TRANSLATE_NOOP("onemap::LedgerLabels", "Responsible persons")},
  };
  const auto it = titles.constFind(table);
  return it == titles.constEnd() ? table : QCoreApplication::translate("onemap::LedgerLabels", it.value());
}

} // namespace onemap
