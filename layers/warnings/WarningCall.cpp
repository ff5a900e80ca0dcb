#include "WarningCall.h"

#include "responsible_persons/ResponsiblePerson.h"

namespace onemap {

const TypedSpec<WarningCall> &WarningCall::schema()
{
  static const TypedSpec<WarningCall> s = TypedSpec<WarningCall>("warning_calls", GeometryType::None)
    .field("warning_id", &WarningCall::warningId).required()
    .field("admin_code", &WarningCall::adminCode).required()
    .field("person_id", &WarningCall::personId)
    .field("person_name", &WarningCall::personName).required()
    .field("role", &WarningCall::role).required().oneOf(ResponsiblePerson::roles())
    .field("phone", &WarningCall::phone)
    .field("called_at", &WarningCall::calledAt).dateTime()
    .field("called_by", &WarningCall::calledBy)
    .field("answered_at", &WarningCall::answeredAt).dateTime()
    .field("answered_by", &WarningCall::answeredBy)
    .field("note", &WarningCall::note);
  return s;
}

Record WarningCall::toRecord(const WarningCall &call)
{
  Record r = schema().toRecord(call);
  // The foreign key takes NULL for "no ledger person", never 0.
  if (call.personId == 0)
    r.values.insert(QStringLiteral("person_id"), QVariant());
  return r;
}

} // namespace onemap
