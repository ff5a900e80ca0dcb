#include "ErgData.h"

#include <QCoreApplication>

namespace onemap::hazmat {

const ErgData &ergData()
{
  static const ErgData data = [] {
    ErgData d;
    auto t1 = EvacuationTable::fromCsv(QStringLiteral(":/hazmat/erg2024_table1.csv"));
    auto t3 = ContainerTable::fromCsv(QStringLiteral(":/hazmat/erg2024_table3.csv"));
    if (!t1)
      d.error = t1.message();
    else
      d.table1 = t1.value();
    if (!t3)
      d.error = t3.message();
    else
      d.table3 = t3.value();
    return d;
  }();
  return data;
}

Result<Distances> worstCase(const QString &un)
{
  const ErgData &d = ergData();
  if (d.table1.unOf(un).isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::HazmatPlugin", "UN%1 is not in the evacuation table").arg(un));
  Distances best;
  auto consider = [&](const Result<Distances> &r) {
    if (r && r.value().protectiveKm > best.protectiveKm)
      best = r.value();
  };
  for (Period p : {Period::Day, Period::Night}) {
    consider(d.table1.lookup(un, Spill::Small, p));
    if (!d.table1.largeInTable3(un)) {
      consider(d.table1.lookup(un, Spill::Large, p));
      continue;
    }
    for (const QString &c : d.table3.containers(un))
      for (Wind w : {Wind::Low, Wind::Moderate, Wind::High})
        consider(d.table3.lookup(un, c, p, w));
  }
  return best;
}

QString substanceLabel(const QString &un)
{
  for (const Substance &s : ergData().table1.substances())
    if (s.un == un)
      return QStringLiteral("UN%1 %2").arg(un, s.nameZh);
  return QStringLiteral("UN%1").arg(un);
}

} // namespace onemap::hazmat
