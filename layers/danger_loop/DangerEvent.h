#pragma once
// \brief One dated step of a hidden danger's closed loop (danger_events row).
#include "store/TypedTable.h"

namespace onemap {

struct DangerEvent
{
  qint64 id = 0;
  qint64 dangerId = 0;
  QString step;              //!< identified, assigned, rectifying, checked, signed_off, reopened
  QString at;                //!< ISO date-time, county local time (yyyy-MM-ddTHH:mm:ss)
  QString actor;
  QString note;
  QString responsibleUnit;   //!< set on 'assigned' (and on a 'reopened' that re-assigns)
  QString responsiblePerson;
  QString measures;
  QString deadline;          //!< ISO date

  static const TypedSpec<DangerEvent> &schema();
  //! Every step a history may hold: the five statuses plus 'reopened'.
  static const QStringList &steps();
};
using DangerEvents = TypedTable<DangerEvent>;

} // namespace onemap
