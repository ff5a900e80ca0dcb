#pragma once
// \brief Responsible persons (责任人) and the unit or object each answers for.
#include "store/TypedTable.h"

namespace onemap {

struct ResponsiblePerson
{
  qint64 id = 0;
  QString name;
  QString role;        //!< disaster_responsible, grid_member, info_officer, emergency_manager, monitor
  QString unit;
  QString adminCode;   //!< the unit they cover
  QString phone;
  QString coversTable; //!< e.g. hidden_dangers, when they answer for one object
  qint64 coversId = 0;

  static const TypedSpec<ResponsiblePerson> &schema();
  static const QStringList &roles();
};
using ResponsiblePersons = TypedTable<ResponsiblePerson>;

} // namespace onemap
