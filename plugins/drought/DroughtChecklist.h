#pragma once
// Response checklists for drought (抗旱) per level (IV..I) and tier, as county
// drought plans spell them out: 人饮保障 first, then 应急水源, 送水, 错峰用水
// (domain content, Chinese).
#include "api/Checklist.h"

namespace onemap::drought {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::drought
