#pragma once
// \brief CAP event text to the board's hazard codes (warnings.hazard).
//
// Codes are those the board styles and labels: rainstorm, geological, flood,
// forest_fire, earthquake, drought, snow_freeze, hazmat. Anything else is
// "other" so a warning is never dropped for an unfamiliar event name.
#include "CapMessage.h"

namespace onemap {

class HazardMapping
{
public:
  static QString other() { return QStringLiteral("other"); }
  //! Hazard code for Chinese or English event/headline text; empty if unknown.
  static QString fromText(const QString &text);
  //! Event, then headline, then event codes, then the CAP category (Fire); else other().
  static QString of(const CapInfo &info);
};

} // namespace onemap
