#pragma once
// 防汛/山洪 response checklists per level (IV..I) and tier (县 / 乡镇 / 村),
// as county flood-control plans and the seed papers spell them out.
#include "api/Checklist.h"

namespace onemap::flood {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::flood
