#include "ImpactTables.h"

#include "map/FieldLabels.h"

#include <QCoreApplication>
#include <QMap>

namespace onemap::ImpactTables {

namespace {

QString n(qint64 value) { return QString::number(value); }
QString yesNo(bool value) { return FieldLabels::value(QStringLiteral("hidden_dangers"), QStringLiteral("supervised"), value ? QStringLiteral("1") : QStringLiteral("0")); }

QList<bool> numericColumns(std::initializer_list<int> numeric, int count)
{
  QList<bool> flags;
  for (int i = 0; i < count; ++i)
    flags << false;
  for (int i : numeric)
    flags[i] = true;
  return flags;
}

QString township(const QString &code, const QString &name) { return name.isEmpty() ? code : name; }

} // namespace

QString level(const QString &code) { return FieldLabels::value(QStringLiteral("warnings"), QStringLiteral("level"), code); }

QList<QPair<QString, QString>> warningFacts(const Impact &impact)
{
  const ImpactWarning &w = impact.warning;
  const QString t = QStringLiteral("warnings");
  return {
    {QCoreApplication::translate("onemap::ImpactTables", "Warning"), w.headline.isEmpty() ? w.identifier : w.headline},
    {QCoreApplication::translate("onemap::ImpactTables", "Level"), level(w.level)},
    {QCoreApplication::translate("onemap::ImpactTables", "Hazard"), FieldLabels::value(t, QStringLiteral("hazard"), w.hazard)},
    {QCoreApplication::translate("onemap::ImpactTables", "Status"), FieldLabels::value(t, QStringLiteral("status"), w.status)},
    {QCoreApplication::translate("onemap::ImpactTables", "Area"), w.areaDesc},
    {QCoreApplication::translate("onemap::ImpactTables", "Identifier"), QStringLiteral("%1 (id %2)").arg(w.identifier).arg(w.id)},
    {QCoreApplication::translate("onemap::ImpactTables", "Sent"), w.sent},
    {QCoreApplication::translate("onemap::ImpactTables", "Expires"), w.expires},
    {QCoreApplication::translate("onemap::ImpactTables", "Overdue judged as of"), impact.asOf.toString(Qt::ISODate)},
  };
}

ImpactTable townships(const Impact &impact)
{
  ImpactTable t;
  t.key = QStringLiteral("townships");
  t.title = QCoreApplication::translate("onemap::ImpactTables", "Townships affected");
  t.headers = QStringList {QCoreApplication::translate("onemap::ImpactTables", "Township code"),
                           QCoreApplication::translate("onemap::ImpactTables", "Township"),
                           QCoreApplication::translate("onemap::ImpactTables", "Township population"),
                           QCoreApplication::translate("onemap::ImpactTables", "Township households"),
                           QCoreApplication::translate("onemap::ImpactTables", "Villages affected"),
                           QCoreApplication::translate("onemap::ImpactTables", "Their population"),
                           QCoreApplication::translate("onemap::ImpactTables", "Their households"),
                           QCoreApplication::translate("onemap::ImpactTables", "Hidden dangers"),
                           QCoreApplication::translate("onemap::ImpactTables", "Escalated"),
                           QCoreApplication::translate("onemap::ImpactTables", "Shelters"),
                           QCoreApplication::translate("onemap::ImpactTables", "Shelter capacity"),
                           QCoreApplication::translate("onemap::ImpactTables", "Teams"),
                           QCoreApplication::translate("onemap::ImpactTables", "Team members")};
  t.numeric = numericColumns({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, t.headers.size());
  qint64 population = 0, households = 0;
  for (const ImpactTownship &r : impact.townships) {
    t.rows << QStringList {r.code, r.name, n(r.population), n(r.households), n(r.villages), n(r.villagePopulation), n(r.villageHouseholds),
                           n(r.dangers), n(r.escalated), n(r.shelters), n(r.shelterCapacity), n(r.teams), n(r.teamMembers)};
    population += r.population;
    households += r.households;
  }
  const ImpactTotals &s = impact.totals;
  t.rows << QStringList {QString(), QCoreApplication::translate("onemap::ImpactTables", "Total"), n(population), n(households), n(s.villages),
                         n(s.villagePopulation), n(s.villageHouseholds), n(s.dangers), n(s.escalated), n(s.shelters), n(s.shelterCapacity),
                         n(s.teams), n(s.teamMembers)};
  return t;
}

ImpactTable dangers(const Impact &impact, bool escalatedOnly)
{
  const QString h = QStringLiteral("hidden_dangers");
  ImpactTable t;
  t.key = QStringLiteral("dangers");
  t.title = escalatedOnly ? QCoreApplication::translate("onemap::ImpactTables", "Escalated hidden dangers (not signed off in an orange or red area)")
                          : QCoreApplication::translate("onemap::ImpactTables", "Hidden dangers inside the area");
  t.headers = QStringList {FieldLabels::field(QStringLiteral("code")),
                           FieldLabels::field(QStringLiteral("name")),
                           FieldLabels::field(QStringLiteral("hazard_type")),
                           FieldLabels::field(QStringLiteral("status")),
                           FieldLabels::field(QStringLiteral("deadline")),
                           QCoreApplication::translate("onemap::ImpactTables", "Village"),
                           QCoreApplication::translate("onemap::ImpactTables", "Township"),
                           FieldLabels::field(QStringLiteral("threatened_people")),
                           QCoreApplication::translate("onemap::ImpactTables", "Overdue"),
                           QCoreApplication::translate("onemap::ImpactTables", "Escalated")};
  t.numeric = numericColumns({7}, t.headers.size());
  for (const ImpactDanger &d : impact.dangers) {
    if (escalatedOnly && !d.escalated)
      continue;
    t.rows << QStringList {d.code, d.name, FieldLabels::value(h, QStringLiteral("hazard_type"), d.hazardType),
                           FieldLabels::value(h, QStringLiteral("status"), d.status), d.deadline,
                           d.villageName.isEmpty() ? d.villageCode : d.villageName, township(d.townshipCode, d.townshipName),
                           n(d.threatenedPeople), yesNo(d.overdue), yesNo(d.escalated)};
  }
  return t;
}

ImpactTable shelters(const Impact &impact)
{
  ImpactTable t;
  t.key = QStringLiteral("shelters");
  t.title = QCoreApplication::translate("onemap::ImpactTables", "Shelters inside the area");
  t.headers = QStringList {FieldLabels::field(QStringLiteral("code")), FieldLabels::field(QStringLiteral("name")),
                           FieldLabels::field(QStringLiteral("capacity")), FieldLabels::field(QStringLiteral("occupancy")),
                           FieldLabels::field(QStringLiteral("is_open")), QCoreApplication::translate("onemap::ImpactTables", "Township")};
  t.numeric = numericColumns({2, 3}, t.headers.size());
  for (const ImpactShelter &s : impact.shelters)
    t.rows << QStringList {s.code, s.name, n(s.capacity), n(s.occupancy), yesNo(s.isOpen), township(s.townshipCode, s.townshipName)};
  return t;
}

ImpactTable teams(const Impact &impact)
{
  const QString k = QStringLiteral("teams");
  ImpactTable t;
  t.key = QStringLiteral("teams");
  t.title = QCoreApplication::translate("onemap::ImpactTables", "Rescue teams inside the area");
  t.headers = QStringList {FieldLabels::field(QStringLiteral("code")), FieldLabels::field(QStringLiteral("name")),
                           FieldLabels::field(QStringLiteral("kind")), FieldLabels::field(QStringLiteral("members")),
                           FieldLabels::field(QStringLiteral("status")), QCoreApplication::translate("onemap::ImpactTables", "Township")};
  t.numeric = numericColumns({3}, t.headers.size());
  for (const ImpactTeam &m : impact.teams)
    t.rows << QStringList {m.code, m.name, FieldLabels::value(k, QStringLiteral("kind"), m.kind), n(m.members),
                           FieldLabels::value(k, QStringLiteral("status"), m.status), township(m.townshipCode, m.townshipName)};
  return t;
}

ImpactTable villages(const Impact &impact)
{
  QMap<QString, QString> names;
  for (const ImpactTownship &r : impact.townships)
    names.insert(r.code, r.name);
  ImpactTable t;
  t.key = QStringLiteral("villages");
  t.title = QCoreApplication::translate("onemap::ImpactTables", "Villages affected");
  t.headers = QStringList {QCoreApplication::translate("onemap::ImpactTables", "Village code"), QCoreApplication::translate("onemap::ImpactTables", "Village"),
                           QCoreApplication::translate("onemap::ImpactTables", "Township"), QCoreApplication::translate("onemap::ImpactTables", "Population"),
                           QCoreApplication::translate("onemap::ImpactTables", "Households"), QCoreApplication::translate("onemap::ImpactTables", "Hidden dangers")};
  t.numeric = numericColumns({3, 4, 5}, t.headers.size());
  for (const ImpactVillage &v : impact.villages)
    t.rows << QStringList {v.code, v.name, township(v.townshipCode, names.value(v.townshipCode)), n(v.population), n(v.households), n(v.dangers)};
  return t;
}

} // namespace onemap::ImpactTables
