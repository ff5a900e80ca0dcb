#include "Catalog.h"

#include "admin_units/AdminUnit.h"
#include "cameras/Camera.h"
#include "hidden_dangers/HiddenDanger.h"
#include "network/Road.h"
#include "reserves/Reserve.h"
#include "responsible_persons/ResponsiblePerson.h"
#include "risk_zones/RiskZone.h"
#include "shelters/Shelter.h"
#include "stations/Station.h"
#include "teams/Team.h"
#include "warnings/Warning.h"

namespace onemap::Catalog {

QVector<const TableSpec *> tables()
{
  return {&AdminUnit::schema().spec(),   &RiskZone::schema().spec(),    &Warning::schema().spec(),
          &River::schema().spec(),       &Road::schema().spec(),        &Station::schema().spec(),
          &Camera::schema().spec(),      &Reserve::schema().spec(),     &Team::schema().spec(),
          &Shelter::schema().spec(),     &HiddenDanger::schema().spec(), &ReserveItem::schema().spec(),
          &ResponsiblePerson::schema().spec()};
}

const TableSpec *table(const QString &name)
{
  for (const TableSpec *t : tables())
    if (t->name == name)
      return t;
  return nullptr;
}

} // namespace onemap::Catalog
