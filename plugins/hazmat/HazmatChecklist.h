#pragma once
// 危险化学品 / 尾矿库 response checklists per level (IV..I) and tier.
#include "api/Checklist.h"

namespace onemap::hazmat {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::hazmat
