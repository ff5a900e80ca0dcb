#include "HiddenDanger.h"

namespace onemap {

const QStringList &HiddenDanger::hazardTypes()
{
  static const QStringList t {QStringLiteral("landslide"),   QStringLiteral("collapse"),     QStringLiteral("debris_flow"),
                              QStringLiteral("subsidence"),  QStringLiteral("unstable_slope"), QStringLiteral("flood_prone"),
                              QStringLiteral("waterlogging"), QStringLiteral("hazmat")};
  return t;
}

const QStringList &HiddenDanger::scales()
{
  static const QStringList s {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"), QStringLiteral("huge")};
  return s;
}

const QStringList &HiddenDanger::statuses()
{
  static const QStringList s {QStringLiteral("identified"), QStringLiteral("assigned"), QStringLiteral("rectifying"),
                              QStringLiteral("checked"), QStringLiteral("signed_off")};
  return s;
}

bool HiddenDanger::isOverdue(const QDate &today) const
{
  const QDate due = QDate::fromString(deadline, Qt::ISODate);
  return due.isValid() && due < today && status != QLatin1String("signed_off");
}

QString HiddenDanger::overdueSql()
{
  return QStringLiteral("(deadline IS NOT NULL AND deadline <> '' AND deadline < ? AND status <> 'signed_off')");
}

const TypedSpec<HiddenDanger> &HiddenDanger::schema()
{
  static const TypedSpec<HiddenDanger> s = TypedSpec<HiddenDanger>("hidden_dangers", GeometryType::Point)
    .field("code", &HiddenDanger::code).required()
    .field("name", &HiddenDanger::name).required()
    .field("hazard_type", &HiddenDanger::hazardType).required().oneOf(hazardTypes())
    .field("scale", &HiddenDanger::scale).oneOf(scales())
    .field("threatened_people", &HiddenDanger::threatenedPeople).atLeast(0)
    .field("threatened_households", &HiddenDanger::threatenedHouseholds).atLeast(0)
    .field("threatened_property", &HiddenDanger::threatenedProperty).atLeast(0)
    .field("village_code", &HiddenDanger::villageCode)
    .field("monitor_person", &HiddenDanger::monitorPerson)
    .field("responsible_unit", &HiddenDanger::responsibleUnit)
    .field("responsible_person", &HiddenDanger::responsiblePerson)
    .field("phone", &HiddenDanger::phone)
    .field("measures", &HiddenDanger::measures)
    .field("deadline", &HiddenDanger::deadline).date()
    .field("status", &HiddenDanger::status).required().oneOf(statuses())
    .field("supervised", &HiddenDanger::supervised)
    .point(&HiddenDanger::location);
  return s;
}

} // namespace onemap
