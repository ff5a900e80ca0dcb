#include "AtlasUnits.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace onemap::AtlasUnits {

namespace {
// A village code's first 9 digits name its township (GB/T 2260 layout).
QString townshipPrefix(const QString &code) { return code.left(9); }

Result<qint64> scalar(Store &store, const QString &sql, const QVariantList &values, const QString &what)
{
  SqlStatement query(store.handle(), sql);
  for (int i = 0; i < values.size(); ++i)
    query.bind(i + 1, values[i]);
  if (!query.isValid() || !query.next() || query.hasError())
    return Status::failure(QCoreApplication::translate("onemap::AtlasUnits", "cannot count %1 in %2: %3").arg(what, store.path(), query.error()));
  return query.int64(0);
}
} // namespace

Result<QVector<AtlasUnit>> list(const QString &storePath, const QString &level, const QString &townshipCode)
{
  auto store = Store::open(storePath);
  if (!store)
    return store.status();
  // With a township: its villages, or itself when the atlas is of townships.
  const QString sql = townshipCode.isEmpty()
                        ? QStringLiteral("SELECT id, code, name, level FROM admin_units WHERE level = ?1 ORDER BY code")
                        : QStringLiteral("SELECT id, code, name, level FROM admin_units WHERE level = ?1 AND substr(code, 1, 9) = ?2 ORDER BY code");
  SqlStatement query(store.value()->handle(), sql);
  query.bind(1, level);
  if (!townshipCode.isEmpty())
    query.bind(2, townshipPrefix(townshipCode));
  QVector<AtlasUnit> units;
  while (query.next())
    units.append({query.int64(0), query.text(1), query.text(2), query.text(3)});
  if (query.hasError() || !query.isValid())
    return Status::failure(QCoreApplication::translate("onemap::AtlasUnits", "cannot read the administrative units of %1: %2").arg(storePath, query.error()));
  if (units.isEmpty())
    return Status::failure(townshipCode.isEmpty()
                             ? QCoreApplication::translate("onemap::AtlasUnits", "%1 has no administrative units of level %2").arg(storePath, level)
                             : QCoreApplication::translate("onemap::AtlasUnits", "%1 has no units of level %2 in township %3").arg(storePath, level, townshipCode));
  return units;
}

QStringList statisticsHeaders()
{
  return {QCoreApplication::translate("onemap::AtlasUnits", "Item"), QCoreApplication::translate("onemap::AtlasUnits", "Count")};
}

Result<QList<QStringList>> statistics(const QString &storePath, const AtlasUnit &unit)
{
  auto opened = Store::open(storePath);
  if (!opened)
    return opened.status();
  Store &store = *opened.value();
  // A township's things are those of its villages: match the code prefix.
  const bool township = unit.level == QLatin1String("township");
  const QString place = township ? QStringLiteral("substr(village_code, 1, 9) = ?1") : QStringLiteral("village_code = ?1");
  const QVariant key = township ? townshipPrefix(unit.code) : unit.code;

  auto population = scalar(store, QStringLiteral("SELECT coalesce(sum(population), 0) FROM admin_units WHERE code = ?1"), {unit.code},
                           QStringLiteral("admin_units"));
  auto dangers = scalar(store, QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + place, {key}, QStringLiteral("hidden_dangers"));
  auto people = scalar(store, QStringLiteral("SELECT coalesce(sum(threatened_people), 0) FROM hidden_dangers WHERE ") + place, {key},
                       QStringLiteral("hidden_dangers"));
  auto shelters = scalar(store, QStringLiteral("SELECT count(*) FROM shelters WHERE ") + place, {key}, QStringLiteral("shelters"));
  auto capacity = scalar(store, QStringLiteral("SELECT coalesce(sum(capacity), 0) FROM shelters WHERE ") + place, {key}, QStringLiteral("shelters"));
  // Teams are kept per township; a village page shows its township's.
  auto teams = scalar(store, QStringLiteral("SELECT count(*) FROM teams WHERE substr(township_code, 1, 9) = ?1"), {townshipPrefix(unit.code)},
                      QStringLiteral("teams"));
  for (const auto *r : {&population, &dangers, &people, &shelters, &capacity, &teams})
    if (!r->ok())
      return r->status();

  QList<QStringList> rows;
  rows << QStringList {QCoreApplication::translate("onemap::AtlasUnits", "Population"), QString::number(population.value())}
       << QStringList {QCoreApplication::translate("onemap::AtlasUnits", "Hidden dangers"), QString::number(dangers.value())}
       << QStringList {QCoreApplication::translate("onemap::AtlasUnits", "People threatened"), QString::number(people.value())}
       << QStringList {QCoreApplication::translate("onemap::AtlasUnits", "Shelters"), QString::number(shelters.value())}
       << QStringList {QCoreApplication::translate("onemap::AtlasUnits", "Shelter capacity"), QString::number(capacity.value())}
       << QStringList {township ? QCoreApplication::translate("onemap::AtlasUnits", "Rescue teams")
                                : QCoreApplication::translate("onemap::AtlasUnits", "Rescue teams of the township"),
                       QString::number(teams.value())};
  return rows;
}

} // namespace onemap::AtlasUnits
