#pragma once
// 低温雨雪冰冻（雪灾/凝冻）应急响应 checklists per level and tier (县 / 乡镇 / 村).
#include "api/Checklist.h"

namespace onemap::snowfreeze {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::snowfreeze
