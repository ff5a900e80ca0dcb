#pragma once
// \brief One call of a warning's call-and-answer (叫应): a responsible person
// of an affected unit, when they were called and by whom, when the call was
// answered and by whom (the person, or whoever stood in for them).
#include "store/TypedTable.h"

namespace onemap {

struct WarningCall
{
  qint64 id = 0;
  qint64 warningId = 0;
  QString adminCode;   //!< the township or village the person answers for
  qint64 personId = 0; //!< responsible_persons.id; 0 = none (stored as NULL)
  QString personName;
  QString role;        //!< ResponsiblePerson::roles()
  QString phone;
  QString calledAt;    //!< ISO date-time with offset; empty = not called yet
  QString calledBy;    //!< who made (recorded) the call
  QString answeredAt;  //!< ISO date-time with offset; empty = no answer yet
  QString answeredBy;  //!< who answered: the person or a stand-in
  QString note;

  bool called() const { return !calledAt.isEmpty(); }
  bool answered() const { return !answeredAt.isEmpty(); }

  static const TypedSpec<WarningCall> &schema();
  //! The record written to the store (person id 0 becomes NULL).
  static Record toRecord(const WarningCall &call);
};
using WarningCalls = TypedTable<WarningCall>;

} // namespace onemap
