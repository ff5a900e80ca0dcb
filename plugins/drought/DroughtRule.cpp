#include "DroughtRule.h"

#include "DrinkingWaterModel.h"
#include "VillageSupply.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace onemap::drought {

namespace {
// A village with no source on record is a gap in the register, not a village
// without water: it is left out rather than counted as wholly short.
bool isShort(const VillageSupply &v) { return v.sources > 0 && v.balance.peopleShort > 0; }

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }
} // namespace

QVector<ThreatenedObject> threatenedBy(sqlite3 *db, qint64 warningId, QString *error)
{
  QVector<ThreatenedObject> out;
  const Result<QVector<VillageSupply>> villages = villageSuppliesInWarning(db, warningId);
  if (!villages) {
    if (error)
      *error = villages.message();
    return out;
  }
  for (const VillageSupply &v : villages.value()) {
    if (!isShort(v))
      continue;
    const VillageBalance &b = v.balance;
    ThreatenedObject o;
    o.table = QStringLiteral("admin_units");
    o.id = v.id;
    o.name = v.townshipName.isEmpty() ? v.name : v.townshipName + v.name;
    o.rank = double(b.peopleShort);
    o.reason = QCoreApplication::translate("onemap::DroughtPlugin",
                                           "%1 of %2 people short of drinking water: %3 L per person a day from %4 "
                                           "water source(s) against the %5 L norm, %6 m3 a day short")
                 .arg(b.peopleShort)
                 .arg(b.population)
                 .arg(number(b.litresPerPerson, 1))
                 .arg(v.sources)
                 .arg(number(kNormLitresPerPersonDay, 0))
                 .arg(number(b.shortfallM3, 1));
    if (b.litresPerPerson < kHardshipNormLitres)
      o.reason += QCoreApplication::translate("onemap::DroughtPlugin", "; below even the %1 L hardship minimum")
                    .arg(number(kHardshipNormLitres, 0));
    out << o;
  }
  std::stable_sort(out.begin(), out.end(), [](const ThreatenedObject &a, const ThreatenedObject &b) { return a.rank > b.rank; });
  return out;
}

ImpactSection impactSection(sqlite3 *db, qint64 warningId)
{
  ImpactSection s;
  const Result<QVector<VillageSupply>> villages = villageSuppliesInWarning(db, warningId);
  if (!villages || villages.value().isEmpty())
    return s; // not a drought warning, or no village in its area

  struct Town
  {
    QString name;
    qint64 villages = 0, shortVillages = 0, population = 0, peopleShort = 0;
    double shortfall = 0;
  };
  QMap<QString, Town> towns; // by township code: the county's order
  Town total;
  for (const VillageSupply &v : villages.value()) {
    Town &t = towns[v.townshipCode];
    t.name = v.townshipName;
    const bool counted = isShort(v);
    for (Town *x : {&t, &total}) {
      x->villages += 1;
      x->population += v.balance.population;
      if (counted) {
        x->shortVillages += 1;
        x->peopleShort += v.balance.peopleShort;
        x->shortfall += v.balance.shortfallM3;
      }
    }
  }
  auto row = [](const QString &name, const Town &t) {
    const double share = t.population > 0 ? double(t.peopleShort) / double(t.population) : 0;
    return QStringList {name,
                        QString::number(t.villages),
                        QString::number(t.shortVillages),
                        QString::number(t.population),
                        QString::number(t.peopleShort),
                        number(share * 100, 1),
                        number(t.shortfall, 1),
                        levelName(levelForShortShare(share))};
  };

  s.title = QCoreApplication::translate("onemap::DroughtPlugin", "Drinking water in the drought");
  s.headers = QStringList {QCoreApplication::translate("onemap::DroughtPlugin", "Township"),      QCoreApplication::translate("onemap::DroughtPlugin", "Villages"),        QCoreApplication::translate("onemap::DroughtPlugin", "Villages short"),          QCoreApplication::translate("onemap::DroughtPlugin", "Population"),
                           QCoreApplication::translate("onemap::DroughtPlugin", "People short"),  QCoreApplication::translate("onemap::DroughtPlugin", "Share short (%)"), QCoreApplication::translate("onemap::DroughtPlugin", "Shortfall (m3/day)"), QCoreApplication::translate("onemap::DroughtPlugin", "Drought level")};
  for (auto it = towns.cbegin(); it != towns.cend(); ++it)
    s.rows << row(it.value().name, it.value());
  s.rows << row(QCoreApplication::translate("onemap::DroughtPlugin", "Total"), total);
  s.summary = QCoreApplication::translate("onemap::DroughtPlugin", "%1 people in %2 villages short of drinking water (norm %3 L per person a day), %4 m3 a day to be "
                 "delivered or drawn from emergency sources")
                .arg(total.peopleShort)
                .arg(total.shortVillages)
                .arg(number(kNormLitresPerPersonDay, 0))
                .arg(number(total.shortfall, 1));
  return s;
}

} // namespace onemap::drought
