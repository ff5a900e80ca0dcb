#pragma once
// \brief Warnings in the store (预警): colour level, stage, area and life span.
// CAP messages become these rows through CapParser -> CapIngest beside this file.
#include "store/TypedTable.h"

namespace onemap {

struct Warning
{
  qint64 id = 0;
  QString identifier;
  QString sender;
  QString sent;        //!< ISO date-time
  QString msgType = QStringLiteral("Alert");
  QString issuer;
  QString hazard;      //!< rainstorm, geological, flood, forest_fire, ...
  QString level;       //!< blue, yellow, orange, red (IV..I)
  QString stage;       //!< 72h, 24h, 6h, 2h, live
  QString headline;
  QString description;
  QString areaDesc;
  QString effective;
  QString onset;
  QString expires;
  QString status = QStringLiteral("active");
  QString wkt;

  static const TypedSpec<Warning> &schema();
  static const QStringList &levels();
};
using Warnings = TypedTable<Warning>;

} // namespace onemap
