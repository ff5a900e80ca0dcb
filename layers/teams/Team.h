#pragma once
// \brief Rescue teams (救援队伍) by kind and specialty.
#include "store/TypedTable.h"

namespace onemap {

struct Team
{
  qint64 id = 0;
  QString code;
  QString name;
  QString kind;          //!< comprehensive, professional, social, militia, enterprise
  QString specialties;   //!< comma-separated: forest_fire, water, mountain, collapse, hazmat
  qint64 members = 0;
  QString equipment;
  QString leader;
  QString phone;
  QString base;
  QString status = QStringLiteral("standby");
  QString townshipCode;
  GeoPoint location;

  static const TypedSpec<Team> &schema();
  static const QStringList &kinds();
};
using Teams = TypedTable<Team>;

} // namespace onemap
