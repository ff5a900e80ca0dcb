#include "DangerEvent.h"

#include "hidden_dangers/HiddenDanger.h"

namespace onemap {

const QStringList &DangerEvent::steps()
{
  static const QStringList s = HiddenDanger::statuses() + QStringList {QStringLiteral("reopened")};
  return s;
}

const TypedSpec<DangerEvent> &DangerEvent::schema()
{
  static const TypedSpec<DangerEvent> s = TypedSpec<DangerEvent>("danger_events", GeometryType::None)
    .field("danger_id", &DangerEvent::dangerId).required()
    .field("step", &DangerEvent::step).required().oneOf(steps())
    .field("at", &DangerEvent::at).required().dateTime()
    .field("actor", &DangerEvent::actor).required()
    .field("note", &DangerEvent::note)
    .field("responsible_unit", &DangerEvent::responsibleUnit)
    .field("responsible_person", &DangerEvent::responsiblePerson)
    .field("measures", &DangerEvent::measures)
    .field("deadline", &DangerEvent::deadline).date();
  return s;
}

} // namespace onemap
