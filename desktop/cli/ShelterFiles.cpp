#include "ShelterFiles.h"

#include "export/transfer/ShelterBalanceReport.h"
#include "export/transfer/ShelterCoverageReport.h"
#include "store/Store.h"
#include "transfer/TransferPlans.h"

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
  if (QFileInfo(path).suffix().toLower() == QLatin1String("pdf"))
    return writeShelterCoveragePdf(store, coverage, options, path);
  return writeShelterCoverageCsv(store, coverage, path);
}

Status writeBalanceFile(Store &store, const QVector<TownshipBalance> &rows, qint64 planId, const QString &path)
{
  if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
    return writeShelterBalanceCsv(rows, path);
  QString basis = QCoreApplication::translate("onemap::ShelterFiles", "People to move: threatened people of hidden-danger points not signed off");
  if (planId > 0) {
    Result<TransferPlan> plan = TransferPlans(store).plan(planId);
    if (!plan)
      return plan.status();
    basis = QCoreApplication::translate("onemap::ShelterFiles", "People to move: transfer plan %1 (%2)").arg(planId).arg(plan.value().name);
  }
  return writeShelterBalancePdf(store, rows, path, basis);
}

} // namespace onemap
