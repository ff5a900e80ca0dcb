#include "ShelterFiles.h"

#include "transfer/TransferExports.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace onemap {

ImpactTable coverageVillageTable(const CoverageResult &coverage)
{
  ImpactTable t;
  t.key = QStringLiteral("villages");
  t.title = QCoreApplication::translate("onemap::ShelterFiles", "Villages uncovered or without a shelter of their own");
  t.headers = QStringList {QCoreApplication::translate("onemap::ShelterFiles", "Code"), QCoreApplication::translate("onemap::ShelterFiles", "Village"),
                           QCoreApplication::translate("onemap::ShelterFiles", "Population"), QCoreApplication::translate("onemap::ShelterFiles", "Covered %"),
                           QCoreApplication::translate("onemap::ShelterFiles", "Covered people"), QCoreApplication::translate("onemap::ShelterFiles", "Own shelter")};
  t.numeric = {false, false, true, true, true, false};
  QVector<VillageCoverage> listed;
  for (const VillageCoverage &v : coverage.villages)
    if (v.uncovered() || !v.hasOwnShelter)
      listed << v;
  // Uncovered first, then the least covered.
  std::stable_sort(listed.begin(), listed.end(), [](const VillageCoverage &a, const VillageCoverage &b) {
    return a.uncovered() != b.uncovered() ? a.uncovered() : a.share() < b.share();
  });
  for (const VillageCoverage &v : listed)
    t.rows << QStringList {v.code, v.name, QString::number(v.population), QString::number(100.0 * v.share(), 'f', 1), QString::number(v.coveredPopulation),
                           v.hasOwnShelter ? QCoreApplication::translate("onemap::ShelterFiles", "yes") : QCoreApplication::translate("onemap::ShelterFiles", "no")};
  return t;
}

Status writeCoverageFile(Store &store, const CoverageResult &coverage, const CoverageOptions &options, const QString &path)
{
  return TransferExports::write(store, 0, QStringLiteral("coverage"), path, &coverage, options);
}

Status writeBalanceFile(Store &store, qint64 planId, const QString &path)
{
  return TransferExports::write(store, planId, QStringLiteral("balance"), path, nullptr, CoverageOptions());
}

} // namespace onemap
