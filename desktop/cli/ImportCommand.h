#pragma once
#include <QStringList>

namespace onemap {
//! `onemap import --store S --layer L FILE [--mapping M.json] [--save-mapping M.json]
//!  [--mode all-or-nothing|keep-good] [--crs EPSG:N] [--encoding utf-8|gbk|gb18030]
//!  [--report R.csv] [--actor A]`
int runImport(const QStringList &arguments);
} // namespace onemap
