#include "SamplePeople.h"

#include "SampleCounty.h"

namespace onemap::sample {

namespace {

ResponsiblePerson person(Rng &rng, const char *role, const QString &unit, const QString &adminCode)
{
  ResponsiblePerson p;
  p.name = ChineseNames::person(rng);
  p.role = QLatin1String(role);
  p.unit = unit;
  p.adminCode = adminCode;
  p.phone = ChineseNames::mobile(rng);
  return p;
}

} // namespace

QString villageCommittee(const Area &village)
{
  const bool community = village.name.endsWith(QStringLiteral("社区"));
  return village.name + (community ? QStringLiteral("居民委员会") : QStringLiteral("村民委员会"));
}

People buildUnitPeople(const Frame &frame, Rng &rng)
{
  People out;
  const QString countyCode = QLatin1String(SampleCounty::kCountyCode) + QStringLiteral("000000");
  out.persons << person(rng, "disaster_responsible", QStringLiteral("示范县人民政府"), countyCode);
  out.persons << person(rng, "emergency_manager", QStringLiteral("示范县应急管理局"), countyCode);

  // "Three levels, four networks": township leaders, village cadres, grid members.
  for (const Area &t : frame.townships) {
    const QString government = t.name + QStringLiteral("人民政府");
    out.townshipResponsible << out.persons.size();
    out.persons << person(rng, "disaster_responsible", government, t.code);
    out.persons << person(rng, "info_officer", government, t.code);
    out.persons << person(rng, "emergency_manager", government, t.code);
  }
  for (const Area &v : frame.villages) {
    const QString committee = villageCommittee(v);
    out.villageResponsible << out.persons.size();
    out.persons << person(rng, "disaster_responsible", committee, v.code);
    out.persons << person(rng, "info_officer", committee, v.code);
    const int grids = rng.range(1, 3);
    for (int g = 0; g < grids; ++g)
      out.persons << person(rng, "grid_member", committee, v.code);
  }
  return out;
}

} // namespace onemap::sample
