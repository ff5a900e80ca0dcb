#pragma once
// \brief The risk-reminder sheet (风险提示单) for one township: counts, a map of
// its open hidden dangers and the list of them, riskiest first; the list runs
// on to further pages under a repeated header when it is long.
#include "RectificationNotice.h"

namespace onemap {

class TownshipRiskNotice
{
public:
  //! Writes the sheet for the township request.code (12-digit code or name).
  static Status exportTo(const NoticeRequest &request);
};

} // namespace onemap
