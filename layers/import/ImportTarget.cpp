#include "ImportTarget.h"

#include "catalog/Catalog.h"

#include <QVector>

namespace onemap {

namespace {
QVector<ImportTarget> makeTargets()
{
  auto t = [](const char *table, QStringList key, QVariantMap defaults) {
    ImportTarget target;
    target.spec = Catalog::table(QString::fromLatin1(table));
    target.keyFields = std::move(key);
    target.defaults = std::move(defaults);
    return target;
  };
  const QString code = QStringLiteral("code");
  return {
    t("hidden_dangers", {code}, {{QStringLiteral("status"), QStringLiteral("identified")}, {QStringLiteral("supervised"), 0}}),
    t("shelters", {code}, {{QStringLiteral("is_open"), 1}, {QStringLiteral("occupancy"), 0}}),
    t("teams", {code}, {{QStringLiteral("status"), QStringLiteral("standby")}}),
    t("reserves", {code}, {}),
    t("stations", {code}, {}),
    t("cameras", {QStringLiteral("channel_id")}, {}),
    t("responsible_persons", {QStringLiteral("name"), QStringLiteral("phone")}, {}),
  };
}
} // namespace

const ImportTarget *ImportTarget::find(const QString &layer)
{
  static const QVector<ImportTarget> targets = makeTargets();
  for (const ImportTarget &t : targets)
    if (t.spec && t.spec->name == layer)
      return &t;
  return nullptr;
}

QStringList ImportTarget::layers()
{
  return {QStringLiteral("hidden_dangers"), QStringLiteral("shelters"), QStringLiteral("teams"), QStringLiteral("reserves"),
          QStringLiteral("stations"), QStringLiteral("cameras"), QStringLiteral("responsible_persons")};
}

} // namespace onemap
