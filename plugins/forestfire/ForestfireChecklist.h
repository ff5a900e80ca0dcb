#pragma once
// Forest-fire response checklists per level and tier (data in the .cpp).
#include "api/Checklist.h"

namespace onemap::forestfire {

QStringList checklist(ResponseLevel level, ResponseTier tier);

} // namespace onemap::forestfire
