#pragma once
#include <QStringList>

namespace onemap {
//! `onemap export atlas --store S --out FILE.pdf|DIR [--unit township|village]
//!  [--township CODE] [--template NAME] [--format pdf|png|svg] [--dpi N]
//!  [--jobs N] [--separate]`: one page per unit (see TownshipAtlas.h).
int runExportAtlas(const QStringList &arguments);
} // namespace onemap
