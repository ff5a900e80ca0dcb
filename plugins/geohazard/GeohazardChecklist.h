#pragma once
// Response checklists for geological hazards per level (IV..I) and tier, as
// county emergency plans for 地质灾害 spell them out (domain content, Chinese).
#include "api/Checklist.h"

namespace onemap::geohazard {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::geohazard
