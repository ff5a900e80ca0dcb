#pragma once
// 地震应急响应 checklists per level and tier (县 / 乡镇 / 村).
#include "api/Checklist.h"

namespace onemap::earthquake {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::earthquake
