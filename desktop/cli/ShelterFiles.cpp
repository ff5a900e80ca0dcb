#include "ShelterFiles.h"

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

ImpactTable balanceTable(const QVector<TownshipBalance> &rows)
{
  ImpactTable t;
  t.key = QStringLiteral("townships");
  t.title = QCoreApplication::translate("onemap::ShelterFiles", "Shelter balance by township");
  t.headers = QStringList {QCoreApplication::translate("onemap::ShelterFiles", "Code"), QCoreApplication::translate("onemap::ShelterFiles", "Township"),
                           QCoreApplication::translate("onemap::ShelterFiles", "People to move"), QCoreApplication::translate("onemap::ShelterFiles", "Shelters"),
                           QCoreApplication::translate("onemap::ShelterFiles", "Room left"), QCoreApplication::translate("onemap::ShelterFiles", "Shortfall")};
  t.numeric = {false, false, true, true, true, true};
  qint64 people = 0, shelters = 0, room = 0, shortfall = 0;
  for (const TownshipBalance &b : rows) {
    t.rows << QStringList {b.townshipCode, b.townshipName, QString::number(b.peopleToMove), QString::number(b.shelters), QString::number(b.shelterCapacity),
                           QString::number(b.shortfall())};
    people += b.peopleToMove;
    shelters += b.shelters;
    room += b.shelterCapacity;
    shortfall += b.shortfall();
  }
  t.rows << QStringList {QString(), QCoreApplication::translate("onemap::ShelterFiles", "Total"), QString::number(people), QString::number(shelters),
                         QString::number(room), QString::number(shortfall)};
  return t;
}

} // namespace onemap
